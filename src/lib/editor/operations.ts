/**
 * Every edit the annotation editor makes, as a pure function from one work in progress
 * to the next: the inputs are never changed, so undo is keeping the previous work. An
 * edit that would lose or corrupt evidence is refused with an EditRefused that says why;
 * anything merely unfinished (an empty summary, a link without a target) is allowed and
 * left to the validator to point out.
 */
import type { Entity, Place, Relation } from '$lib/dataset/schema';
import type { Work } from '$lib/dataset/work';
import { uniqueId } from './ids';
import { quoteAt, spanProblem, trimSpan, type Span } from './quotes';

/** An edit that cannot be made as asked; the message is for the analyst. */
export class EditRefused extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'EditRefused';
	}
}

export type ItemKind = 'entity' | 'place' | 'relation';
export interface ItemRef {
	kind: ItemKind;
	id: string;
}
const COLLECTION = { entity: 'entities', place: 'places', relation: 'relations' } as const;

/** Entities, places and relations share one id space. */
export function takenItemIds(work: Work, except?: string): Set<string> {
	const ids = new Set([...work.entities, ...work.places, ...work.relations].map((item) => item.id));
	if (except !== undefined) ids.delete(except);
	return ids;
}

function itemsOf(work: Work, kind: ItemKind): (Entity | Place | Relation)[] {
	return work[COLLECTION[kind]];
}

export function findItem(work: Work, item: ItemRef): Entity | Place | Relation | undefined {
	return itemsOf(work, item.kind).find((candidate) => candidate.id === item.id);
}

function must<T>(value: T | undefined, what: string): T {
	if (value === undefined) throw new EditRefused(`${what} is no longer in the dataset.`);
	return value;
}

const entityNamed = (work: Work, id: string) => work.entities.find((entity) => entity.id === id)?.name ?? id;

/** Quotes no item cites any more are dropped: every quote in a dataset is evidence for something. */
function withoutOrphanQuotes(work: Work): Work {
	const cited = new Set([...work.entities, ...work.places, ...work.relations].flatMap((item) => item.evidence));
	const quotes = work.quotes.filter((quote) => cited.has(quote.id));
	return quotes.length === work.quotes.length ? work : { ...work, quotes };
}

function withoutCandidates(work: Work, ids: ReadonlySet<string>): Work {
	const candidates = work.candidates.filter((candidate) => !ids.has(candidate.id));
	return candidates.length === work.candidates.length ? work : { ...work, candidates };
}

/**
 * The quote for a span of the article: the existing quote at exactly these offsets, or a
 * new one anchored there. The span is trimmed of surrounding spaces first.
 */
export function quoteForSpan(work: Work, span: Span): { work: Work; quoteId: string } {
	const problem = spanProblem(work.articleText, span);
	if (problem) throw new EditRefused(problem);
	const trimmed = trimSpan(work.articleText, span)!;
	const existing = work.quotes.find((quote) => quote.start === trimmed.start && quote.end === trimmed.end && quote.exact === work.articleText.slice(trimmed.start, trimmed.end));
	if (existing) return { work, quoteId: existing.id };
	const quote = quoteAt(work.articleText, trimmed, new Set(work.quotes.map((item) => item.id)));
	return { work: { ...work, quotes: [...work.quotes, quote] }, quoteId: quote.id };
}

function replaceIn<T extends { id: string }>(items: T[], id: string, change: (item: T) => T): T[] {
	const at = items.findIndex((item) => item.id === id);
	if (at < 0) throw new EditRefused(`“${id}” is no longer in the dataset.`);
	const next = [...items];
	next[at] = change(items[at]!);
	return next;
}

/** Changes the evidence of any item, whatever its kind. */
function withEvidence(work: Work, item: ItemRef, change: (evidence: string[]) => string[]): Work {
	const update = <T extends { id: string; evidence: string[] }>(items: T[]) => replaceIn(items, item.id, (current) => ({ ...current, evidence: change(current.evidence) }));
	if (item.kind === 'entity') return { ...work, entities: update(work.entities) };
	if (item.kind === 'place') return { ...work, places: update(work.places) };
	return { ...work, relations: update(work.relations) };
}

// --- The article -----------------------------------------------------------

