/**
 * Actors: mentions merged into one actor per real-world actor. Same name up to
 * spelling variants, aliases given in place (acronyms, AKA lists, short forms in
 * brackets), a longer person name that contains a shorter one, a nationality before a
 * known group (“Afghan Taliban”). A bare surname or head word names the last actor
 * named with it, a person before an organisation (“Haqqani” after “Badruddin
 * Haqqani” is him, not the network).
 */
import type { EntityKind } from '../dataset/schema';
import { DEMONYMS, NOT_NAMES } from './lexicon';
import { kindOfName } from './mentions';
import { nameKey, nameTokens, variantKey } from './names';
import type { DraftActor, Mention, Sentence } from './types';

function slug(name: string): string {
	return (
		nameKey(name)
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '') || 'actor'
	);
}

/** Person-name containment: “Gul Agha” in “Gul Agha Ishakzai”, never one shared given name. */
function containsPersonName(longer: string, shorter: string): boolean {
	const long = nameTokens(longer).map(variantKey);
	const short = nameTokens(shorter).map(variantKey);
	if (short.length < 2 || short.length >= long.length) return false;
	let at = 0;
	for (const word of long) if (word === short[at]) at++;
	if (at < short.length) return false;
	return long.at(-1) === short.at(-1) || long.slice(0, short.length).join(' ') === short.join(' ');
}

export function buildActors(text: string, mentions: Mention[], sentences: Sentence[]): DraftActor[] {
	const actors: DraftActor[] = [];
	const byVariant = new Map<string, DraftActor>();
	const index = (actor: DraftActor, name: string) => {
		const key = variantKey(name);
		if (key.length >= 2 && !byVariant.has(key)) byVariant.set(key, actor);
	};
	const addAlias = (actor: DraftActor, alias: string) => {
		const clean = alias.trim();
		if (!clean || nameKey(clean) === nameKey(actor.name)) return;
		if (![actor.name, ...actor.aliases].some((known) => known === clean)) actor.aliases.push(clean);
		index(actor, clean);
	};
	const attach = (actor: DraftActor, mention: Mention) => {
		mention.actor = actor.id;
		actor.mentions.push(mention);
		if (mention.text !== actor.name) addAlias(actor, mention.text);
		for (const alias of mention.aliases ?? []) addAlias(actor, alias);
	};
	const create = (mention: Mention): DraftActor => {
		let id = slug(mention.text);
		for (let n = 2; actors.some((actor) => actor.id === id); n++) id = `${slug(mention.text)}-${n}`;
		const actor: DraftActor = { id, name: mention.text, aliases: [], kind: mention.kind, mentions: [], confidence: 0, cue: mention.cue };
		actors.push(actor);
		index(actor, mention.text);
		attach(actor, mention);
		return actor;
	};

	const single: Mention[] = [];
	const prefixed: Mention[] = [];
	const groups: Mention[] = [];
	for (const mention of mentions) {
		// One-word names wait until every full name is known.
		const oneWord = !/\s/.test(mention.text) && !mention.country && !mention.aliases?.length && mention.kind !== 'document';
		if (mention.reference === 'surname' || (oneWord && (mention.kind === 'person' || mention.kindConfidence < 0.4))) {
			single.push(mention);
			continue;
		}
		if (oneWord) {
			groups.push(mention);
			continue;
		}
		// A text cites one document at a time: "the document" is the last one named.
		if (mention.kind === 'document') {
			const last = [...actors].reverse().find((actor) => actor.kind === 'document');
			if (last) attach(last, mention);
			else create(mention);
			continue;
		}
		const [first, ...rest] = mention.text.split(/\s+/);
		if (first && rest.length === 1 && DEMONYMS[first.toLowerCase()] && !byVariant.has(variantKey(mention.text))) {
			prefixed.push(mention);
			continue;
		}
		const found = resolveName(mention.text, byVariant, actors);
		if (found) {
			attach(found, mention);
			continue;
		}
		for (const alias of mention.aliases ?? []) {
			const viaAlias = byVariant.get(variantKey(alias));
			if (viaAlias && ((viaAlias.kind === 'country' && mention.kind === 'country') || (viaAlias.kind === 'community' && mention.kind === 'community'))) {
				attach(viaAlias, mention);
				break;
			}
		}
		if (mention.actor) continue;
		create(mention);
	}

	// A one-word group the words around it vouch for ("the Taliban", "Treasury"): its own name, or the head of a longer one.
	for (const mention of groups) {
		const found = byVariant.get(variantKey(mention.text)) ?? actors.find((actor) => actor.kind !== 'person' && headWordMatches(actor, variantKey(mention.text)));
		if (found) {
			mention.actor = found.id;
			found.mentions.push(mention);
		} else if (!GENERIC_HEADS.test(mention.text)) create(mention); // a lone "Shura" or "Military" names no one
	}

	// "Afghan Taliban": the group already known, or a name of its own.
	for (const mention of prefixed) {
		const found = resolveName(mention.text, byVariant, actors);
		if (found) {
			mention.kindConfidence = 0; // the known actor's kind stands
			attach(found, mention);
		} else create(mention);
	}

	// Bare names: the last actor named with that word, persons first.
	for (const mention of single) {
		const exact = byVariant.get(variantKey(mention.text));
		if (exact) {
			attach(exact, mention);
			continue;
		}
		const word = variantKey(mention.text);
		// A person by any of their names; an organisation only by its head or its first word ("the Ministry", "Treasury").
		const candidates = actors.filter((actor) =>
			actor.kind === 'person' ? [actor.name, ...actor.aliases].some((name) => nameTokens(name).map(variantKey).includes(word)) : headWordMatches(actor, word)
		);
		const earlier = (actor: DraftActor) => Math.max(-1, ...actor.mentions.filter((other) => other.start < mention.start).map((other) => other.start));
		// A surname names a person, unless the words around it say group ("Haqqani insurgents").
		const wantsPerson = mention.kind === 'person' || mention.reference === 'surname';
		const personFirst = (actor: DraftActor) => Number((actor.kind === 'person') === wantsPerson);
		candidates.sort((a, b) => personFirst(b) - personFirst(a) || earlier(b) - earlier(a));
		const best = candidates[0];
		if (best) {
			mention.actor = best.id;
			best.mentions.push(mention);
			continue;
		}
		// An unknown single word: an actor only if the article uses it as a name more than once.
		const others = single.filter((other) => variantKey(other.text) === word);
		const sure = mention.reference !== 'surname' && mention.kindConfidence >= 0.5;
		if ((sure || others.length >= 2) && !NOT_NAMES.has(mention.text.toLowerCase())) create(mention);
	}

	scanForKnownNames(text, actors, sentences);
	for (const actor of actors) finishActor(actor);
	return actors.filter((actor) => actor.mentions.length > 0);
}

