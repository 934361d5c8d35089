/**
 * The view written down: selection, filters, time window, focus, view and zoom as
 * short, readable search parameters (`?actor=haqqani-network&types=funding&from=2020-01`).
 * Decoding never fails: each bad or stale part is dropped on its own, with a notice.
 */
import type { Dataset, RelationType, Stance } from '$lib/dataset/schema';
import { MAX_ID_LENGTH, RELATION_TYPES, STANCES } from '$lib/dataset/schema-values';
import { isClaim } from '$lib/model/claims';
import { ARTICLE_VOICE, LEGACY_ARTICLE_VOICE, defaultFilters, type Filters, type TimeWindow } from './filters';
import type { Selection, SelectionKind } from './selection';
import type { ViewMode } from './view-state.svelte';

export interface ZoomState {
	k: number;
	x: number;
	y: number;
}

export interface ViewSnapshot {
	selection: Selection | null;
	mode: ViewMode;
	filters: Filters;
	graphZoom: ZoomState | null;
	mapZoom: ZoomState | null;
}

export interface DecodedView {
	view: ViewSnapshot;
	/** One line per dropped part, for a small notice. Empty when the link was clean. */
	notices: string[];
}

export const MAX_QUERY_LENGTH = 2000;
/**
 * The parameters that hold one value: an id, a date, a number. None needs more than the
 * longest id the schema allows, so that one limit serves both and any valid id survives
 * a link. Lists (`by`, `types`, `stances`) are bounded by the query's own length.
 */
const SINGLE_VALUE_PARAMS = new Set(['actor', 'link', 'place', 'focus', 'view', 'from', 'to', 'undated', 'depth', 'zoom', 'mapzoom', 'support', 'contested']);

const SELECTION_PARAMS: Record<SelectionKind, string> = { entity: 'actor', relation: 'link', place: 'place' };

/**
 * Which dataset or corpus the view belongs to. Not part of the view itself: it is
 * kept at the front of every address the view writes, and the view's codec never sees it.
 */
export const SCOPE_PARAMS = ['dataset', 'corpus'] as const;

function queryParts(search: string): string[] {
	const query = search.startsWith('?') ? search.slice(1) : search;
	return query === '' ? [] : query.split('&');
}

function isScopePart(part: string): boolean {
	const at = part.indexOf('=');
	return (SCOPE_PARAMS as readonly string[]).includes(at < 0 ? part : part.slice(0, at));
}

/** `?dataset=x&actor=y` → `dataset=x`: the parts of a query that say where the view is. */
export function scopeOf(search: string): string {
	return queryParts(search).filter(isScopePart).join('&');
}

/** `?dataset=x&actor=y` → `?actor=y`: the view's own part of a query. */
export function withoutScope(search: string): string {
	const rest = queryParts(search).filter((part) => !isScopePart(part));
	return rest.length === 0 ? '' : `?${rest.join('&')}`;
}

/** A scope and an encoded view (`?…` or ``) as one query, scope first. */
export function joinScope(scope: string, view: string): string {
	if (scope === '') return view;
	return view === '' ? `?${scope}` : `?${scope}&${view.slice(1)}`;
}

export function typeSlug(type: RelationType): string {
	return type.replaceAll(' ', '-');
}
const TYPE_BY_SLUG = new Map(RELATION_TYPES.map((type) => [typeSlug(type), type]));

