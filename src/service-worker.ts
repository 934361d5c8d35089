/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Keeps Threadboard working in a room with no network. Installing caches what the page being
 * opened downloads anyway on a first visit, and nothing else: its route's list of
 * /offline-first.json (written by scripts/offline-first.mjs, also into this file; chosen in
 * $lib/storage/first-visit.ts), with the workspace's dataset from the address. Anything else
 * is cached when first used, and on the next visit (a page that opens already controlled asks
 * for it: "warm") the worker caches everything left: editor, importer, presenting, exports,
 * every dataset and the briefing template. A reload (with any view in the address) is served
 * from the cache offline.
 *
 * Caching rules (README: "Offline and caching"):
 * - Code, styles and fonts with hashed names (`/_app/immutable/…`): cache first.
 *   A file under a given name never changes; a new build brings new names.
 * - Everything else (pages, datasets under /datasets/, map files under /geo/, the
 *   briefing template): network first, revalidated with the server past the HTTP
 *   cache, and the cache only when the network fails. A data file changed on the
 *   server, or a new build's map, is used on the very next load; offline, the last
 *   copy seen is.
 */
import { build, files, prerendered, version } from '$service-worker';
import { filesForFirstVisit, FIRST_VISIT_GLOBAL, readFirstVisitLists } from '$lib/storage/first-visit';

const worker = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `threadboard-${version}`;
/**
 * Fetched only when the map is zoomed in; cached then, not up front. The topology the map's
 * drawing and outline files are made from is never fetched by the app (the one-file briefing
 * carries its own copy).
 */
const ON_DEMAND = new Set(['/geo/region-detail.topo.json', '/geo/region.topo.json']);
// Prerendered data files are also static files: each URL once, or addAll refuses the lot.
const EVERYTHING = new Set([...build, ...files.filter((file) => !ON_DEMAND.has(file)), ...prerendered]);
/**
 * What installing caches, per page: the lists of /offline-first.json, written into this very
 * file by scripts/offline-first.mjs after the build, so installing asks for nothing but the
 * files it caches. Absent in dev, where the pages alone are cached.
 */
const FIRST_VISIT_LISTS = readFirstVisitLists((self as unknown as { [FIRST_VISIT_GLOBAL]?: unknown })[FIRST_VISIT_GLOBAL]);
/** Made after the build by scripts/copy-briefing-template.mjs, so not in the lists above; absent in dev. */
const BRIEFING_TEMPLATE = '/briefing-template.html';
/** Files whose names carry a hash of their content: safe to answer from the cache without asking. */
const IMMUTABLE = new Set(build.filter((file) => file.includes('/_app/immutable/')));

/**
 * `cache: 'no-cache'` makes the browser check with the server even when its HTTP cache
 * holds a copy it thinks is fresh (a host may send max-age on every file): otherwise a
 * new build's worker could store, and then serve, the old build's data files.
 */
const revalidated = (request: Request | string) => new Request(request, { cache: 'no-cache' });
/** Hashed files may come from the HTTP cache; anything else is checked with the server. */
const requestFor = (file: string) => (IMMUTABLE.has(file) ? new Request(file) : revalidated(file));

/**
 * The addresses of the pages open now. An installing worker controls none of them, but
 * `includeUncontrolled` lists every same-origin window (Service Workers, Clients.matchAll):
 * on a first visit, the page that registered the worker.
 */
async function openPages(): Promise<string[]> {
	const windows = await worker.clients.matchAll({ type: 'window', includeUncontrolled: true });
	return windows.map((client) => client.url);
}

worker.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			.then(async (cache) => {
				const lists = FIRST_VISIT_LISTS;
				const wanted = lists ? filesForFirstVisit(lists, await openPages(), (file) => EVERYTHING.has(file)) : prerendered;
				await cache.addAll(wanted.map(requestFor));
			})
			.then(() => worker.skipWaiting())
	);
});

worker.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
			.then(() => worker.clients.claim())
	);
});

/** The network's answer, kept for offline use; the cached copy (or `fallback`) only when the network fails. */
async function networkFirst(request: Request, fallback: () => Promise<Response | undefined>): Promise<Response> {
	const cache = await caches.open(CACHE);
	try {
		const response = await fetch(request);
		if (response.ok) await cache.put(request, response.clone());
		return response;
	} catch (error) {
		const cached = (await cache.match(request)) ?? (await fallback());
		if (cached) return cached;
		throw error;
	}
}

/** A hashed file never changes: the cached copy, or the network's, kept for next time. */
async function cacheFirst(request: Request): Promise<Response> {
	const cached = await caches.match(request);
	if (cached) return cached;
	const response = await fetch(request);
	if (response.ok) {
		const copy = response.clone();
		void caches.open(CACHE).then((cache) => cache.put(request, copy));
	}
	return response;
}

/** Kept in this build's cache once everything is in it, so later visits do not check each file again. */
const WARMED = '/__threadboard-warmed';

/** Everything not yet cached, one file at a time so the page's own requests go first. */
async function warm(): Promise<void> {
	const cache = await caches.open(CACHE);
	if (await cache.match(WARMED)) return;
	for (const file of [...EVERYTHING, BRIEFING_TEMPLATE]) {
		if (await cache.match(file)) continue;
		try {
			const response = await fetch(requestFor(file));
			if (response.ok) await cache.put(file, response);
		} catch {
			return; // Offline or the server went away: the next visit tries again.
		}
	}
	await cache.put(WARMED, new Response(''));
}

let warming: Promise<void> | null = null;
worker.addEventListener('message', (event) => {
	if ((event.data as { type?: unknown } | null)?.type !== 'warm') return;
	warming ??= warm().finally(() => (warming = null));
	event.waitUntil(warming);
});

worker.addEventListener('fetch', (event) => {
	const { request } = event;
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== location.origin) return;
	if (request.mode === 'navigate') {
		// Any view of the page (`/?actor=…`) is the same prerendered page. A navigation request
		// cannot be copied with new options; a reload already asks the server anyway.
		event.respondWith(networkFirst(request, () => caches.match(url.pathname, { ignoreSearch: true })));
	} else if (IMMUTABLE.has(url.pathname)) {
		event.respondWith(cacheFirst(request));
	} else {
		// Data (datasets, map), and any other file whose name stays the same from build to build.
		event.respondWith(networkFirst(revalidated(request), async () => undefined));
	}
});