const GENERIC_HEADS = /^(network|group|movement|army|front|party|organi[sz]ation|brigade|council|shura|company|bank|foundation|trust|forces|troops|police|military|commission|committee)$/i;

/**
 * An organisation named by one word: its last word ("Treasury" for the Department of the
 * Treasury), or the first of a two-word name whose second is generic ("Haqqani" for the Haqqani Network).
 */
function headWordMatches(actor: DraftActor, word: string): boolean {
	return [actor.name, ...actor.aliases].some((name) => {
		const tokens = nameTokens(name);
		if (tokens.length < 2) return false;
		if (variantKey(tokens.at(-1)!) === word && !GENERIC_HEADS.test(tokens.at(-1)!)) return true;
		// "the Kingdom" of the Kingdom of Saudi Arabia, "the Office" of the Office of Foreign Assets Control
		if (variantKey(tokens[0]!) === word && tokens[1] === 'of') return true;
		// "the Ministry" of the Saudi Ministry of Interior
		if (tokens.some((token, index) => index > 0 && variantKey(token) === word && tokens[index + 1] === 'of' && kindOfName(token))) return true;
		return tokens.length === 2 && variantKey(tokens[0]!) === word && GENERIC_HEADS.test(tokens[1]!);
	});
}

function resolveName(name: string, byVariant: Map<string, DraftActor>, actors: DraftActor[]): DraftActor | null {
	const exact = byVariant.get(variantKey(name));
	if (exact) return exact;
	// "Afghan Taliban": a nationality before a known name.
	const [first, ...rest] = name.split(/\s+/);
	if (first && DEMONYMS[first.toLowerCase()] && rest.length > 0) {
		const known = byVariant.get(variantKey(rest.join(' ')));
		if (known) return known;
	}
	for (const actor of actors) {
		if (actor.kind !== 'person') continue;
		if ([actor.name, ...actor.aliases].some((known) => containsPersonName(known, name) || containsPersonName(name, known))) return actor;
	}
	// "Finance Commission" of the "Taliban Finance Commission": an organisation's name less its first word.
	const words = nameTokens(name).map(variantKey);
	if (words.length >= 2)
		for (const actor of actors) {
			if (actor.kind === 'person' || actor.kind === 'country') continue;
			const known = nameTokens(actor.name).map(variantKey);
			if (known.length === words.length + 1 && known.slice(1).join(' ') === words.join(' ')) return actor;
		}
	return null;
}