export function defaultView(): ViewSnapshot {
	return { selection: null, mode: 'graph', filters: defaultFilters(), graphZoom: null, mapZoom: null };
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

/** Graph zooms centre on a layout point (a tenth is plenty); map zooms on a longitude and latitude (to about 100 m). */
function encodeZoom(zoom: ZoomState, digits: number): string {
	return `${round(zoom.k, 3)},${round(zoom.x, digits)},${round(zoom.y, digits)}`;
}

/** Values are ids, slugs, dates and numbers: characters that need no escaping, so links stay readable. */
export function encodeView(view: ViewSnapshot): string {
	const parts: [string, string][] = [];
	if (view.selection) parts.push([SELECTION_PARAMS[view.selection.kind], view.selection.id]);
	if (view.mode !== 'graph') parts.push(['view', view.mode]);
	const { filters } = view;
	if (filters.types.size < RELATION_TYPES.length)
		parts.push(['types', RELATION_TYPES.filter((type) => filters.types.has(type)).map(typeSlug).join(',') || 'none']);
	if (filters.stances.size < STANCES.length)
		parts.push(['stances', STANCES.filter((stance) => filters.stances.has(stance)).join(',') || 'none']);
	if (filters.asserters !== null) parts.push(['by', [...filters.asserters].sort().join(',') || 'none']);
	if (filters.window) parts.push(['from', filters.window.from], ['to', filters.window.to]);
	if (!filters.showUndated) parts.push(['undated', 'hide']);
	if (filters.focus) {
		parts.push(['focus', filters.focus.entityId]);
		if (filters.focus.depth !== 1) parts.push(['depth', String(filters.focus.depth)]);
	}
	if (filters.articles !== null) parts.push(['articles', [...filters.articles].sort().join(',') || 'none']);
	if (filters.publishers !== null) parts.push(['publishers', [...filters.publishers].sort().map(escapeListItem).join(',') || 'none']);
	if (filters.minSupport > 1) parts.push(['support', `${filters.minSupport}-${filters.supportBy}`]);
	if (filters.contestedOnly) parts.push(['contested', 'only']);
	if (view.graphZoom) parts.push(['zoom', encodeZoom(view.graphZoom, 1)]);
	if (view.mapZoom) parts.push(['mapzoom', encodeZoom(view.mapZoom, 3)]);
	if (parts.length === 0) return '';
	return '?' + parts.map(([key, value]) => `${key}=${encodeURIComponent(value).replaceAll('%2C', ',')}`).join('&');
}

/** A publisher's name may hold a comma, the list separator: such items are escaped on their own. */
function escapeListItem(item: string): string {
	return item.replaceAll('%', '%25').replaceAll(',', '%2C');
}

function unescapeListItem(item: string): string {
	try {
		return decodeURIComponent(item);
	} catch {
		return item;
	}
}

/** The articles and publishers a corpus's claims cite: what `articles=` and `publishers=` may name. */
function sourceScope(dataset: Dataset): { articles: Set<string>; publishers: Set<string> } {
	const articles = new Set<string>([dataset.slug]);
	const publishers = new Set<string>([dataset.article.publisher]);
	for (const relation of dataset.relations) {
		for (const source of isClaim(relation) ? relation.sources : []) {
			articles.add(source.article);
			publishers.add(source.publisher);
		}
	}
	return { articles, publishers };
}

function listOf(value: string): string[] {
	return value === 'none' ? [] : value.split(',').filter((item) => item !== '');
}

const MONTH = /^(\d{4})(?:-(0[1-9]|1[0-2]))?$/;

/** `2020` or `2020-05` as a month bound; a bare year opens at January (from) or closes at December (to). */
function parseMonth(value: string, end: 'from' | 'to'): string | null {
	const match = MONTH.exec(value);
	if (!match) return null;
	return `${match[1]}-${match[2] ?? (end === 'from' ? '01' : '12')}`;
}

function parseZoom(value: string, limits: { x: number; y: number }): ZoomState | null {
	const numbers = value.split(',').map(Number);
	if (numbers.length !== 3 || numbers.some((number) => !Number.isFinite(number))) return null;
	const [k, x, y] = numbers as [number, number, number];
	if (k < 0.3 || k > 12 || Math.abs(x) > limits.x || Math.abs(y) > limits.y) return null;
	return { k, x, y };
}

export function decodeView(search: string, dataset: Dataset): DecodedView {
	const view = defaultView();
	const notices: string[] = [];
	const query = search.startsWith('?') ? search.slice(1) : search;
	if (query === '') return { view, notices };
	if (query.length > MAX_QUERY_LENGTH)
		return { view, notices: [`The link’s settings were ${query.length} characters long, more than any view needs, and were ignored.`] };

	let params: URLSearchParams;
	try {
		params = new URLSearchParams(query);
	} catch {
		return { view, notices: ['The link’s settings could not be read and were ignored.'] };
	}
	const entityIds = new Set(dataset.entities.map((entity) => entity.id));
	const ids: Record<SelectionKind, Set<string>> = {
		entity: entityIds,
		relation: new Set(dataset.relations.map((relation) => relation.id)),
		place: new Set(dataset.places.map((place) => place.id))
	};
	const drop = (key: string, value: string, why: string) =>
		notices.push(`Ignored ${key}=${value.length > 40 ? `${value.slice(0, 40)}…` : value}: ${why}.`);

	const seen = new Set<string>();
	for (const [key, rawValue] of params) {
		const value = rawValue.trim();
		if (seen.has(key)) {
			drop(key, value, 'given more than once; the first one counts');
			continue;
		}
		seen.add(key);
		if (SINGLE_VALUE_PARAMS.has(key) && value.length > MAX_ID_LENGTH) {
			drop(key, value, `too long (${value.length} characters; ids have at most ${MAX_ID_LENGTH})`);
			continue;
		}
		const selectionKind = (Object.keys(SELECTION_PARAMS) as SelectionKind[]).find((kind) => SELECTION_PARAMS[kind] === key);
		if (selectionKind) {
			if (view.selection) drop(key, value, 'only one thing can be selected');
			else if (ids[selectionKind].has(value)) view.selection = { kind: selectionKind, id: value };
			else drop(key, value, `no such ${key} in this dataset`);
			continue;
		}
		switch (key) {
			case 'view':
				if (value === 'graph' || value === 'table') view.mode = value;
				else drop(key, value, 'the view is graph or table');
				break;
			case 'types': {
				const items = listOf(value);
				const unknown = items.filter((item) => !TYPE_BY_SLUG.has(item));
				if (unknown.length > 0) drop(key, unknown.join(','), 'unknown relation type');
				const known = items.filter((item) => TYPE_BY_SLUG.has(item)).map((item) => TYPE_BY_SLUG.get(item)!);
				if (known.length > 0 || items.length === 0) view.filters.types = new Set(known);
				break;
			}
			case 'stances': {
				const items = listOf(value);
				const isStance = (item: string): item is Stance => (STANCES as readonly string[]).includes(item);
				const unknown = items.filter((item) => !isStance(item));
				if (unknown.length > 0) drop(key, unknown.join(','), 'unknown stance');
				const known = items.filter(isStance);
				if (known.length > 0 || items.length === 0) view.filters.stances = new Set(known);
				break;
			}
			case 'by': {
				const items = listOf(value);
				// An actor's id first: an actor really called `article` is that actor, not an old link's article voice.
				const asserterOf = (item: string) =>
					entityIds.has(item) ? item : item === ARTICLE_VOICE || item === LEGACY_ARTICLE_VOICE ? ARTICLE_VOICE : null;
				const unknown = items.filter((item) => asserterOf(item) === null);
				if (unknown.length > 0) drop(key, unknown.join(','), 'no such actor in this dataset');
				const known = items.map(asserterOf).filter((item) => item !== null);
				if (known.length > 0 || items.length === 0) view.filters.asserters = new Set(known);
				break;
			}
			case 'from':
			case 'to':
				// Read together below.
				break;
			case 'undated':
				if (value === 'hide') view.filters.showUndated = false;
				else if (value !== 'show') drop(key, value, 'undated is show or hide');
				break;
			case 'focus':
				if (entityIds.has(value)) view.filters.focus = { entityId: value, depth: 1 };
				else drop(key, value, 'no such actor in this dataset');
				break;
			case 'depth':
				break;
			case 'articles':
			case 'publishers': {
				const scope = sourceScope(dataset);
				const items = key === 'articles' ? listOf(value) : listOf(value).map(unescapeListItem);
				const known = key === 'articles' ? scope.articles : scope.publishers;
				const unknown = items.filter((item) => !known.has(item));
				if (unknown.length > 0) drop(key, unknown.join(','), key === 'articles' ? 'no such article here' : 'no such publisher here');
				const kept = items.filter((item) => known.has(item));
				if (kept.length > 0 || items.length === 0) view.filters[key] = new Set(kept);
				break;
			}
			case 'support': {
				const match = /^([1-9]\d?)(?:-(articles|publishers))?$/.exec(value);
				if (!match) drop(key, value, 'support is a number of articles or publishers, like 2-publishers');
				else {
					view.filters.minSupport = Number(match[1]);
					view.filters.supportBy = (match[2] as 'articles' | 'publishers' | undefined) ?? 'articles';
				}
				break;
			}
			case 'contested':
				if (value === 'only') view.filters.contestedOnly = true;
				else drop(key, value, 'contested is only');
				break;
			case 'zoom':
			case 'mapzoom': {
				const zoom = parseZoom(value, key === 'zoom' ? { x: 20000, y: 20000 } : { x: 180, y: 90 });
				if (!zoom) drop(key, value, key === 'zoom' ? 'a zoom is scale,x,y within range' : 'a map zoom is scale,longitude,latitude');
				else if (key === 'zoom') view.graphZoom = zoom;
				else view.mapZoom = zoom;
				break;
			}
			default:
				// Parameters another tool added (tracking tags and the like) are not ours to judge.
				break;
		}
	}

	const depth = params.get('depth');
	if (depth !== null) {
		if (!view.filters.focus) drop('depth', depth, 'depth needs a focus actor');
		else if (depth === '1' || depth === '2') view.filters.focus.depth = Number(depth) as 1 | 2;
		else drop('depth', depth, 'depth is 1 or 2');
	}
	const from = params.get('from');
	const to = params.get('to');
	if (from !== null || to !== null) {
		const window: Partial<TimeWindow> = {};
		if (from !== null) {
			const month = parseMonth(from.trim(), 'from');
			if (month) window.from = month;
			else drop('from', from, 'a date is YYYY or YYYY-MM');
		}
		if (to !== null) {
			const month = parseMonth(to.trim(), 'to');
			if (month) window.to = month;
			else drop('to', to, 'a date is YYYY or YYYY-MM');
		}
		if (window.from || window.to) {
			const bounds = { from: window.from ?? '0000-01', to: window.to ?? '9999-12' };
			if (bounds.from > bounds.to) drop('from', `${bounds.from}&to=${bounds.to}`, 'the window ends before it starts');
			else view.filters.window = bounds;
		}
	}
	return { view, notices };
}
