/**
 * Which relations a view shows. Filters narrow by type, stance, who asserts,
 * time and focus; entities and places left with nothing visible fade rather than
 * vanish, so the layout never jumps when a filter changes.
 */
import { RELATION_TYPES, STANCES, type Dataset, type Relation, type RelationType, type Stance } from '$lib/dataset/schema';

/**
 * The asserter key for relations stated in the article's own voice. The `~` is outside
 * the id alphabet (lower-case words joined by hyphens), so no actor's id can equal it,
 * not even an actor called `article`.
 */
export const ARTICLE_VOICE = '~article';
/**
 * What links written before that said for the article's voice (`by=article`). Links
 * still read it so, unless the dataset has an actor with that id: then the actor wins.
 */
export const LEGACY_ARTICLE_VOICE = 'article';

export interface TimeWindow {
	/** Inclusive bounds as `YYYY-MM`; a relation shows when its date range meets the window. */
	from: string;
	to: string;
}

export interface Filters {
	types: Set<RelationType>;
	stances: Set<Stance>;
	/** Entity ids (or ARTICLE_VOICE) whose assertions to show; null shows everyone's. */
	asserters: Set<string> | null;
	window: TimeWindow | null;
	showUndated: boolean;
	focus: { entityId: string; depth: 1 | 2 } | null;
}

export function defaultFilters(): Filters {
	return {
		types: new Set(RELATION_TYPES),
		stances: new Set(STANCES),
		asserters: null,
		window: null,
		showUndated: true,
		focus: null
	};
}

export function asserterKey(relation: Relation): string {
	return relation.assertedBy ?? ARTICLE_VOICE;
}

/** The first and last month a partial date covers: `2020` → 2020-01…2020-12. */
export function dateRange(date: string): { from: string; to: string } {
	const [year, month] = date.split('-');
	return month ? { from: `${year}-${month}`, to: `${year}-${month}` } : { from: `${year}-01`, to: `${year}-12` };
}

export function inWindow(relation: Relation, window: TimeWindow | null, showUndated: boolean): boolean {
	if (relation.date === null) return showUndated;
	if (!window) return true;
	const range = dateRange(relation.date);
	return range.to >= window.from && range.from <= window.to;
}

/** Entities within `depth` steps of `entityId` over the given relations. */
export function neighbourhood(relations: Relation[], entityId: string, depth: number): Set<string> {
	const reached = new Set([entityId]);
	let frontier = [entityId];
	for (let step = 0; step < depth; step++) {
		const next: string[] = [];
		for (const relation of relations) {
			for (const [from, to] of [
				[relation.source, relation.target],
				[relation.target, relation.source]
			] as const) {
				if (frontier.includes(from) && !reached.has(to)) {
					reached.add(to);
					next.push(to);
				}
			}
		}
		frontier = next;
	}
	return reached;
}

export function visibleRelations(dataset: Dataset, filters: Filters): Set<string> {
	let relations = dataset.relations.filter(
		(relation) =>
			filters.types.has(relation.type) &&
			filters.stances.has(relation.stance) &&
			(filters.asserters === null || filters.asserters.has(asserterKey(relation))) &&
			inWindow(relation, filters.window, filters.showUndated)
	);
	if (filters.focus) {
		const around = neighbourhood(relations, filters.focus.entityId, filters.focus.depth);
		relations = relations.filter((relation) => around.has(relation.source) && around.has(relation.target));
	}
	return new Set(relations.map((relation) => relation.id));
}

export interface Visibility {
	relations: Set<string>;
	/** Entities with at least one visible relation (the focused actor always counts). */
	entities: Set<string>;
	/** Places with a visible relation there, or tied directly to a visible entity. */
	places: Set<string>;
	/** True when any filter hides something. */
	filtered: boolean;
}

export function visibility(dataset: Dataset, filters: Filters): Visibility {
	const relations = visibleRelations(dataset, filters);
	const entities = new Set<string>();
	const places = new Set<string>();
	for (const relation of dataset.relations) {
		if (!relations.has(relation.id)) continue;
		entities.add(relation.source).add(relation.target);
		for (const place of relation.places) places.add(place);
	}
	if (filters.focus) entities.add(filters.focus.entityId);
	for (const entity of dataset.entities)
		if (entities.has(entity.id)) for (const place of entity.places) places.add(place);
	return { relations, entities, places, filtered: relations.size < dataset.relations.length };
}

/** How many relations of each type pass every filter but the type filter: the counts on the legend's toggles. */
export function typeCounts(dataset: Dataset, filters: Filters): Map<RelationType, number> {
	const visible = visibleRelations(dataset, { ...filters, types: new Set(RELATION_TYPES) });
	const counts = new Map<RelationType, number>(RELATION_TYPES.map((type) => [type, 0]));
	for (const relation of dataset.relations)
		if (visible.has(relation.id)) counts.set(relation.type, (counts.get(relation.type) ?? 0) + 1);
	return counts;
}

/** Month bounds of the dataset's dated relations, for the timeline; null when nothing is dated. */
export function datedExtent(dataset: Dataset): TimeWindow | null {
	const dates = dataset.relations.flatMap((relation) => (relation.date ? [dateRange(relation.date)] : []));
	if (dates.length === 0) return null;
	return {
		from: dates.reduce((min, range) => (range.from < min ? range.from : min), dates[0]!.from),
		to: dates.reduce((max, range) => (range.to > max ? range.to : max), dates[0]!.to)
	};
}

/** Whether the filters differ from the defaults, part by part, for the active-filter summary. */
export function activeFilterParts(filters: Filters): string[] {
	const parts: string[] = [];
	if (filters.types.size < RELATION_TYPES.length) parts.push('types');
	if (filters.stances.size < STANCES.length) parts.push('stances');
	if (filters.asserters !== null) parts.push('asserters');
	if (filters.window !== null) parts.push('time');
	if (!filters.showUndated) parts.push('undated');
	if (filters.focus !== null) parts.push('focus');
	return parts;
}
