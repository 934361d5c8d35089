/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Keeps Threadboard working in a room with no network: once the app has been
 * opened, its code, fonts, datasets, map and briefing template are cached, and a
 * reload (with any view in the address) is served from the cache when offline.
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

const worker = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `threadboard-${version}`;
/** Fetched only when the map is zoomed in; cached then, not up front. */
const ON_DEMAND = new Set(['/geo/region-detail.topo.json']);
// Prerendered data files are also static files: each URL once, or addAll refuses the lot.
const PRECACHE = [...new Set([...build, ...files.filter((file) => !ON_DEMAND.has(file)), ...prerendered])];
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

worker.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			.then(async (cache) => {
				await cache.addAll(PRECACHE.map((file) => (IMMUTABLE.has(file) ? file : revalidated(file))));
				await cache.add(revalidated(BRIEFING_TEMPLATE)).catch(() => {
					// Without it, exporting a briefing needs the network; everything else still works offline.
				});
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

async function cacheFirst(request: Request): Promise<Response> {
	return (await caches.match(request)) ?? fetch(request);
}

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
