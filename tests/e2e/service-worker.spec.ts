/**
 * The service worker's caching rules (src/service-worker.ts), against a copy of the
 * build served from a temporary folder (static-site.ts): data files changed on the
 * server are used after one reload, code with hashed names comes from the cache, and
 * offline the newest copy seen is used. Requests the worker answers never reach
 * page.route(), so files are changed on disk instead, as a deploy would.
 */
import { test, expect, type Page } from '@playwright/test';
import { collectConsoleErrors, SEED_ID, seedView } from './helpers';
import { serveBuildCopy, type StaticSite } from './static-site';

// This spec is about the service worker, which the config otherwise blocks.
test.use({ serviceWorkers: 'allow' });

const DATASET = `/datasets/${SEED_ID}/dataset.json`;
/** The map's drawing: what the workspace draws the map from (area-outlines.ts). */
const MAP = '/geo/drawing.json';

let site: StaticSite;
test.beforeEach(async () => {
	site = await serveBuildCopy();
});
test.afterEach(async () => {
	await site.close();
});

/** Opens a page (the seed's workspace unless told) and waits until the service worker controls it (it has cached what it installs by then). */
async function openControlled(page: Page, path = seedView()): Promise<void> {
	await page.goto(`${site.origin}${path}`);
	await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller)
			await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
	});
}

async function reload(page: Page): Promise<void> {
	await page.reload();
	await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
}

/** North Waziristan's outline is drawn when the map's drawing names it; its marker comes from the dataset. */
const districtOutline = (page: Page) => page.locator('.workspace [data-area-place-id="north-waziristan"]');
const districtMarker = (page: Page) => page.locator('.workspace [data-place-id="north-waziristan"]');

/** A new map drawing: the same, without the North Waziristan district. */
function mapWithoutNorthWaziristan(): string {
	const drawing = JSON.parse(site.read(MAP)) as { names: { districts: Record<string, string> } };
	expect(drawing.names.districts['north-waziristan']).toBe('North Waziristan');
	delete drawing.names.districts['north-waziristan'];
	return JSON.stringify(drawing);
}

/** The workspace reads the dataset at run time (through the service worker) and shows its article's title. */
const articleTitle = (page: Page) => page.getByRole('heading', { level: 1 });

test('data files changed on the server are used after one reload, and offline the newest copy is', async ({ page, context }) => {
	const errors = collectConsoleErrors(page);
	await openControlled(page);
	await expect(districtOutline(page)).toHaveCount(1);
	await expect(articleTitle(page)).toHaveText(/^Haqqani Network Hand In Glove/);

	const dataset = JSON.parse(site.read(DATASET)) as { article: { title: string } };
	dataset.article.title = 'A corrected title';
	site.write(DATASET, JSON.stringify(dataset));
	site.write(MAP, mapWithoutNorthWaziristan());
	await reload(page);
	await expect(districtMarker(page)).toBeVisible();
	await expect(districtOutline(page)).toHaveCount(0);
	await expect(articleTitle(page)).toHaveText('A corrected title');

	// The network's answers went into the cache: offline, the page gets them, not the install-time copies.
	await context.setOffline(true);
	await reload(page);
	await expect(districtMarker(page)).toBeVisible();
	await expect(districtOutline(page)).toHaveCount(0);
	await expect(articleTitle(page)).toHaveText('A corrected title');
	await context.setOffline(false);
	expect(errors).toEqual([]);
});

