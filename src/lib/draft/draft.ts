/**
 * The automatic first draft: article text in, a dataset that always validates out,
 * with a candidate record (confidence, cue, stage) for every item the analyst will
 * confirm. Pure and synchronous once the gazetteer is loaded; runs in Node (the CLI,
 * the eval) and in a Web Worker (the app). Imports nothing from the UI.
 */
import type { DatasetJson, Entity, EntityKind, Place, Relation, RelationType, Stance } from '../dataset/schema';
import { validateDataset } from '../dataset/validate';
import type { Gazetteer } from '../gazetteer/gazetteer';
import { buildActors } from './actors';
import { findLinks } from './links';
import { findMentions } from './mentions';
import { findPlaces, placesWithin } from './places';
import { aroundMention, QuoteBank } from './quotes';
import { splitSentences } from './sentences';
import type { CandidateInfo, DraftActor, DraftLink, DraftMeta, ProgressCallback, Sentence, Span } from './types';

export interface DraftResult {
	dataset: DatasetJson;
	articleText: string;
	candidates: CandidateInfo[];
	/** Items found but not written, and why (no quote could be cited, the validator refused). */
	dropped: string[];
}

const KIND_LABEL: Record<EntityKind, string> = {
	'armed group': 'Armed group',
	'government body': 'Government body',
	'security force': 'Security force',
	document: 'Document',
	person: 'Person',
	country: 'Country',
	community: 'Community',
	'media outlet': 'Media outlet',
	company: 'Company',
	charity: 'Charity',
	'financial institution': 'Financial institution',
	'international organisation': 'International organisation'
};

const RELATION_PHRASE: Record<RelationType, string> = {
	affiliation: 'is part of, or acts for,',
	cooperation: 'works with',
	'joint operation': 'forms a joint unit with',
	funding: 'gives money to',
	'advice and guidance': 'advises',
	protection: 'protects',
	backing: 'supports',
	'ideological sympathy': 'shares beliefs with',
	attack: 'attacks',
	arrest: 'detains members of',
	agreement: 'has a deal with',
	review: 'reviews',
	founding: 'founded',
	authorship: 'issued',
	reporting: 'reports to',
	sanction: 'designates',
	'family tie': 'is related to'
};

const STANCE_PHRASE: Record<Stance, string> = {
	asserted: '',
	believed: ' (believed, not established)',
	claimed: ' (a claim the text does not confirm)',
	proposed: ' (discussed or planned)',
	denied: ' (denied)'
};

function clauseOf(sentences: Sentence[], span: Span): Span {
	for (const sentence of sentences) for (const clause of sentence.clauses) if (clause.start <= span.start && span.end <= clause.end) return clause;
	return span;
}

/** Drafts a dataset from the article text with a loaded gazetteer. */
export function draftDataset(articleText: string, meta: DraftMeta, gazetteer: Gazetteer, onProgress: ProgressCallback = () => {}): DraftResult {
	const text = articleText;
	const total = 7;
	onProgress('sentences', 0, total);
	const sentences = splitSentences(text);
	onProgress('mentions', 1, total);
	const lookupPlace = (name: string, kind?: Place['kind']) => {
		const found = gazetteer.lookup(name, kind ? { kind } : undefined)[0];
		return found ? { kind: found.kind, name: found.name } : null;
	};
	const { mentions, places: placeMentions } = findMentions(text, sentences, lookupPlace);
	onProgress('actors', 2, total);
	const actors = buildActors(text, mentions, sentences);
	onProgress('places', 3, total);
	const places = findPlaces(text, placeMentions, actors, gazetteer);
	onProgress('links', 4, total);
	const links = findLinks(text, sentences, actors, meta.published, (span) => placesWithin(places, span));
	onProgress('quotes', 5, total);
	const result = assemble(text, meta, sentences, actors, places, links);
	onProgress('dataset', 6, total);
	const checked = keepValid(result, text);
	onProgress('dataset', total, total);
	return checked;
}