export interface ArticleFields {
	title: string;
	publisher: string;
	/** Empty means none. */
	url: string;
	/** YYYY, YYYY-MM or YYYY-MM-DD; empty means undated. */
	published: string;
	note: string;
}

export function setArticle(work: Work, fields: Partial<ArticleFields>): Work {
	const article = { ...work.article };
	if (fields.title !== undefined) article.title = fields.title;
	if (fields.publisher !== undefined) article.publisher = fields.publisher;
	if (fields.url !== undefined) article.url = fields.url.trim() === '' ? null : fields.url.trim();
	if (fields.published !== undefined) article.published = fields.published.trim() === '' ? null : fields.published.trim();
	if (fields.note !== undefined) {
		if (fields.note.trim() === '') delete article.note;
		else article.note = fields.note;
	}
	return { ...work, article };
}

// --- Actors ----------------------------------------------------------------

export function addEntity(work: Work, fields: { name: string; kind: Entity['kind']; quote: Span }): { work: Work; id: string } {
	const quoted = quoteForSpan(work, fields.quote);
	const name = fields.name.trim();
	const id = uniqueId(name, takenItemIds(work), 'actor');
	const entity: Entity = { id, name, aliases: [], kind: fields.kind, summary: '', plural: false, places: [], evidence: [quoted.quoteId] };
	return { work: { ...quoted.work, entities: [...quoted.work.entities, entity] }, id };
}

export type EntityFields = Partial<Pick<Entity, 'name' | 'aliases' | 'kind' | 'summary' | 'plural' | 'places'>>;

export function updateEntity(work: Work, id: string, fields: EntityFields): Work {
	return { ...work, entities: replaceIn(work.entities, id, (entity) => ({ ...entity, ...fields })) };
}

/** Removes an actor and the links it is an end of. An actor who asserts links stays until those say who else asserts them. */
export function removeEntity(work: Work, id: string): Work {
	must(work.entities.find((entity) => entity.id === id), `The actor “${id}”`);
	const asserting = work.relations.filter((relation) => relation.assertedBy === id && relation.source !== id && relation.target !== id);
	if (asserting.length > 0)
		throw new EditRefused(`${entityNamed(work, id)} is who asserts ${asserting.length === 1 ? 'a link' : `${asserting.length} links`} (${asserting.map((relation) => relation.summary || relation.id).slice(0, 3).join('; ')}). Change who asserts ${asserting.length === 1 ? 'it' : 'them'} first, so no stance loses its source.`);
	const removed = new Set([id, ...work.relations.filter((relation) => relation.source === id || relation.target === id).map((relation) => relation.id)]);
	return withoutCandidates(
		withoutOrphanQuotes({
			...work,
			entities: work.entities.filter((entity) => entity.id !== id),
			relations: work.relations.filter((relation) => !removed.has(relation.id))
		}),
		removed
	);
}

/**
 * Merges `mergedId` into `keptId`: the merged actor's name and aliases become aliases,
 * its quotes, places and links move to the kept actor. Refused when a link joins the two,
 * since it would become a link from an actor to itself.
 */
export function mergeEntities(work: Work, keptId: string, mergedId: string): Work {
	if (keptId === mergedId) throw new EditRefused('Choose two different actors to merge.');
	const kept = must(work.entities.find((entity) => entity.id === keptId), `The actor “${keptId}”`);
	const merged = must(work.entities.find((entity) => entity.id === mergedId), `The actor “${mergedId}”`);
	const between = work.relations.filter((relation) => (relation.source === keptId && relation.target === mergedId) || (relation.source === mergedId && relation.target === keptId));
	if (between.length > 0)
		throw new EditRefused(`${between.length === 1 ? 'A link joins' : `${between.length} links join`} ${kept.name} and ${merged.name} (${between.map((relation) => relation.summary || relation.type).join('; ')}); merged, ${between.length === 1 ? 'it' : 'they'} would tie the actor to itself. Delete or change ${between.length === 1 ? 'it' : 'them'} first.`);
	const aliases = [...new Set([...kept.aliases, merged.name, ...merged.aliases])].filter((alias) => alias !== kept.name);
	const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];
	const entity: Entity = { ...kept, aliases, places: union(kept.places, merged.places), evidence: union(kept.evidence, merged.evidence) };
	const moved = (end: string) => (end === mergedId ? keptId : end);
	return withoutCandidates(
		{
			...work,
			entities: work.entities.filter((item) => item.id !== mergedId).map((item) => (item.id === keptId ? entity : item)),
			relations: work.relations.map((relation) =>
				relation.source === mergedId || relation.target === mergedId || relation.assertedBy === mergedId
					? { ...relation, source: moved(relation.source), target: moved(relation.target), assertedBy: relation.assertedBy === null ? null : moved(relation.assertedBy) }
					: relation
			)
		},
		new Set([mergedId])
	);
}