test('the first reload after a new build uses the new build’s map, and the new worker keeps it for offline use', async ({ page, context }) => {
	const errors = collectConsoleErrors(page);
	await openControlled(page);
	await expect(districtOutline(page)).toHaveCount(1);

	// A new build: a new map, and a worker with a new version (SvelteKit's, one per build), so a new cache.
	const { version } = JSON.parse(site.read('/_app/version.json')) as { version: string };
	const next = `${version}1`;
	site.write(MAP, mapWithoutNorthWaziristan());
	site.write('/service-worker.js', site.read('/service-worker.js').replaceAll(version, next));
	site.write('/_app/version.json', JSON.stringify({ version: next }));
	await reload(page);
	// Still answered by the old worker, whose rules send data to the network first.
	await expect(districtOutline(page)).toHaveCount(0);

	// The new worker installs beside it, takes over (dropping the old cache) and has cached the new map.
	await expect.poll(() => page.evaluate(() => caches.keys())).toEqual([`threadboard-${next}`]);
	await context.setOffline(true);
	await reload(page);
	await expect(districtMarker(page)).toBeVisible();
	await expect(districtOutline(page)).toHaveCount(0);
	await context.setOffline(false);
	expect(errors).toEqual([]);
});

test('code with hashed names comes from the cache; pages and data files are asked of the server', async ({ page }) => {
	await openControlled(page);
	// Seen from the page: the worker's own requests (caching the rest of the app on this later visit) are not the page's.
	const fromNetwork: string[] = [];
	page.on('response', (response) => {
		const url = new URL(response.url());
		if (url.pathname.startsWith('/_app/immutable/') && !response.fromServiceWorker()) fromNetwork.push(url.pathname);
	});
	site.requests.length = 0;
	await reload(page);
	await expect(districtOutline(page)).toHaveCount(1);
	expect(fromNetwork).toEqual([]);
	expect(site.requests).toEqual(expect.arrayContaining(['/view/', DATASET, MAP]));
});

/** Every URL path in the worker's cache. */
const cachedPaths = (page: Page) =>
	page.evaluate(async () => {
		const names = await caches.keys();
		const requests = (await Promise.all(names.map(async (name) => (await caches.open(name)).keys()))).flat();
		return requests.map((request) => new URL(request.url).pathname);
	});

/** /offline-first.json, as scripts/offline-first.mjs writes it. */
const firstVisitLists = () => JSON.parse(site.read('/offline-first.json')) as { routes: Record<string, string[]>; corpus: string[]; datasetExtras: Record<string, string[]> };
const hashed = (paths: string[]) => paths.filter((path) => path.startsWith('/_app/immutable/'));

/** The paths of the files the page itself downloaded (not the worker, and not answered by it). */
function downloadedByPage(page: Page): string[] {
	const paths: string[] = [];
	page.on('response', (response) => {
		const url = new URL(response.url());
		if (url.origin === site.origin && !response.fromServiceWorker()) paths.push(url.pathname);
	});
	return paths;
}

/** The paths the service worker asked the server for (its own script, which the browser fetches, aside). */
function requestedByWorker(page: Page): string[] {
	const paths: string[] = [];
	page.context().on('request', (request) => {
		const path = new URL(request.url()).pathname;
		if (request.serviceWorker() && path !== '/service-worker.js') paths.push(path);
	});
	return paths;
}

