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
	site.requests.length = 0;
	await reload(page);
	await expect(districtOutline(page)).toHaveCount(1);
	expect(site.requests.filter((request) => request.startsWith('/_app/immutable/'))).toEqual([]);
	expect(site.requests).toEqual(expect.arrayContaining(['/view/', DATASET, MAP]));
});