export interface SplitChoice {
	name: string;
	kind: Entity['kind'];
	/** Quotes that move to the new actor; the original keeps the rest. */
	quoteIds: string[];
	/** Links whose end (or asserter) the new actor becomes. */
	relationIds: string[];
}

/** Splits an actor in two: the chosen quotes and links go to a new actor; both keep at least one quote. */
export function splitEntity(work: Work, id: string, choice: SplitChoice): { work: Work; id: string } {
	const original = must(work.entities.find((entity) => entity.id === id), `The actor “${id}”`);
	const name = choice.name.trim();
	if (name === '') throw new EditRefused('Give the new actor a name.');
	const moving = new Set(choice.quoteIds);
	const foreign = [...moving].filter((quoteId) => !original.evidence.includes(quoteId));
	if (foreign.length > 0) throw new EditRefused(`${original.name} does not cite ${foreign.join(', ')}.`);
	if (moving.size === 0) throw new EditRefused('Choose at least one quote for the new actor: every actor is backed by the article.');
	if (moving.size === original.evidence.length) throw new EditRefused(`${original.name} must keep at least one quote; leave one of them with it.`);
	const relationIds = new Set(choice.relationIds);
	const newId = uniqueId(name, takenItemIds(work), 'actor');
	const created: Entity = { id: newId, name, aliases: [], kind: choice.kind, summary: '', plural: false, places: [], evidence: original.evidence.filter((quoteId) => moving.has(quoteId)) };
	const moved = (end: string) => (end === id ? newId : end);
	return {
		id: newId,
		work: {
			...work,
			entities: [...work.entities.map((entity) => (entity.id === id ? { ...entity, evidence: entity.evidence.filter((quoteId) => !moving.has(quoteId)) } : entity)), created],
			relations: work.relations.map((relation) =>
				relationIds.has(relation.id)
					? { ...relation, source: moved(relation.source), target: moved(relation.target), assertedBy: relation.assertedBy === null ? null : moved(relation.assertedBy) }
					: relation
			)
		}
	};
}

// --- Places ----------------------------------------------------------------

export function addPlace(work: Work, fields: { name: string; kind?: Place['kind']; quote: Span }): { work: Work; id: string } {
	const quoted = quoteForSpan(work, fields.quote);
	const name = fields.name.trim();
	const id = uniqueId(name, takenItemIds(work), 'place');
	const place: Place = { id, name, kind: fields.kind ?? 'city', coordinates: null, evidence: [quoted.quoteId] };
	return { work: { ...quoted.work, places: [...quoted.work.places, place] }, id };
}

export type PlaceFields = Partial<Pick<Place, 'name' | 'kind' | 'coordinates' | 'note'>> & {
	/** The map feature that draws the place; null removes it. */
	boundary?: Place['boundary'] | null;
};

export function updatePlace(work: Work, id: string, fields: PlaceFields): Work {
	const places = replaceIn(work.places, id, (place) => {
		const { boundary, ...rest } = fields;
		const next: Place = { ...place, ...rest };
		if (boundary === null) delete next.boundary;
		else if (boundary !== undefined) next.boundary = boundary;
		if (next.note !== undefined && next.note.trim() === '') delete next.note;
		return next;
	});
	return { ...work, places };
}

/** Removes a place, and with it every mention of it in actors and links. */
export function removePlace(work: Work, id: string): Work {
	must(work.places.find((place) => place.id === id), `The place “${id}”`);
	const without = <T extends { places: string[] }>(item: T): T => (item.places.includes(id) ? { ...item, places: item.places.filter((placeId) => placeId !== id) } : item);
	return withoutCandidates(
		withoutOrphanQuotes({
			...work,
			places: work.places.filter((place) => place.id !== id),
			entities: work.entities.map(without),
			relations: work.relations.map(without)
		}),
		new Set([id])
	);
}

