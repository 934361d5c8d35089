/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Keeps Threadboard working in a room with no network: once the app has been
 * opened, its code, fonts, datasets, map and briefing template are cached, and a
 * reload (with any view in the address) is served from the cache when offline.
 * Pages go to the network first, so a new build is picked up whenever there is one.
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

worker.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			.then(async (cache) => {
				await cache.addAll(PRECACHE);
				await cache.add(BRIEFING_TEMPLATE).catch(() => {
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

worker.addEventListener('fetch', (event) => {
	const { request } = event;
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== location.origin) return;
	if (request.mode === 'navigate') {
		// Any view of the page (`/?actor=…`) is the same prerendered page.
		event.respondWith(networkFirst(request, () => caches.match(url.pathname, { ignoreSearch: true })));
	} else if (PRECACHE.includes(url.pathname)) {
		event.respondWith(caches.match(url.pathname).then((cached) => cached ?? fetch(request)));
	} else {
		event.respondWith(networkFirst(request, async () => undefined));
	}
});
