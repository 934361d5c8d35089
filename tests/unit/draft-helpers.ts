/** Shared setup for the drafting tests: the gazetteer, and the stages run on a short text. */
import { buildActors } from '../../src/lib/draft/actors';
import { findLinks } from '../../src/lib/draft/links';
import { findMentions } from '../../src/lib/draft/mentions';
import { splitSentences } from '../../src/lib/draft/sentences';
import type { DraftActor, DraftLink } from '../../src/lib/draft/types';
import { loadGazetteer, type Gazetteer } from '../../src/lib/gazetteer/gazetteer';

export const gazetteer: Gazetteer = await loadGazetteer();

export function lookupPlace(name: string, kind?: 'country' | 'province' | 'district' | 'city' | 'site') {
	const found = gazetteer.lookup(name, kind ? { kind } : undefined)[0];
	return found ? { kind: found.kind, name: found.name } : null;
}

export function mentionsOf(text: string) {
	return findMentions(text, splitSentences(text), lookupPlace);
}

export function actorsOf(text: string): DraftActor[] {
	const sentences = splitSentences(text);
	return buildActors(text, findMentions(text, sentences, lookupPlace).mentions, sentences);
}

/** Links with actor names instead of ids, for readable expectations. */
export function linksOf(text: string, published: string | null = '2020-05-01'): (DraftLink & { from: string; to: string; by: string | null; quote: string })[] {
	const sentences = splitSentences(text);
	const actors = buildActors(text, findMentions(text, sentences, lookupPlace).mentions, sentences);
	const name = (id: string | null) => (id === null ? null : (actors.find((actor) => actor.id === id)?.name ?? id));
	return findLinks(text, sentences, actors, published).map((link) => ({
		...link,
		from: name(link.source)!,
		to: name(link.target)!,
		by: name(link.assertedBy),
		quote: text.slice(link.evidence.start, link.evidence.end)
	}));
}

export function findLink(links: ReturnType<typeof linksOf>, from: string, to: string, type?: string) {
	return links.find((link) => link.from === from && link.to === to && (type === undefined || link.type === type));
}