// --- Links -----------------------------------------------------------------

/** A link's id reads as what it says: `haqqani-network-funding-al-qaeda`. */
function relationId(work: Work, relation: Pick<Relation, 'source' | 'target' | 'type'>, except?: string): string {
	const name = relation.source && relation.target ? `${entityNamed(work, relation.source)} ${relation.type} ${entityNamed(work, relation.target)}` : 'link';
	return uniqueId(name, takenItemIds(work, except), 'link');
}

export type RelationFields = Partial<Omit<Relation, 'id' | 'evidence'>>;

export function addRelation(work: Work, fields: RelationFields & { quote: Span }): { work: Work; id: string } {
	const { quote, ...rest } = fields;
	const quoted = quoteForSpan(work, quote);
	const relation: Relation = {
		id: '',
		source: '',
		target: '',
		type: 'affiliation',
		directed: true,
		stance: 'asserted',
		assertedBy: null,
		date: null,
		places: [],
		summary: '',
		...rest,
		evidence: [quoted.quoteId]
	};
	relation.id = relationId(quoted.work, relation);
	return { work: { ...quoted.work, relations: [...quoted.work.relations, relation] }, id: relation.id };
}

/** Changes a link; a new source, target or type gives it the id that reads as the new link. Returns the id it now has. */
export function updateRelation(work: Work, id: string, fields: RelationFields): { work: Work; id: string } {
	const current = must(work.relations.find((relation) => relation.id === id), `The link “${id}”`);
	const next: Relation = { ...current, ...fields };
	if (next.dateNote !== undefined && next.dateNote.trim() === '') delete next.dateNote;
	const renamed = next.source !== current.source || next.target !== current.target || next.type !== current.type;
	if (renamed) next.id = relationId(work, next, id);
	const changed = { ...work, relations: replaceIn(work.relations, id, () => next) };
	const candidates = renamed ? changed.candidates.map((candidate) => (candidate.id === id ? { ...candidate, id: next.id } : candidate)) : changed.candidates;
	return { work: { ...changed, candidates }, id: next.id };
}

export function removeRelation(work: Work, id: string): Work {
	must(work.relations.find((relation) => relation.id === id), `The link “${id}”`);
	return withoutCandidates(withoutOrphanQuotes({ ...work, relations: work.relations.filter((relation) => relation.id !== id) }), new Set([id]));
}

// --- Evidence --------------------------------------------------------------

/** Cites the span as one more quote for an item (once: a quote already cited is not cited again). */
export function addEvidence(work: Work, item: ItemRef, span: Span): Work {
	must(findItem(work, item), `“${item.id}”`);
	const quoted = quoteForSpan(work, span);
	return withEvidence(quoted.work, item, (evidence) => (evidence.includes(quoted.quoteId) ? evidence : [...evidence, quoted.quoteId]));
}

/** Stops citing a quote; the quote itself goes when nothing cites it. The validator then flags an item left with none. */
export function removeEvidence(work: Work, item: ItemRef, quoteId: string): Work {
	return withoutOrphanQuotes(withEvidence(work, item, (evidence) => evidence.filter((id) => id !== quoteId)));
}

// --- The draft's candidates --------------------------------------------------

/** Accepts drafted items as they stand: they stop being candidates. */
export function acceptCandidates(work: Work, ids: Iterable<string>): Work {
	return withoutCandidates(work, new Set(ids));
}

/** Rejects drafted items: links first, then places and actors, so an actor goes with its drafted links. */
export function rejectCandidates(work: Work, ids: Iterable<string>): Work {
	const rejected = new Set(ids);
	let next = work;
	for (const kind of ['relation', 'place', 'entity'] as const)
		for (const item of itemsOf(work, kind))
			if (rejected.has(item.id) && findItem(next, { kind, id: item.id }))
				next = kind === 'relation' ? removeRelation(next, item.id) : kind === 'place' ? removePlace(next, item.id) : removeEntity(next, item.id);
	return withoutCandidates(next, rejected);
}
