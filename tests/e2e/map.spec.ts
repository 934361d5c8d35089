import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { collectConsoleErrors, openApp, SEED_ID } from './helpers';

const evidence = (page: Page) => page.getByRole('region', { name: 'Evidence' });
const marker = (page: Page, id: string) => page.locator(`[data-place-id="${id}"]`);

test('selecting North Waziristan on the map shows the safe-haven quote and highlights the Haqqani Network', async ({ page }) => {
	const errors = collectConsoleErrors(page);
	await openApp(page);
	await marker(page, 'north-waziristan').click();
	await expect(evidence(page).getByRole('heading', { level: 2 })).toHaveText('North Waziristan');
	await expect(evidence(page).locator('blockquote', { hasText: 'maintains a safe haven in North Waziristan' })).toBeVisible();
	await expect(page.locator('[data-node-id="haqqani-network"]')).not.toHaveClass(/dimmed/);
	await expect(page.locator('[data-node-id="the-telegraph"]')).toHaveClass(/dimmed/);
	await expect(marker(page, 'north-waziristan')).toHaveAttribute('aria-pressed', 'true');
	expect(errors).toEqual([]);
});

test('selecting the Haqqani Network highlights North Waziristan and Kabul on the map', async ({ page }) => {
	await openApp(page);
	await page.locator('[data-node-id="haqqani-network"]').click();
	await expect(marker(page, 'north-waziristan')).toHaveAttribute('data-tone', 'emphasized');
	await expect(marker(page, 'kabul')).toHaveAttribute('data-tone', 'emphasized');
	await expect(marker(page, 'doha')).not.toHaveAttribute('data-tone', 'emphasized');
});

test('Kabul’s evidence includes the 2008 embassy attack and the attack on the Sikh place of worship', async ({ page }) => {
	await openApp(page);
	await marker(page, 'kabul').click();
	const panel = evidence(page);
	await expect(panel.locator('blockquote', { hasText: 'Indian embassy in Kabul in 2008' }).first()).toBeVisible();
	await expect(panel.locator('blockquote', { hasText: 'Sikh place of worship in Kabul' }).first()).toBeVisible();
});

test('the map is usable from the keyboard alone', async ({ page }) => {
	await openApp(page);
	await marker(page, 'doha').focus();
	for (let step = 0; step < 10; step++) {
		if ((await page.evaluate(() => document.activeElement?.getAttribute('data-place-id'))) === 'north-waziristan') break;
		await page.keyboard.press('ArrowRight');
	}
	await expect(page.locator(':focus')).toHaveAttribute('aria-label', /^North Waziristan/);
	await page.keyboard.press('Enter');
	await expect(evidence(page).getByRole('heading', { level: 2 })).toHaveText('North Waziristan');
	// The zoom controls are plain buttons.
	await page.getByRole('button', { name: 'Zoom to Kabul' }).click();
	await expect(marker(page, 'kabul')).toBeVisible();
});

test('Doha, outside the frame, is reachable at the map’s edge and in the list', async ({ page }) => {
	await openApp(page);
	await expect(marker(page, 'doha')).toHaveAttribute('aria-label', /^Doha/);
	await expect(page.locator('[data-list-place-id="doha"]')).toContainText('outside the map');
	await page.locator('[data-list-place-id="doha"]').click();
	await expect(evidence(page).locator('blockquote', { hasText: 'the Doha deal' }).first()).toBeVisible();
});

test('a map that fails to load says so, and the graph and evidence keep working', async ({ page }) => {
	await page.route('**/geo/drawing.json', (route) => route.fulfill({ status: 404, body: 'gone' }));
	await openApp(page);
	await expect(page.getByText(/The map could not be loaded/)).toBeVisible();
	await page.locator('[data-node-id="haqqani-network"]').click();
	await expect(evidence(page).getByRole('heading', { level: 2 })).toHaveText('Haqqani Network');
	await page.locator('[data-list-place-id="kabul"]').click();
	await expect(evidence(page).getByRole('heading', { level: 2 })).toHaveText('Kabul');
});