/** Finds names already known in places the capitals missed: headlines, “Haqqani network”. One scan for all names. */
function scanForKnownNames(text: string, actors: DraftActor[], sentences: Sentence[]): void {
	const taken = actors.flatMap((actor) => actor.mentions.map((mention) => [mention.start, mention.end] as const)).sort((a, b) => a[0] - b[0]);
	const overlaps = (start: number, end: number) => taken.some(([s, e]) => start < e && s < end);
	const owner = new Map<string, DraftActor>();
	for (const actor of actors)
		for (const name of [actor.name, ...actor.aliases])
			if ((name.length >= 4 || /^[A-Z]{3,}$/.test(name)) && !owner.has(name.toLowerCase().replace(/[’']/g, "'"))) owner.set(name.toLowerCase().replace(/[’']/g, "'"), actor);
	if (owner.size === 0) return;
	const alternatives = [...owner.keys()]
		.sort((a, b) => b.length - a.length)
		.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]"));
	const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
	const titles = sentences.filter((sentence) => sentence.titleCase);
	for (const match of text.matchAll(pattern)) {
		const start = match.index;
		const end = start + match[0].length;
		const actor = owner.get(match[0].toLowerCase().replace(/[’']/g, "'"));
		if (!actor || overlaps(start, end)) continue;
		// Outside headlines a one-word name counts only capitalised, so "state" is not "State".
		const inTitle = titles.some((sentence) => sentence.start <= start && end <= sentence.end);
		if (!/\s/.test(match[0]) && !inTitle && /^\p{Ll}/u.test(match[0])) continue;
		actor.mentions.push({ start, end, text: match[0], kind: actor.kind, kindConfidence: 0.5, cue: 'known name found again', actor: actor.id });
		taken.push([start, end]);
	}
	for (const actor of actors) actor.mentions.sort((a, b) => a.start - b.start);
}

function startsWithNationality(name: string): boolean {
	const [first, ...rest] = name.split(/\s+/);
	return rest.length === 1 && first !== undefined && DEMONYMS[first.toLowerCase()] !== undefined;
}

function finishActor(actor: DraftActor): void {
	const votes = new Map<EntityKind, number>();
	for (const mention of actor.mentions) votes.set(mention.kind, (votes.get(mention.kind) ?? 0) + mention.kindConfidence);
	let best: EntityKind = actor.kind;
	let bestVote = -1;
	for (const [kind, vote] of votes) if (vote > bestVote) [best, bestVote] = [kind, vote];
	actor.kind = best;
	// The name: a person's fullest form; an organisation's most used form. Never an acronym.
	const named = actor.mentions.filter((mention) => mention.cue !== 'known name found again' && !/^[A-Z]{2,6}s?$/.test(mention.text));
	const uses = (form: string) => named.filter((mention) => mention.text === form).length;
	const fullest =
		actor.kind === 'person'
			? [...named].filter((mention) => !startsWithNationality(mention.text)).sort((a, b) => b.text.split(' ').length - a.text.split(' ').length || a.start - b.start)[0]
			: [...named].sort((a, b) => Number(startsWithNationality(a.text)) - Number(startsWithNationality(b.text)) || b.text.split(' ').length - a.text.split(' ').length || uses(b.text) - uses(a.text) || a.start - b.start)[0];
	// An organisation keeps its full name ("U.S. Department of the Treasury", not "Treasury"), never a nationality-prefixed form ("Afghan Taliban").
	const better = fullest && (actor.kind === 'person' || actor.kind === 'country' ? nameTokens(fullest.text).length > nameTokens(actor.name).length && actor.kind === 'person' || (actor.kind === 'country' && uses(fullest.text) > uses(actor.name)) : !startsWithNationality(fullest.text) && (nameTokens(fullest.text).length > nameTokens(actor.name).length || startsWithNationality(actor.name)));
	if (fullest && better && fullest.text !== actor.name) {
		actor.aliases = actor.aliases.filter((alias) => alias !== fullest.text);
		actor.aliases.push(actor.name);
		actor.name = fullest.text;
	}
	actor.aliases = [...new Set(actor.aliases.filter((alias) => nameKey(alias) !== nameKey(actor.name)))];
	const strength = Math.min(1, 0.3 + 0.1 * actor.mentions.length + 0.4 * (bestVote / Math.max(1, actor.mentions.length)));
	actor.confidence = Math.round(strength * 100) / 100;
	actor.cue = `${actor.mentions.length} mention${actor.mentions.length === 1 ? '' : 's'}; ${actor.cue}`;
}
