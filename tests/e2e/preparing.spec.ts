import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, expect, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { openApp, SEED_ID } from './helpers';

/** A three-slide briefing, imported as a briefer loads a saved deck. */
const DECK = [
	{ id: 'slide-1', title: 'The joint unit', caption: 'The joint unit, as the US document tells it.', view: '?actor=haqqani-network&types=joint-operation,funding' },
	{ id: 'slide-2', title: 'The denial', caption: 'A Taliban source denies any cooperation with al-Qaeda.', view: '?link=source-denies-taliban-al-qaeda-cooperation' },
	{ id: 'slide-3', title: 'Attacks in Kabul', caption: 'The attacks in Kabul.', view: '?place=kabul&types=attack&mapzoom=12,69.17,34.53' }
];

function writeJson(name: string, content: string): string {
	const file = path.join(mkdtempSync(path.join(tmpdir(), 'threadboard-')), name);
	writeFileSync(file, content);
	return file;
}

async function openSlidesWithDeck(page: Page): Promise<void> {
	await openApp(page);
	await page.getByRole('button', { name: /^Slides/ }).click();
	const file = writeJson('briefing.json', JSON.stringify({ format: 'threadboard-slides', version: 1, dataset: SEED_ID, slides: DECK }));
	await page.locator('input[type="file"]').setInputFiles(file);
	await expect(page.locator('[data-slide-id]')).toHaveCount(DECK.length);
}

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width - 1 && b.x < a.x + a.width - 1 && a.y < b.y + b.height - 1 && b.y < a.y + a.height - 1;

async function boxOf(locator: Locator): Promise<Box> {
	const box = await locator.boundingBox();
	expect(box, 'the element is laid out').not.toBeNull();
	return box!;
}

/** Inside the window as it is now (not scrolled to). */
async function expectInWindow(page: Page, locator: Locator) {
	const box = await boxOf(locator);
	const viewport = page.viewportSize()!;
	expect(box.y).toBeGreaterThanOrEqual(-0.5);
	expect(box.y + box.height).toBeLessThanOrEqual(viewport.height + 0.5);
	expect(box.x).toBeGreaterThanOrEqual(-0.5);
	expect(box.x + box.width).toBeLessThanOrEqual(viewport.width + 0.5);
}

for (const [width, height] of [
	[1280, 800],
	[1920, 1080],
	[390, 844]
] as const) {
	const phone = width < 900;
	test.describe(`preparing slides at ${width}×${height}`, () => {
		test.use({ viewport: { width, height } });

		test('the slides panel sits beside the graph, never over the evidence or the map, and an opened slide shows its quotes and map', async ({ page }) => {
			await openSlidesWithDeck(page);
			const slides = page.getByRole('region', { name: 'Briefing slides' });
			const evidence = page.getByRole('region', { name: 'Evidence' });
			const map = page.locator('.workspace .place-map');
			const graph = page.locator('.workspace .graph');
			await page.getByRole('button', { name: 'Open slide 1' }).click();
			await expect(evidence.getByRole('heading', { level: 2 })).toHaveText('Haqqani Network');
			const quote = evidence.locator('blockquote').first();
			await expect(quote).toBeVisible();

			for (const other of [evidence, map, graph]) expect(overlaps(await boxOf(slides), await boxOf(other))).toBe(false);
			if (phone) {
				// One column: the opened slide brings its graph into view; quotes and map follow below.
				await expectInWindow(page, graph.locator('[data-node-id="haqqani-network"]'));
			} else {
				// Side by side: the slide list, its graph, its quotes and its map all on screen at once.
				for (const visible of [slides.locator('[data-slide-id="slide-1"]'), graph.locator('[data-node-id="haqqani-network"]'), quote, map])
					await expectInWindow(page, visible);
			}
			// Nothing floats over the evidence or the map: what is on top at their centre is their own.
			for (const target of [quote, map]) {
				await target.scrollIntoViewIfNeeded();
				expect(
					await target.evaluate((element) => {
						const rect = element.getBoundingClientRect();
						const top = document.elementFromPoint(rect.x + rect.width / 2, rect.y + Math.min(rect.height / 2, 20));
						return !!top && (element.contains(top) || top.contains(element));
					})
				).toBe(true);
			}
			const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
			expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
		});

		test('every slide has a thumbnail: a small picture of its own view', async ({ page }) => {
			await openSlidesWithDeck(page);
			const thumbnails = page.getByTestId('slide-thumbnail');
			await expect(thumbnails).toHaveCount(DECK.length);
			const pictures = [];
			for (const thumbnail of await thumbnails.all()) {
				await expect(thumbnail).toBeVisible();
				const box = await boxOf(thumbnail);
				expect(box.width).toBeGreaterThanOrEqual(80);
				expect(box.height).toBeGreaterThanOrEqual(50);
				// Dots for the actors and lines for the links the slide draws, the rest faint.
				await expect(thumbnail.locator('circle')).not.toHaveCount(0);
				pictures.push(
					await thumbnail.evaluate((svg) => ({
						lines: svg.querySelectorAll('line:not(.dimmed)').length,
						bright: svg.querySelectorAll('circle:not(.dimmed)').length
					}))
				);
			}
			// The joint-unit slide shows the few links its filters keep; the Kabul slide only attacks.
			for (const picture of pictures) expect(picture.lines).toBeGreaterThan(0);
			expect(pictures[0]!.bright).toBeLessThan(17);
			expect(new Set(pictures.map((picture) => `${picture.lines}/${picture.bright}`)).size).toBeGreaterThan(1);
		});

		test('a refused slides file says why next to the Import button, and the slides are kept', async ({ page }) => {
			await openSlidesWithDeck(page);
			const importButton = page.locator('label.import');
			for (const [name, content, reason] of [
				['corrupt.json', '{ "format": "threadboard-slides", "version": 1, "dataset": ', /not JSON/],
				['foreign.json', JSON.stringify({ format: 'threadboard-slides', version: 1, dataset: 'another-article', slides: [] }), /another-article/]
			] as const) {
				// The briefer scrolls down to the Import button at the foot of the slide list.
				await importButton.scrollIntoViewIfNeeded();
				await page.locator('input[type="file"]').setInputFiles(writeJson(name, content));
				const problem = page.getByRole('alert').filter({ hasText: name });
				await expect(problem).toBeVisible();
				await expect(problem).toContainText(reason);
				await expect(problem).toContainText('your slides are unchanged');
				// Where the briefer is looking: on screen, right below the button they used.
				await expectInWindow(page, problem);
				await expectInWindow(page, importButton);
				const button = await boxOf(importButton);
				const message = await boxOf(problem);
				expect(message.y).toBeGreaterThanOrEqual(button.y + button.height - 1);
				expect(message.y - (button.y + button.height)).toBeLessThan(80);
				await expect(page.locator('[data-slide-id]')).toHaveCount(DECK.length);
				await expect(page.getByRole('textbox', { name: 'Caption of slide 2' })).toHaveValue(DECK[1]!.caption);
			}
			// Dismissed, it goes; a good file afterwards imports as before.
			await page.getByRole('alert').getByRole('button', { name: 'Dismiss' }).click();
			await expect(page.getByRole('alert')).toHaveCount(0);
		});
	});
}