function assemble(text: string, meta: DraftMeta, sentences: Sentence[], actors: DraftActor[], places: ReturnType<typeof findPlaces>, links: DraftLink[]): DraftResult {
	const bank = new QuoteBank(text);
	const candidates: CandidateInfo[] = [];
	const dropped: string[] = [];
	const linked = new Set(links.flatMap((link) => [link.source, link.target, ...(link.assertedBy ? [link.assertedBy] : [])]));
	const names = new Map(actors.map((actor) => [actor.id, actor.name]));

	const entities: Entity[] = [];
	for (const actor of actors) {
		// A country is a place first; it is an actor only where it acts in a link.
		if (actor.kind === 'country' && !linked.has(actor.id)) continue;
		const first = actor.mentions.find((mention) => mention.cue !== 'known name found again') ?? actor.mentions[0]!;
		const quote = bank.cite(aroundMention(text, clauseOf(sentences, first), first));
		if (!quote) {
			dropped.push(`actor ${actor.name}: no quote`);
			continue;
		}
		entities.push({
			id: actor.id,
			name: actor.name,
			aliases: actor.aliases,
			kind: actor.kind,
			summary: `${KIND_LABEL[actor.kind]} named ${actor.mentions.length === 1 ? 'once' : `${actor.mentions.length} times`} in the article (drafted; check the kind and aliases).`,
			plural: false,
			places: [],
			evidence: [quote]
		});
		candidates.push({ id: actor.id, collection: 'entities', confidence: actor.confidence, cue: actor.cue, stage: 'actors' });
	}
	const entityIds = new Set(entities.map((entity) => entity.id));

	const placeList: Place[] = [];
	const usedIds = new Set(entityIds);
	for (const place of places) {
		const first = place.mentions[0]!;
		const quote = bank.cite(aroundMention(text, clauseOf(sentences, first), first, 120));
		if (!quote) continue;
		let id = place.id;
		for (let n = 2; usedIds.has(id); n++) id = `${place.id}-place${n > 2 ? `-${n}` : ''}`;
		usedIds.add(id);
		place.id = id;
		placeList.push({
			id,
			name: place.name,
			kind: place.kind,
			coordinates: place.coordinates,
			...(place.boundary ? { boundary: place.boundary } : {}),
			...(place.note ? { note: place.note } : {}),
			evidence: [quote]
		});
		candidates.push({ id, collection: 'places', confidence: place.confidence, cue: place.cue, stage: 'places' });
	}
	const placeIds = new Set(placeList.map((place) => place.id));

	const relations: Relation[] = [];
	for (const link of links) {
		if (!entityIds.has(link.source) || !entityIds.has(link.target)) continue;
		const spans = [link.evidence, ...((link as DraftLink & { extra?: Span[] }).extra ?? [])];
		const evidence = [...new Set(spans.map((span) => bank.cite(span)).filter((id): id is string => id !== null))];
		if (evidence.length === 0) {
			dropped.push(`link ${link.source} ${link.type} ${link.target}: no quote`);
			continue;
		}
		const base = `${link.source}-${link.type.replace(/\s+/g, '-')}-${link.target}`;
		let id = base;
		for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
		usedIds.add(id);
		relations.push({
			id,
			source: link.source,
			target: link.target,
			type: link.type,
			directed: link.directed,
			stance: link.stance,
			assertedBy: link.assertedBy && entityIds.has(link.assertedBy) ? link.assertedBy : null,
			date: link.date,
			...(link.dateNote ? { dateNote: link.dateNote } : {}),
			places: link.places.filter((placeId) => placeIds.has(placeId)),
			summary: `${names.get(link.source)} ${RELATION_PHRASE[link.type]} ${names.get(link.target)}${STANCE_PHRASE[link.stance]}.`,
			evidence
		});
		candidates.push({ id, collection: 'relations', confidence: link.confidence, cue: link.cue, stage: 'links' });
	}

	const dataset: DatasetJson = {
		article: {
			title: meta.title,
			publisher: meta.publisher,
			url: meta.url,
			published: meta.published,
			note: meta.note ?? 'Drafted automatically by Threadboard; every item awaits an analyst’s review.'
		},
		entities,
		places: placeList,
		relations,
		quotes: bank.quotes
	};
	return { dataset, articleText: text, candidates, dropped };
}

/**
 * The draft must validate. Anything the validator refuses is dropped item by item
 * (never expected; this is the guarantee, not the plan), and an article with no
 * actor at all still yields a valid dataset naming its publisher.
 */
function keepValid(result: DraftResult, text: string): DraftResult {
	const { dataset } = result;
	if (dataset.entities.length === 0) {
		const bank = new QuoteBank(text);
		for (const quote of dataset.quotes) bank.quotes.push(quote);
		const firstLine = text.search(/\S/);
		const quote = bank.cite({ start: Math.max(0, firstLine), end: Math.min(text.length, Math.max(0, firstLine) + Math.min(80, text.trim().length)) });
		if (quote) {
			dataset.quotes = bank.quotes;
			dataset.entities.push({ id: 'article-publisher', name: dataset.article.publisher, aliases: [], kind: 'media outlet', summary: 'The publisher of the article (no actor was found in the text).', plural: false, places: [], evidence: [quote] });
		}
	}
	for (let attempt = 0; attempt < 5; attempt++) {
		const checked = validateDataset(dataset, text, 'draft');
		if (checked.ok) return result;
		for (const problem of checked.problems) {
			const match = /^(entities|places|relations|quotes)\[(\d+)\]/.exec(problem.path);
			if (!match) continue;
			const collection = match[1] as 'entities' | 'places' | 'relations' | 'quotes';
			const item = dataset[collection][Number(match[2])];
			if (item) result.dropped.push(`${collection} ${item.id}: ${problem.message}`);
			(dataset[collection] as { id: string }[]).splice(Number(match[2]), 1, { id: '__drop__' } as never);
		}
		for (const collection of ['entities', 'places', 'relations', 'quotes'] as const)
			(dataset as unknown as Record<string, { id: string }[]>)[collection] = dataset[collection].filter((item) => item.id !== '__drop__');
		const entityIds = new Set(dataset.entities.map((entity) => entity.id));
		dataset.relations = dataset.relations.filter((relation) => entityIds.has(relation.source) && entityIds.has(relation.target));
	}
	const ids = new Set([...dataset.entities, ...dataset.places, ...dataset.relations].map((item) => item.id));
	result.candidates = result.candidates.filter((candidate) => ids.has(candidate.id));
	return result;
}