test('a first visit to the workspace caches the workspace’s list and its dataset, nothing of the library’s page or code; the next visit caches the rest, and then the importer works offline', async ({ page, context }) => {
	const errors = collectConsoleErrors(page);
	const { routes, datasetExtras } = firstVisitLists();
	const downloaded = downloadedByPage(page);
	const workerAsked = requestedByWorker(page);
	await openControlled(page);
	const afterFirst = await cachedPaths(page);
	// Installing asks for what it caches and nothing else: the lists are in the worker's own script.
	expect(workerAsked.length).toBeGreaterThan(0);
	for (const path of workerAsked) expect(afterFirst, path).toContain(path);
	expect(workerAsked).not.toContain('/offline-first.json');
	const seedFiles = ['dataset.json', 'article.txt', 'layout.json'].map((name) => `/datasets/${SEED_ID}/${name}`);
	// With the outline files of the areas the seed's places name, which its map fetches.
	expect(datasetExtras[SEED_ID]).toEqual(['/geo/areas/provinces/AFG-1767.json', '/geo/areas/districts/north-waziristan.json']);
	expect(new Set(afterFirst)).toEqual(new Set([...routes['/view']!, ...seedFiles, ...datasetExtras[SEED_ID]!]));
	// The library's own code (its page node and the chunks only it imports) and its page: not downloaded, not cached.
	const libraryOnly = routes['/']!.filter((path) => !routes['/view']!.includes(path) && !path.startsWith('/datasets/'));
	expect(hashed(libraryOnly).length).toBeGreaterThan(0);
	for (const path of libraryOnly) expect(afterFirst, path).not.toContain(path);
	// The list is what the page downloaded: each code, style or font file it fetched is cached, and no other.
	expect(new Set(hashed(afterFirst))).toEqual(new Set(hashed(downloaded)));
	expect(afterFirst).not.toContain('/briefing-template.html');
	const builtFiles = site.list('/_app/immutable/').filter((path) => !path.includes('/workers/'));
	const bytes = (paths: string[]) => paths.reduce((sum, path) => sum + Buffer.byteLength(site.read(path), 'latin1'), 0);
	expect(bytes(hashed(afterFirst))).toBeLessThan(bytes(builtFiles) / 2);

	// The next visit: once idle, the page asks the worker for everything else.
	await reload(page);
	await expect
		.poll(async () => (await cachedPaths(page)).includes('/briefing-template.html'), { timeout: 30_000 })
		.toBe(true);
	const afterSecond = await cachedPaths(page);
	for (const path of builtFiles) expect(afterSecond, path).toContain(path);

	await context.setOffline(true);
	await page.goto(`${site.origin}/import/`);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.getByRole('textbox').first()).toBeVisible();
	await context.setOffline(false);
	expect(errors).toEqual([]);
});

test('the worker is registered only once the workspace has drawn its graph and map, so installing does not compete with the first view', async ({ page }) => {
	const errors = collectConsoleErrors(page);
	// What the page shows at the moment it registers the worker.
	await page.addInitScript(() => {
		const register = ServiceWorkerContainer.prototype.register;
		ServiceWorkerContainer.prototype.register = function (...args: Parameters<typeof register>) {
			(window as unknown as { __atRegistration: unknown }).__atRegistration = {
				ready: document.documentElement.dataset.ready === 'true',
				actors: document.querySelectorAll('.workspace [data-node-id]').length,
				map: document.querySelector('.workspace .place-map')?.getAttribute('data-map-status') ?? null
			};
			return register.apply(this, args);
		};
	});
	await openControlled(page);
	const atRegistration = await page.evaluate(() => (window as unknown as { __atRegistration: unknown }).__atRegistration);
	expect(atRegistration).toEqual({ ready: true, actors: expect.any(Number), map: 'ready' });
	expect((atRegistration as { actors: number }).actors).toBeGreaterThan(0);
	expect(errors).toEqual([]);
});

test('a first visit to the library caches the library’s list (every built-in dataset’s text), not the workspace’s page, code or map', async ({ page }) => {
	const errors = collectConsoleErrors(page);
	const { routes } = firstVisitLists();
	const downloaded = downloadedByPage(page);
	await openControlled(page, '/');
	const afterFirst = await cachedPaths(page);
	expect(new Set(afterFirst)).toEqual(new Set(routes['/']));
	expect(new Set(hashed(afterFirst))).toEqual(new Set(hashed(downloaded)));
	expect(afterFirst).toContain(`/datasets/${SEED_ID}/article.txt`);
	expect(afterFirst).not.toContain('/view/');
	expect(afterFirst).not.toContain(MAP);
	expect(afterFirst).not.toContain(`/datasets/${SEED_ID}/layout.json`);
	// The workspace's own code (its page node and the chunks only it imports): not cached.
	const workspaceOnly = hashed(routes['/view']!).filter((path) => !routes['/']!.includes(path));
	expect(workspaceOnly.length).toBeGreaterThan(0);
	for (const path of workspaceOnly) expect(afterFirst, path).not.toContain(path);
	expect(errors).toEqual([]);
});
