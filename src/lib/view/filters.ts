/**
 * Which relations a view shows. Filters narrow by type, stance, who asserts,
 * time and focus; entities and places left with nothing visible fade rather than
 * vanish, so the layout never jumps when a filter changes.
 */
import type { Dataset, Relation, RelationType, Stance } from '$lib/dataset/schema';
import { RELATION_TYPES, STANCES } from '$lib/dataset/schema-values';
import { isClaim, isContested, supports } from '$lib/model/claims';
import type { ClaimSource } from '$lib/model/types';

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
	/** Articles (dataset ids) whose statements count; null counts every article. */
	articles: Set<string> | null;
	/** Publishers whose articles count; null counts every publisher. */
	publishers: Set<string> | null;
	/** Claims supported (any stance but a denial) by at least this many articles or publishers; 1 shows all. */
	minSupport: number;
	supportBy: 'articles' | 'publishers';
	/** Only claims one source denies and another asserts, believes or claims. */
	contestedOnly: boolean;
}

export function defaultFilters(): Filters {
	return {
		types: new Set(RELATION_TYPES),
		stances: new Set(STANCES),
		asserters: null,
		window: null,
		showUndated: true,
		focus: null,
		articles: null,
		publishers: null,
		minSupport: 1,
		supportBy: 'articles',
		contestedOnly: false
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

export function inWindow(relation: Pick<Relation, 'date'>, window: TimeWindow | null, showUndated: boolean): boolean {
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

/** How many distinct articles or publishers hold the claim up among these sources. */
export function supportCount(sources: ClaimSource[], by: Filters['supportBy']): number {
	const holding = sources.filter((source) => supports(source.stance));
	return new Set(holding.map((source) => (by === 'articles' ? source.article : source.publisher.trim().toLowerCase()))).size;
}

/**
 * A claim is judged source by source: the sources in scope (the chosen articles and
 * publishers, the time window) that pass the stance and asserter filters must exist,
 * and hold the claim up often enough. Contested is judged on the sources in scope,
 * whatever the stance filter shows, so a denial hidden from view still marks it.
 */
export function claimPasses(sources: ClaimSource[], filters: Filters): boolean {
	const inScope = sources.filter(
		(source) =>
			(filters.articles === null || filters.articles.has(source.article)) &&
			(filters.publishers === null || filters.publishers.has(source.publisher)) &&
			inWindow(source, filters.window, filters.showUndated)
	);
	const shown = inScope.filter(
		(source) => filters.stances.has(source.stance) && (filters.asserters === null || filters.asserters.has(source.assertedBy ?? ARTICLE_VOICE))
	);
	if (shown.length === 0) return false;
	if (filters.minSupport > 1 && supportCount(shown, filters.supportBy) < filters.minSupport) return false;
	return !filters.contestedOnly || isContested(inScope);
}

function relationPasses(relation: Relation, filters: Filters): boolean {
	if (!filters.types.has(relation.type)) return false;
	if (isClaim(relation)) return claimPasses(relation.sources, filters);
	return (
		filters.stances.has(relation.stance) &&
		(filters.asserters === null || filters.asserters.has(asserterKey(relation))) &&
		inWindow(relation, filters.window, filters.showUndated)
	);
}

export function visibleRelations(dataset: Dataset, filters: Filters): Set<string> {
	let relations = dataset.relations.filter((relation) => relationPasses(relation, filters));
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
	if (filters.articles !== null) parts.push('articles');
	if (filters.publishers !== null) parts.push('publishers');
	if (filters.minSupport > 1) parts.push('support');
	if (filters.contestedOnly) parts.push('contested');
	return parts;
}
