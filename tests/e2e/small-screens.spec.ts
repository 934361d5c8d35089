import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { openApp } from './helpers';

/** Each actor's name as drawn: its box on screen and its type size in CSS pixels. */
async function drawnLabels(page: Page) {
	return page.locator('.workspace [data-node-id] text.label').evaluateAll((labels) =>
		labels.map((label) => {
			const text = label as SVGTextElement;
			const rect = text.getBoundingClientRect();
			const scale = text.getScreenCTM()!.a;
			return { name: text.textContent!.trim(), left: rect.left, right: rect.right, px: Number(text.getAttribute('font-size')) * scale };
		})
	);
}

test.describe('on a phone (390×844)', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

	test('the whole graph fits the width: no actor’s name is cut off at either side, and names stay legible', async ({ page }) => {
		await openApp(page);
		const graph = (await page.locator('.workspace .graph').boundingBox())!;
		const labels = await drawnLabels(page);
		expect(labels.length).toBeGreaterThan(10);
		for (const label of labels) {
			expect(label.left, label.name).toBeGreaterThanOrEqual(graph.x - 0.5);
			expect(label.right, label.name).toBeLessThanOrEqual(graph.x + graph.width + 0.5);
			expect(label.px, label.name).toBeGreaterThanOrEqual(7.9);
		}
		// Zooming in still works, and the names grow with it.
		await page.getByRole('toolbar', { name: 'Graph view' }).getByRole('button', { name: 'Zoom in' }).click();
		await expect.poll(async () => (await drawnLabels(page))[0]!.px).toBeGreaterThan(labels[0]!.px * 1.2);
	});

	test('the evidence follows the graph: the legend starts folded, and opens to filter', async ({ page }) => {
		await openApp(page);
		const fold = page.getByRole('button', { name: /^▸? ?Legend and filters/ });
		await expect(fold).toHaveAttribute('aria-expanded', 'false');
		await expect(page.getByRole('heading', { name: /Relation types/ })).toBeHidden();
		const graph = (await page.locator('.workspace .graph').boundingBox())!;
		const evidence = (await page.getByRole('region', { name: 'Evidence' }).boundingBox())!;
		// Right after the graph (the folded legend's one button between them), not a screen or more further down.
		expect(evidence.y - (graph.y + graph.height)).toBeLessThan(80);
		expect(evidence.y).toBeLessThan(1000);

		await fold.click();
		await expect(fold).toHaveAttribute('aria-expanded', 'true');
		const attack = page.getByRole('button', { name: /^attack/ }).first();
		await expect(attack).toBeVisible();
		await attack.click();
		// A hidden type is counted on the button, so a folded legend never hides a filter silently.
		await fold.click();
		await expect(fold).toContainText('1 hidden');
		const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
	});
});

for (const [width, height] of [
	[1280, 800],
	[1920, 1080]
] as const) {
	test(`at ${width}×${height} the legend is always open, with no fold button, and labels keep their size`, async ({ page }) => {
		await page.setViewportSize({ width, height });
		await openApp(page);
		await expect(page.getByRole('button', { name: /Legend and filters/ })).toBeHidden();
		await expect(page.getByRole('heading', { name: /Relation types/ })).toBeVisible();
		for (const label of await drawnLabels(page)) expect(label.px, label.name).toBeGreaterThanOrEqual(13 * 0.7 - 0.01);
	});
}

test('at 1024×768 (a projector) the legend leaves the graph most of the main view, the stances beside the relation types', async ({ page }) => {
	await page.setViewportSize({ width: 1024, height: 768 });
	await openApp(page);
	const legend = (await page.locator('section.legend').boundingBox())!;
	const graph = (await page.locator('.workspace .graph').boundingBox())!;
	expect(legend.height).toBeLessThan(graph.height);
	const types = (await page.getByRole('heading', { name: /Relation types/ }).boundingBox())!;
	const stances = (await page.getByRole('heading', { name: /How the text holds it/ }).boundingBox())!;
	expect(Math.abs(stances.y - types.y)).toBeLessThan(2);
});

test('at 1024×768 a corpus’s legend scrolls rather than take the graph’s room', async ({ page }) => {
	await page.setViewportSize({ width: 1024, height: 768 });
	await openApp(page, '/view/?corpus=all-built-in');
	const main = (await page.locator('.workspace .main-view').boundingBox())!;
	const legend = page.locator('section.legend');
	const graph = (await page.locator('.workspace .graph').boundingBox())!;
	expect(graph.height).toBeGreaterThan(main.height * 0.45);
	expect((await legend.boundingBox())!.height).toBeLessThanOrEqual(main.height * 0.36 + 1);
	// Every filter in it is still reached: the last stance's toggle scrolls into view.
	const last = legend.getByRole('button').last();
	await last.scrollIntoViewIfNeeded();
	await expect(last).toBeInViewport();
});

for (const width of [1024, 1100, 1366])
	test(`at ${width} px the workspace bar of a corpus keeps each button on one line and within the window`, async ({ page }) => {
		await page.setViewportSize({ width, height: 800 });
		await openApp(page, '/view/?corpus=all-built-in');
		await expect(page.getByRole('button', { name: /^Merges/ })).toBeVisible();
		const controls = page.locator('.workspace .bar').locator('button, summary');
		expect(await controls.count()).toBeGreaterThan(6);
		for (const control of await controls.all()) {
			if (!(await control.isVisible())) continue;
			const lines = await control.evaluate((element) => {
				const style = getComputedStyle(element);
				const box = element.getBoundingClientRect();
				const content = box.height - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom) - parseFloat(style.borderTopWidth) - parseFloat(style.borderBottomWidth);
				return { name: element.textContent!.trim(), lines: Math.round(content / parseFloat(style.lineHeight === 'normal' ? String(parseFloat(style.fontSize) * 1.2) : style.lineHeight)), right: box.right };
			});
			expect(lines.lines, lines.name).toBeLessThanOrEqual(1);
			expect(lines.right, lines.name).toBeLessThanOrEqual(width);
		}
	});
