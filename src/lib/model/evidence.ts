/**
 * Gathers what the evidence panel shows for a selection: the thing itself, its
 * quotes, and for an actor or place every relation it takes part in, each with its own quotes.
 */
import type { Entity, Place, Quote, Relation, RelationType } from '$lib/dataset/schema';
import { RELATION_TYPES } from '$lib/dataset/schema-values';
import { must, unique, type DatasetIndex } from '$lib/dataset/lookup';
import type { Selection } from '$lib/model/types';
import { relationSentence } from '$lib/model/describe';
import { STANCE_LABELS } from '$lib/model/vocabulary';

export interface RelationEvidence {
	relation: Relation;
	quotes: Quote[];
}

export interface RelationGroup {
	type: RelationType;
	relations: RelationEvidence[];
}

export type Evidence =
	| { kind: 'entity'; entity: Entity; quotes: Quote[]; places: Place[]; groups: RelationGroup[] }
	| { kind: 'relation'; relation: Relation; quotes: Quote[]; places: Place[] }
	| { kind: 'place'; place: Place; quotes: Quote[]; entities: Entity[]; groups: RelationGroup[] };

/** Quotes in reading order, so the panel follows the article; each once, however often it is cited. */
export function quotesById(index: DatasetIndex, ids: string[]): Quote[] {
	return unique(ids)
		.map((id) => must(index.quote.get(id), `quote ${id}`))
		.sort((a, b) => a.start - b.start);
}

/** Places by id, in the order given, each once. */
export function placesById(index: DatasetIndex, ids: string[]): Place[] {
	return unique(ids).map((id) => must(index.place.get(id), `place ${id}`));
}

export function relationsOf(index: DatasetIndex, entityId: string): Relation[] {
	return index.dataset.relations.filter((relation) => relation.source === entityId || relation.target === entityId);
}

export function relationsAt(index: DatasetIndex, placeId: string): Relation[] {
	return index.dataset.relations.filter((relation) => relation.places.includes(placeId));
}

/** Entities tied to a place: directly (a safe haven) or as a party to a relation there. */
export function entitiesAt(index: DatasetIndex, placeId: string): Entity[] {
	const ids = new Set<string>();
	for (const entity of index.dataset.entities) if (entity.places.includes(placeId)) ids.add(entity.id);
	for (const relation of relationsAt(index, placeId)) ids.add(relation.source).add(relation.target);
	return index.dataset.entities.filter((entity) => ids.has(entity.id));
}

/** Places tied to an entity: its own and those of its relations. */
export function placesOfEntity(index: DatasetIndex, entityId: string): Place[] {
	const entity = must(index.entity.get(entityId), `entity ${entityId}`);
	const ids = new Set(entity.places);
	for (const relation of relationsOf(index, entityId)) for (const id of relation.places) ids.add(id);
	return index.dataset.places.filter((place) => ids.has(place.id));
}

/** Relations grouped by type, in the vocabulary's order, each with its quotes. */
export function groupRelations(index: DatasetIndex, relations: Relation[]): RelationGroup[] {
	return RELATION_TYPES.map((type) => ({
		type,
		relations: relations
			.filter((relation) => relation.type === type)
			.map((relation) => ({ relation, quotes: quotesById(index, relation.evidence) }))
	})).filter((group) => group.relations.length > 0);
}

export function quotesFor(index: DatasetIndex, selection: Selection): Evidence | null {
	switch (selection.kind) {
		case 'entity': {
			const entity = index.entity.get(selection.id);
			if (!entity) return null;
			return {
				kind: 'entity',
				entity,
				quotes: quotesById(index, entity.evidence),
				places: placesOfEntity(index, entity.id),
				groups: groupRelations(index, relationsOf(index, entity.id))
			};
		}
		case 'relation': {
			const relation = index.relation.get(selection.id);
			if (!relation) return null;
			return {
				kind: 'relation',
				relation,
				quotes: quotesById(index, relation.evidence),
				places: placesById(index, relation.places)
			};
		}
		case 'place': {
			const place = index.place.get(selection.id);
			if (!place) return null;
			return {
				kind: 'place',
				place,
				quotes: quotesById(index, place.evidence),
				entities: entitiesAt(index, place.id),
				groups: groupRelations(index, relationsAt(index, place.id))
			};
		}
	}
}

/**
 * Each quote's supporters, built once per index: the article reader asks for every
 * quoted run, and searching every item for each quote grew with quotes × items
 * (minutes at 5,000 actors).
 */
const supporters = new WeakMap<DatasetIndex, Map<string, Selection[]>>();