test('a place without coordinates still appears in the list with a note, and in the evidence panel', async ({ page }) => {
	// Serve the dataset with Doha's coordinates removed.
	await page.route(`**/datasets/${SEED_ID}/dataset.json`, async (route) => {
		const response = await route.fetch();
		const json = JSON.parse(await response.text());
		json.places.find((place: { id: string }) => place.id === 'doha').coordinates = null;
		await route.fulfill({ response, body: JSON.stringify(json) });
	});
	const errors = collectConsoleErrors(page);
	await openApp(page);
	await expect(page.locator('[data-list-place-id="doha"]')).toContainText('no coordinates');
	await expect(marker(page, 'doha')).toHaveCount(0);
	await page.locator('[data-list-place-id="doha"]').click();
	await expect(evidence(page).getByRole('heading', { level: 2 })).toHaveText('Doha');
	await expect(evidence(page)).toContainText('no coordinates');
	expect(errors).toEqual([]);
});

test('the map with a selected place has no WCAG 2.1 AA violations', async ({ page }) => {
	await openApp(page);
	await marker(page, 'kabul').click();
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
});

test('the map’s zoom is kept in the link and restored in a fresh page', async ({ page, browser }) => {
	await openApp(page);
	await page.getByRole('button', { name: 'Zoom to North Waziristan' }).click();
	await expect(page).toHaveURL(/mapzoom=\d+(\.\d+)?,70\.\d+,3[23]\.\d+/);
	const position = async (p: typeof page) => (await p.locator('[data-place-id="north-waziristan"]').boundingBox())!;
	const before = await position(page);
	const fresh = await browser.newPage();
	await openApp(fresh, page.url().replace(/^https?:\/\/[^/]+/, ''));
	await expect(fresh.locator('[data-place-id="north-waziristan"]')).toBeVisible();
	const after = await position(fresh);
	expect(Math.abs(after.x - before.x)).toBeLessThan(2);
	expect(Math.abs(after.y - before.y)).toBeLessThan(2);
	await fresh.close();
});

test('the map is drawn from its drawing and the outlines its places name, never the whole topology', async ({ page }) => {
	const geo: string[] = [];
	page.on('request', (request) => {
		const path = new URL(request.url()).pathname;
		if (path.startsWith('/geo/')) geo.push(path);
	});
	await openApp(page);
	await expect(page.locator('.workspace [data-area-place-id="north-waziristan"]')).toHaveCount(1);
	await expect(page.locator('.workspace [data-area-place-id="kabul"]')).toHaveCount(1);
	expect(geo.sort()).toEqual(['/geo/areas/districts/north-waziristan.json', '/geo/areas/provinces/AFG-1767.json', '/geo/drawing.json']);
});

test('a place naming another province gets its outline; one whose outline fails keeps its marker, and the map works', async ({ page }) => {
	await page.route(`**/datasets/${SEED_ID}/dataset.json`, async (route) => {
		const response = await route.fetch();
		const json = JSON.parse(await response.text());
		// The Indian embassy in Kabul, outlined as Khost province instead: any province the map has.
		json.places.find((place: { id: string }) => place.id === 'indian-embassy-kabul').boundary = { layer: 'provinces', featureId: 'AFG-1758' };
		await route.fulfill({ response, body: JSON.stringify(json) });
	});
	await page.route('**/geo/areas/districts/north-waziristan.json', (route) => route.fulfill({ status: 404, body: 'gone' }));
	await openApp(page);
	await expect(page.locator('.workspace [data-area-place-id="indian-embassy-kabul"]')).toHaveCount(1);
	await expect(page.getByRole('button', { name: 'Zoom to Indian embassy, Kabul' })).toHaveAttribute('title', 'Zoom to Khost province');
	await expect(page.locator('.workspace [data-area-place-id="north-waziristan"]')).toHaveCount(0);
	await expect(page.locator('[data-map-status="ready"]').first()).toBeVisible();
	await marker(page, 'north-waziristan').click();
	await expect(evidence(page).getByRole('heading', { level: 2 })).toHaveText('North Waziristan');
});

