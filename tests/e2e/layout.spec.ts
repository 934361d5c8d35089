import { test, expect } from '@playwright/test';
import { openApp } from './helpers';

test.describe('on a 1920×1080 projector', () => {
	test.use({ viewport: { width: 1920, height: 1080 } });

	test('graph, map, evidence and article are all on screen at once, without tabs', async ({ page }) => {
		await openApp(page);
		await expect(page.getByRole('tab', { name: 'Article' })).toBeHidden();
		for (const region of [
			page.locator('.workspace svg[aria-label^="Relationship graph"]'),
			page.locator('svg[aria-label^="Map"]').first(),
			page.getByRole('region', { name: 'Evidence' }),
			page.getByRole('article')
		])
			await expect(region).toBeInViewport();
		const graph = (await page.locator('.workspace svg[aria-label^="Relationship graph"]').boundingBox())!;
		expect(graph.width).toBeGreaterThan(900);
		expect(graph.height).toBeGreaterThan(600);
	});
});

test.describe('at 1280×800', () => {
	test('the graph, the map and the evidence panel each get real room', async ({ page }) => {
		await openApp(page);
		const graph = (await page.locator('.workspace svg[aria-label^="Relationship graph"]').boundingBox())!;
		const map = (await page.locator('svg[aria-label^="Map"]').first().boundingBox())!;
		const panel = (await page.getByRole('region', { name: 'Evidence' }).boundingBox())!;
		expect(graph.width).toBeGreaterThan(800);
		expect(graph.height).toBeGreaterThan(450);
		expect(map.width).toBeGreaterThan(350);
		expect(map.height).toBeGreaterThan(250);
		expect(panel.height).toBeGreaterThan(250);
	});
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('the views stack without sideways scrolling, and selection still works', async ({ page }) => {
		await openApp(page);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBeLessThanOrEqual(1);
		await page.locator('[data-node-id="haqqani-network"]').click();
		await expect(page.getByRole('region', { name: 'Evidence' }).getByRole('heading', { level: 2 })).toHaveText('Haqqani Network');
	});
});