function supportersByQuote(index: DatasetIndex): Map<string, Selection[]> {
	let byQuote = supporters.get(index);
	if (byQuote) return byQuote;
	byQuote = new Map();
	const { entities, relations, places } = index.dataset;
	const file = (kind: Selection['kind'], items: readonly { id: string; evidence: readonly string[] }[]) => {
		for (const item of items)
			for (const quoteId of new Set(item.evidence)) {
				const list = byQuote!.get(quoteId);
				if (list) list.push({ kind, id: item.id } as Selection);
				else byQuote!.set(quoteId, [{ kind, id: item.id } as Selection]);
			}
	};
	file('entity', entities);
	file('relation', relations);
	file('place', places);
	supporters.set(index, byQuote);
	return byQuote;
}

/** Everything a quote is evidence for: what clicking its span in the article can select. Actors first, then relations, then places. */
export function supportedBy(index: DatasetIndex, quoteId: string): Selection[] {
	return (supportersByQuote(index).get(quoteId) ?? []).map((item) => ({ ...item }));
}

/** Quote ids that support a selection, for marking them in the article. */
export function quoteIdsOf(index: DatasetIndex, selection: Selection | null): Set<string> {
	if (!selection) return new Set();
	const item =
		selection.kind === 'entity'
			? index.entity.get(selection.id)
			: selection.kind === 'relation'
				? index.relation.get(selection.id)
				: index.place.get(selection.id);
	return new Set(item?.evidence ?? []);
}

/** Who holds a relation, for “according to …”; the article's own claims are marked as such, never left unattributed. */
export function accordingTo(index: DatasetIndex, relation: Relation): string {
	if (relation.assertedBy === null) return 'in the article’s own voice';
	return `according to ${must(index.entity.get(relation.assertedBy), `entity ${relation.assertedBy}`).name}`;
}

/** A quote's caption under a relation: “denied by Taliban source quoted by The Telegraph”. */
export function stanceAttribution(index: DatasetIndex, relation: Relation): string {
	const stance = STANCE_LABELS[relation.stance];
	if (relation.assertedBy === null) return `${stance} in the article’s own voice`;
	return `${stance} by ${must(index.entity.get(relation.assertedBy), `entity ${relation.assertedBy}`).name}`;
}

/** `[69.17, 34.53]` → “34.53° N, 69.17° E”: latitude first, as people read coordinates. */
export function formatCoordinates([longitude, latitude]: [number, number]): string {
	const part = (value: number, positive: string, negative: string) =>
		`${Math.abs(value).toFixed(2)}° ${value < 0 ? negative : positive}`;
	return `${part(latitude, 'N', 'S')}, ${part(longitude, 'E', 'W')}`;
}

/**
 * The first few words of a quote, so each “Show in article” button has a name that says which quote.
 * Only for labels: opening quotation marks are dropped so the label's own marks do not double up.
 */
export function quoteExcerpt(text: string, words = 6): string {
	const all = text.trim().replace(/^[“"‘']+/, '').split(/\s+/);
	const head = all.slice(0, words).join(' ');
	return all.length > words ? `${head}…` : head;
}

/** “joint operation” → “Joint operation”, for headings built from the vocabulary. */
export function sentenceCase(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

export function relationCount(groups: RelationGroup[]): number {
	return groups.reduce((sum, group) => sum + group.relations.length, 0);
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * The one line the panel's live region announces when the selection changes, so a
 * screen reader hears what was selected and how much evidence there is, not the whole panel.
 */
export function evidenceAnnouncement(index: DatasetIndex, evidence: Evidence | null): string {
	if (!evidence) return 'Nothing selected.';
	const quotes = plural(evidence.quotes.length, 'quote', 'quotes');
	switch (evidence.kind) {
		case 'entity':
			return `${evidence.entity.name}: ${quotes}, ${plural(relationCount(evidence.groups), 'relation', 'relations')}.`;
		case 'relation':
			return `${relationSentence(index, evidence.relation)}, ${stanceAttribution(index, evidence.relation)}: ${quotes}.`;
		case 'place':
			return `${evidence.place.name}: ${quotes}, ${plural(evidence.entities.length, 'actor', 'actors')}, ${plural(relationCount(evidence.groups), 'relation', 'relations')}.`;
	}
}

/** The groups with only the relations the filters let through; empty groups drop out. */
export function filterGroups(groups: RelationGroup[], visibleRelationIds: Set<string>): RelationGroup[] {
	return groups
		.map((group) => ({ ...group, relations: group.relations.filter((item) => visibleRelationIds.has(item.relation.id)) }))
		.filter((group) => group.relations.length > 0);
}
