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
const MAP = '/geo/region.topo.json';

let site: StaticSite;
test.beforeEach(async () => {
	site = await serveBuildCopy();
});
test.afterEach(async () => {
	await site.close();
});

/** Opens the workspace and waits until the service worker controls the page (it has cached the app by then). */
async function openControlled(page: Page): Promise<void> {
	await page.goto(`${site.origin}${seedView()}`);
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

/** North Waziristan's outline comes from the map file; its marker from the dataset. */
const districtOutline = (page: Page) => page.locator('.workspace [data-area-place-id="north-waziristan"]');
const districtMarker = (page: Page) => page.locator('.workspace [data-place-id="north-waziristan"]');

/** A new map file: the same, without the North Waziristan district. */
function mapWithoutNorthWaziristan(): string {
	const topology = JSON.parse(site.read(MAP)) as { objects: { districts: { geometries: { id?: string }[] } } };
	const districts = topology.objects.districts;
	const before = districts.geometries.length;
	districts.geometries = districts.geometries.filter((geometry) => geometry.id !== 'north-waziristan');
	expect(districts.geometries).toHaveLength(before - 1);
	return JSON.stringify(topology);
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

test('a first visit caches what it downloaded, not the whole app; the next visit caches the rest, and then the importer works offline', async ({ page, context }) => {
	const errors = collectConsoleErrors(page);
	const firstVisitList = JSON.parse(site.read('/offline-first.json')) as string[];
	await openControlled(page);
	const hashed = (paths: string[]) => paths.filter((path) => path.startsWith('/_app/immutable/'));
	const afterFirst = await cachedPaths(page);
	// Installing cached the listed files (the library's and workspace's code, the map, the first dataset), nothing of the editor or importer.
	expect(hashed(afterFirst).length).toBeGreaterThan(10);
	for (const path of hashed(afterFirst)) expect(firstVisitList, path).toContain(path);
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
