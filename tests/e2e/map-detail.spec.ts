/**
 * The finer provinces and districts (region-detail.topo.json): not asked for
 * until the map is zoomed in, asked for once, drawn only while zoomed in, and a
 * failed load leaves the simplified map working without an error.
 */
import { test, expect, type Page, type Request } from '@playwright/test';
import { openApp } from './helpers';

const DETAIL = 'region-detail.topo.json';
const mapSvg = (page: Page) => page.locator('.place-map svg[data-detail]');
const marker = (page: Page, id: string) => page.locator(`[data-place-id="${id}"]`);
const placeMap = (page: Page) => page.locator('.place-map');
/** The map's own toolbar (the graph has "Zoom in" and "Fit" buttons too). */
const mapButton = (page: Page, name: string) => page.getByRole('toolbar', { name: 'Map view' }).getByRole('button', { name, exact: true });

/** Every request for the detail file made by the page. */
function detailRequests(page: Page): Request[] {
	const requests: Request[] = [];
	page.on('request', (request) => {
		if (new URL(request.url()).pathname.endsWith(`/geo/${DETAIL}`)) requests.push(request);
	});
	return requests;
}

/**
 * Console errors and uncaught exceptions, except Chromium's own network log line
 * for the detail file ("Failed to load resource: … 404"), which the browser writes
 * for any failed fetch whatever the page does; the app itself must log no error.
 */
function appErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() !== 'error') return;
		if (message.text().startsWith('Failed to load resource') && message.location().url.includes(DETAIL)) return;
		errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	return errors;
}

test('the detailed boundaries are fetched once, only after zooming in, and drawn only while zoomed in', async ({ page }) => {
	const requests = detailRequests(page);
	const errors = appErrors(page);
	await openApp(page);
	await expect(page.locator('[data-map-status="ready"]')).toBeVisible();
	await expect(mapSvg(page)).toHaveAttribute('data-detail', 'off');
	await page.waitForLoadState('networkidle');
	await expect(placeMap(page)).toHaveAttribute('data-detail-status', 'idle');
	expect(requests).toHaveLength(0);

	// Zooming in one step (×1.5) stays below the detail scale: still nothing asked for.
	await mapButton(page, 'Zoom in').click();
	await expect(page).toHaveURL(/mapzoom=1\.5,/);
	await expect(placeMap(page)).toHaveAttribute('data-detail-status', 'idle');
	expect(requests).toHaveLength(0);

	await mapButton(page, 'Zoom to North Waziristan').click();
	await expect(mapSvg(page)).toHaveAttribute('data-detail', 'on');
	await expect(placeMap(page)).toHaveAttribute('data-detail-status', 'ready');
	expect(requests).toHaveLength(1);
	await expect(page.locator('[data-area-place-id="north-waziristan"]')).toBeVisible();
	await expect(marker(page, 'north-waziristan')).toBeVisible();

	await mapButton(page, 'Fit').click();
	await expect(mapSvg(page)).toHaveAttribute('data-detail', 'off');

	// Zooming in again draws the detail already loaded: no second request.
	await mapButton(page, 'Zoom to Kabul').click();
	await expect(mapSvg(page)).toHaveAttribute('data-detail', 'on');
	await expect(placeMap(page)).toHaveAttribute('data-detail-status', 'ready');
	expect(requests).toHaveLength(1);
	expect(errors).toEqual([]);
});

test('a link already zoomed in asks for the detail straight away, once', async ({ page }) => {
	const requests = detailRequests(page);
	// Scale 8 on Miranshah, North Waziristan: what a shared link to a zoomed-in map carries.
	await openApp(page, '/?mapzoom=8,70.071,33.001');
	await expect(mapSvg(page)).toHaveAttribute('data-detail', 'on');
	await expect(placeMap(page)).toHaveAttribute('data-detail-status', 'ready');
	expect(requests).toHaveLength(1);
	await expect(marker(page, 'north-waziristan')).toBeVisible();
});

test('a detail file that fails to load leaves the simplified map drawn, with no error', async ({ page }) => {
	await page.route(`**/geo/${DETAIL}`, (route) => route.fulfill({ status: 404, body: 'gone' }));
	const requests = detailRequests(page);
	const errors = appErrors(page);
	await openApp(page);
	await mapButton(page, 'Zoom to North Waziristan').click();
	await expect(placeMap(page)).toHaveAttribute('data-detail-status', 'failed');
	expect(requests).toHaveLength(1);

	await expect(page.locator('[data-map-status="ready"]')).toBeVisible();
	await expect(mapSvg(page)).toHaveAttribute('data-detail', 'off');
	await expect(marker(page, 'north-waziristan')).toBeVisible();
	await expect(page.locator('[data-area-place-id="north-waziristan"]')).toBeVisible();
	await expect(page.getByText(/could not be loaded/)).toHaveCount(0);

	// The map keeps working, and does not ask again.
	await mapButton(page, 'Zoom to Kabul').click();
	await expect(marker(page, 'kabul')).toBeVisible();
	await mapButton(page, 'Fit').click();
	await marker(page, 'north-waziristan').click();
	await expect(page.getByRole('region', { name: 'Evidence' }).getByRole('heading', { level: 2 })).toHaveText('North Waziristan');
	expect(requests).toHaveLength(1);
	expect(errors).toEqual([]);
});