test('a long place list scrolls below the map and never lies under it: every listed place can be clicked where it shows', async ({ page }) => {
	// The built-in dataset with the most places: the longest list the workspace shows.
	const index = (await (await page.request.get('/datasets/index.json')).json()) as { datasets: { slug: string }[] };
	const placeCounts = await Promise.all(
		index.datasets.map(async ({ slug }) => ({ slug, places: ((await (await page.request.get(`/datasets/${slug}/dataset.json`)).json()) as { places: unknown[] }).places.length }))
	);
	const busiest = placeCounts.sort((a, b) => b.places - a.places)[0]!;
	expect(busiest.places).toBeGreaterThan(10);
	await page.setViewportSize({ width: 1366, height: 800 });
	await openApp(page, `/view/?dataset=${busiest.slug}`);
	await expect(page.locator('.place-map[data-map-status="ready"] svg')).toBeVisible();
	const map = (await page.locator('.place-map').boundingBox())!;
	const list = page.locator('.place-list');
	expect(map.y + map.height).toBeLessThanOrEqual((await list.boundingBox())!.y + 0.5);
	expect(map.height).toBeGreaterThanOrEqual(240);
	const buttons = list.locator('[data-list-place-id]');
	await expect(buttons).toHaveCount(busiest.places);
	for (const button of await buttons.all()) {
		await button.scrollIntoViewIfNeeded();
		const id = await button.getAttribute('data-list-place-id');
		const box = (await button.boundingBox())!;
		const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('[data-list-place-id]')?.getAttribute('data-list-place-id') ?? null, { x: box.x + box.width / 2, y: box.y + box.height / 2 });
		expect(hit, `the list's ${id} is covered`).toBe(id);
	}
});

test('more areas than fit beside the zoom buttons are offered in one list, which zooms to the chosen area', async ({ page }) => {
	await page.route(`**/datasets/${SEED_ID}/dataset.json`, async (route) => {
		const response = await route.fetch();
		const json = JSON.parse(await response.text());
		// Two more places outlined by provinces the map has: four areas to zoom to.
		json.places.find((place: { id: string }) => place.id === 'indian-embassy-kabul').boundary = { layer: 'provinces', featureId: 'AFG-1758' };
		json.places.find((place: { id: string }) => place.id === 'sikh-place-of-worship-kabul').boundary = { layer: 'provinces', featureId: 'AFG-1760' };
		await route.fulfill({ response, body: JSON.stringify(json) });
	});
	await openApp(page);
	const toolbar = page.getByRole('toolbar', { name: 'Map view' });
	const list = toolbar.getByRole('combobox', { name: 'Zoom to an area' });
	await expect(list).toBeVisible();
	await expect(toolbar.getByRole('button', { name: 'Zoom to Kabul' })).toHaveCount(0);
	await expect(list.locator('option')).toHaveText(['Zoom to…', 'Kabul', 'Indian embassy, Kabul', 'Sikh place of worship, Kabul', 'North Waziristan']);
	// One row: the list does not wrap over the map.
	expect((await toolbar.boundingBox())!.height).toBeLessThan(48);
	await list.selectOption({ label: 'North Waziristan' });
	await expect(page).toHaveURL(/mapzoom=\d+(\.\d+)?,70\.\d+,3[23]\.\d+/);
	await expect(list).toHaveValue('');
	// From the keyboard too.
	await list.focus();
	await page.keyboard.press('ArrowDown');
	await expect(page).toHaveURL(/mapzoom=\d+(\.\d+)?,69\.\d+,34\.\d+/);
});
