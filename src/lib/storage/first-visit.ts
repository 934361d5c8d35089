/**
 * What the service worker caches when it installs: what the page being opened downloads
 * anyway, and nothing else (README: "Offline and caching"). The lists per page come from
 * /offline-first.json, written at build time by scripts/offline-first.mjs (whose header
 * describes them); this module picks the ones for the pages open when the worker installs.
 */

/**
 * /offline-first.json: URL paths per route (`/`, `/view`, `/edit`, `/import`), what a corpus adds
 * to `/view`, what a dataset of the browser's own adds (the storage code it is read with), and
 * what each built-in dataset's workspace fetches besides its files (its areas' outline files).
 */
export interface FirstVisitLists {
	routes: Record<string, string[]>;
	corpus: string[];
	ownStorage: string[];
	datasetExtras: Record<string, string[]>;
}

/** The global the build's service-worker.js starts by setting to the lists (scripts/offline-first.mjs). */
export const FIRST_VISIT_GLOBAL = '__threadboardFirstVisit';

/** The files a workspace reads for a built-in dataset (dataset/load.ts, graph/layout-sources.ts). */
export const DATASET_FILES = ['dataset.json', 'article.txt', 'layout.json'] as const;

/** Where a first visit usually lands: their lists make the union cached when no open page is seen. */
const LANDING_ROUTES = ['/', '/view'];

const isPathList = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

/** The lists, or null when the file is not what the build writes (absent in dev, or from another version). */
export function readFirstVisitLists(json: unknown): FirstVisitLists | null {
	if (typeof json !== 'object' || json === null) return null;
	const { routes, corpus, ownStorage = [], datasetExtras = {} } = json as Record<string, unknown>;
	if (typeof routes !== 'object' || routes === null || !isPathList(corpus) || !isPathList(ownStorage)) return null;
	if (typeof datasetExtras !== 'object' || datasetExtras === null || !Object.values(datasetExtras).every(isPathList)) return null;
	if (!Object.values(routes).every(isPathList)) return null;
	return { routes: routes as Record<string, string[]>, corpus, ownStorage, datasetExtras: datasetExtras as Record<string, string[]> };
}

/** The route of a page's address: `/view/?dataset=x` → `/view`; null for a page the lists do not know. */
export function routeOf(lists: FirstVisitLists, url: URL): string | null {
	const route = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : '/';
	return Object.hasOwn(lists.routes, route) ? route : null;
}

/** The library's and the workspace's lists together: for an install that sees no open page. */
export function unionOfLandingPages(lists: FirstVisitLists): string[] {
	return [...new Set(LANDING_ROUTES.flatMap((route) => lists.routes[route] ?? []))];
}

/** What a first view of one address downloads: its route's list, and for the workspace the dataset or corpus it opens. */
function filesForPage(lists: FirstVisitLists, url: URL, inBuild: (file: string) => boolean): string[] {
	const route = routeOf(lists, url);
	const files = route === null ? undefined : lists.routes[route];
	if (files === undefined) return unionOfLandingPages(lists);
	if (route !== '/view') return files;
	// As the workspace reads its address: a dataset first, else a corpus.
	const dataset = url.searchParams.get('dataset');
	if (dataset !== null) {
		const builtIn = DATASET_FILES.map((name) => `/datasets/${encodeURIComponent(dataset)}/${name}`);
		// Not built in: one of this browser's own, read with the storage code.
		const extras = Object.hasOwn(lists.datasetExtras, dataset) ? lists.datasetExtras[dataset]! : [];
		return inBuild(builtIn[0]!) ? [...files, ...builtIn, ...extras] : [...files, ...lists.ownStorage];
	}
	if (url.searchParams.has('corpus')) return [...files, ...lists.corpus];
	return files;
}

/**
 * The files to cache for the pages open while the worker installs (their addresses), or
 * the union when none is seen. Only files of this build (`inBuild`): a dataset named in
 * an address but not built in (one of the visitor's own, or a typo) adds nothing.
 */
export function filesForFirstVisit(lists: FirstVisitLists, pageUrls: readonly string[], inBuild: (file: string) => boolean): string[] {
	const wanted = pageUrls.length === 0 ? unionOfLandingPages(lists) : pageUrls.flatMap((url) => filesForPage(lists, new URL(url), inBuild));
	return [...new Set(wanted)].filter(inBuild);
}
