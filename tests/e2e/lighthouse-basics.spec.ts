/**
 * What Lighthouse once marked down, checked cheaply on every test run (Lighthouse itself is
 * too slow for CI; `npm run bench` runs it): one meta description per page, headings that
 * never skip a level, and controls in the workspace's bars at least 24 × 24 CSS px
 * (WCAG 2.2 target size, minimum), and a workspace and an editor that load without moving (layout shift).
 */
import { test, expect, type Page } from '@playwright/test';
import { openApp } from './helpers';

/** Every heading level in document order, and each jump of more than one level down. */
async function skippedHeadingLevels(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const skips: string[] = [];
		let previous = 0;
		for (const heading of document.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
			if (heading.closest('[hidden], [aria-hidden="true"]')) continue;
			const level = Number(heading.tagName[1]);
			if (level > previous + 1) skips.push(`h${previous} → h${level} “${heading.textContent?.trim().slice(0, 40)}”`);
			previous = level;
		}
		return skips;
	});
}

async function metaDescriptions(page: Page): Promise<string[]> {
	return page.locator('meta[name="description"]').evaluateAll((metas) => metas.map((meta) => meta.getAttribute('content') ?? ''));
}

/** Visible buttons, links and form controls inside `scope` that are under 24 px either way. */
async function smallTargets(page: Page, scope: string): Promise<string[]> {
	return page.locator(scope).evaluateAll((containers) =>
		containers.flatMap((container) =>
			[...container.querySelectorAll<HTMLElement>('a[href], button, select, summary, input:not([type="checkbox"]):not([type="radio"]):not([type="range"])')]
				.map((element) => ({ element, box: element.getBoundingClientRect() }))
				// Shown on hover or focus only (opacity 0) still takes clicks, so it counts too; display:none does not.
				.filter(({ box }) => box.width > 0 && box.height > 0)
				.filter(({ box }) => box.width < 23.95 || box.height < 23.95)
				.map(({ element, box }) => `${(element.getAttribute('aria-label') ?? element.textContent ?? element.tagName).trim().slice(0, 40)} (${box.width.toFixed(1)} × ${box.height.toFixed(1)})`)
		)
	);
}

const WORKSPACE_BARS = ['header.app-header', '[role="toolbar"]', '[role="group"][aria-label="Filters"]', 'section.legend'];

for (const viewport of [
	{ width: 1440, height: 900 },
	{ width: 390, height: 844 }
]) {
	test(`the workspace has a meta description, headings in order and 24 px targets in its bars at ${viewport.width} px`, async ({ page }) => {
		await page.setViewportSize(viewport);
		await openApp(page);
		await expect(page.locator('.place-map[data-map-status="ready"]').first()).toBeAttached();
		const descriptions = await metaDescriptions(page);
		expect(descriptions).toHaveLength(1);
		expect(descriptions[0]!.length).toBeGreaterThan(50);
		expect(await skippedHeadingLevels(page)).toEqual([]);
		// The legend folds away on narrow screens; opened, its toggles count too.
		const fold = page.getByRole('button', { name: /legend and filters/i });
		if (await fold.isVisible()) await fold.click();
		for (const scope of WORKSPACE_BARS) expect(await smallTargets(page, scope), scope).toEqual([]);
		await expect(page.locator('[role="toolbar"]')).toHaveCount(2);
	});
}

test('the library page has one meta description and headings in order', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	const descriptions = await metaDescriptions(page);
	expect(descriptions).toHaveLength(1);
	expect(descriptions[0]!.length).toBeGreaterThan(50);
	expect(await skippedHeadingLevels(page)).toEqual([]);
});

test('robots.txt is served as plain text and lets crawlers in', async ({ request }) => {
	const response = await request.get('/robots.txt');
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toContain('text/plain');
	expect(await response.text()).toMatch(/^User-agent: \*$/m);
});

async function watchLayoutShifts(page: Page): Promise<void> {
	await page.setViewportSize({ width: 1350, height: 940 });
	await page.addInitScript(() => {
		const shifts: { value: number; nodes: string[] }[] = [];
		(window as unknown as { __shifts: typeof shifts }).__shifts = shifts;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources?: { node?: Node }[] })[])
				shifts.push({ value: entry.value, nodes: (entry.sources ?? []).map((source) => source.node?.nodeName ?? '?') });
		}).observe({ type: 'layout-shift', buffered: true });
	});
}

/** Lighthouse gives full marks under 0.1; pages once scored 0.067 when their loading line's margin moved <body>. */
async function expectNoLayoutShift(page: Page): Promise<void> {
	await page.waitForTimeout(500);
	const shifts = await page.evaluate(() => (window as unknown as { __shifts: { value: number; nodes: string[] }[] }).__shifts);
	const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
	expect(total, JSON.stringify(shifts)).toBeLessThan(0.01);
}

test('the workspace loads without moving: no layout shift at Lighthouse’s desktop size', async ({ page }) => {
	await watchLayoutShifts(page);
	await openApp(page);
	await expect(page.locator('.workspace [data-map-status="ready"]')).toBeAttached();
	await expect(page.locator('.workspace [data-node-id]').first()).toBeVisible();
	await expectNoLayoutShift(page);
});

test('the editor’s page loads without moving either', async ({ page }) => {
	await watchLayoutShifts(page);
	await page.goto('/edit/?dataset=haqqani-al-qaeda-joint-unit');
	await expect(page.getByRole('button', { name: 'Duplicate it to edit' })).toBeVisible();
	await expectNoLayoutShift(page);
});
