import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { test, expect, type Page } from '@playwright/test';
import { openApp } from './helpers';

/** The three slides of a real briefing prep: the joint unit, the denial, the Kabul attacks on a zoomed map. */
export const BRIEFING = [
	{ title: 'The joint unit', caption: 'The joint unit, as the US document tells it.', view: '?actor=haqqani-network&types=joint-operation,funding' },
	{ title: 'The denial', caption: 'A Taliban source denies any cooperation with al-Qaeda.', view: '?link=source-denies-taliban-al-qaeda-cooperation' },
	{ title: 'Attacks in Kabul', caption: 'The attacks in Kabul.', view: '?place=kabul&types=attack&mapzoom=12,69.17,34.53' }
];

/** Opens the app and imports the briefing through the Slides panel, as a briefer would load a saved deck. */
export async function loadBriefing(page: Page, slides = BRIEFING): Promise<void> {
	await openApp(page);
	const file = path.join(mkdtempSync(path.join(tmpdir(), 'threadboard-')), 'briefing.json');
	const deck = slides.map((slide, at) => ({ id: `slide-${at + 1}`, ...slide }));
	writeFileSync(file, JSON.stringify({ format: 'threadboard-slides', version: 1, dataset: 'haqqani-al-qaeda-joint-unit', slides: deck }));
	const toggle = page.getByRole('button', { name: /^Slides/ });
	if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
	await page.locator('input[type="file"]').setInputFiles(file);
	await expect(page.locator('[data-slide-id]')).toHaveCount(slides.length);
}

async function present(page: Page, from = 1) {
	await page.getByRole('button', { name: `Present from slide ${from}` }).click();
	const show = page.getByRole('dialog', { name: 'Presentation' });
	await expect(show.locator('.counter')).toHaveText(new RegExp(`^Slide ${from} of`));
	return show;
}

/** Every quote on the slide is wholly inside the quotes' box and the window: none is cut. */
async function expectWholeQuotes(page: Page) {
	const box = page.locator('.presentation .quotes');
	const frame = (await box.boundingBox())!;
	const viewport = page.viewportSize()!;
	for (const quote of await box.locator('blockquote').all()) {
		const rect = (await quote.boundingBox())!;
		expect(rect.y).toBeGreaterThanOrEqual(frame.y - 0.5);
		expect(rect.y + rect.height).toBeLessThanOrEqual(Math.min(frame.y + frame.height, viewport.height) + 0.5);
	}
}

for (const [width, height] of [
	[1280, 800],
	[1920, 1080]
] as const) {
	test.describe(`presenting at ${width}×${height}`, () => {
		test.use({ viewport: { width, height } });

		test('the slide’s own quotes come first and whole, its relation said once, the rest counted', async ({ page }) => {
			await loadBriefing(page);
			const show = await present(page);
			const quotes = show.locator('.quotes');
			// The Treasury document's words are on screen, before the headline, and not cut.
			const decisive = quotes.locator('blockquote', { hasText: 'Senior Haqqani Network figures have discussed forming a new joint unit' });
			await expect(decisive).toBeVisible();
			const texts = await quotes.locator('blockquote').allTextContents();
			expect(texts[0]).not.toBe(await page.evaluate(() => document.querySelector('.app-header h1')?.textContent));
			await expectWholeQuotes(page);
			// The relation's line is said once, above its quotes.
			await expect(quotes.getByText('Haqqani Network operates jointly with al-Qaeda', { exact: false })).toHaveCount(1);
			await expect(quotes.locator('.claim', { hasText: 'proposed or discussed' }).first()).toContainText('according to US Treasury document');
			// Whatever did not fit is counted, not cut.
			const shown = Number(await quotes.getAttribute('data-shown'));
			const total = Number(await quotes.getAttribute('data-total'));
			expect(await quotes.locator('blockquote').count()).toBe(shown);
			if (shown < total) await expect(quotes.locator('.more')).toContainText(`+ ${total - shown} more`);
			else await expect(quotes.locator('.more')).toHaveCount(0);

			// Every slide of the deck keeps its quotes whole.
			for (let slide = 2; slide <= BRIEFING.length; slide++) {
				await page.keyboard.press('ArrowRight');
				await expect(show.locator('.counter')).toHaveText(`Slide ${slide} of ${BRIEFING.length}`);
				await expect(quotes.locator('blockquote').first()).toBeVisible();
				await expectWholeQuotes(page);
			}
		});

		test('no map zoom buttons; on-screen previous and next buttons move through the slides', async ({ page }) => {
			await loadBriefing(page);
			const show = await present(page);
			await expect(show.locator('svg[aria-label^="Map"]')).toBeVisible();
			await expect(show.getByRole('toolbar', { name: 'Map view' })).toHaveCount(0);
			await expect(show.getByRole('button', { name: 'Zoom in' })).toHaveCount(0);
			const previous = show.getByRole('button', { name: 'Previous slide' });
			const next = show.getByRole('button', { name: 'Next slide' });
			await expect(previous).toHaveAttribute('aria-disabled', 'true');
			await expect(next).toBeInViewport();
			await next.click();
			await expect(show.locator('.counter')).toHaveText('Slide 2 of 3');
			await next.click();
			await expect(show.locator('.counter')).toHaveText('Slide 3 of 3');
			await expect(next).toHaveAttribute('aria-disabled', 'true');
			// Still focusable and clickable (force: Playwright waits for aria-disabled buttons), and does nothing.
			await next.click({ force: true });
			await expect(show.locator('.counter')).toHaveText('Slide 3 of 3');
			await previous.click();
			await expect(show.locator('.counter')).toHaveText('Slide 2 of 3');
			// The keys still work after a click: focus stayed in the presentation.
			await page.keyboard.press('ArrowLeft');
			await expect(show.locator('.counter')).toHaveText('Slide 1 of 3');
		});
	});
}

test.describe('presenting on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

	test('the side column keeps its width, the way back and the buttons are on screen, the footer reads in lines', async ({ page }) => {
		await loadBriefing(page);
		const show = await present(page);
		await expect(show.getByRole('button', { name: /Back to live view/ })).toBeInViewport({ ratio: 1 });
		await expect(show.getByRole('button', { name: 'Next slide' })).toBeInViewport({ ratio: 1 });
		await expect(show.getByRole('button', { name: 'Previous slide' })).toBeInViewport({ ratio: 1 });
		// The caption and quotes column is as wide as the screen allows, not squeezed to a letter.
		const caption = (await show.locator('.caption').boundingBox())!;
		expect(caption.width).toBeGreaterThan(300);
		// The source line wraps as a line of text (two or three lines), not one word per line.
		const source = show.locator('footer .source');
		const sourceBox = (await source.boundingBox())!;
		const lineHeight = await source.evaluate((element) => parseFloat(getComputedStyle(element).lineHeight) || 20);
		expect(sourceBox.width).toBeGreaterThan(300);
		expect(sourceBox.height / lineHeight).toBeLessThanOrEqual(3.5);
		// The decisive quote can be reached (the column scrolls under a finger) and shows whole.
		const decisive = show.locator('blockquote', { hasText: 'Senior Haqqani Network figures have discussed forming a new joint unit' });
		await decisive.scrollIntoViewIfNeeded();
		await expect(decisive).toBeInViewport({ ratio: 0.95 });
		await show.getByRole('button', { name: 'Next slide' }).tap();
		await expect(show.locator('.counter')).toHaveText('Slide 2 of 3');
		await show.getByRole('button', { name: /Back to live view/ }).tap();
		await expect(show).toHaveCount(0);
	});
});

const SIZES = [
	[1280, 800],
	[1920, 1080],
	[390, 844]
] as const;

for (const [width, height] of SIZES) {
	test.describe(`the top bar at ${width}×${height}`, () => {
		test.use({ viewport: { width, height } });

		test('has a Present button that explains itself with no slides and presents the deck once there is one', async ({ page }) => {
			await openApp(page);
			const presentButton = page.getByRole('button', { name: 'Present', exact: true });
			await expect(presentButton).toBeInViewport();
			await expect(presentButton).toHaveAttribute('aria-disabled', 'true');
			await expect(presentButton).toHaveAccessibleDescription(/No slides to present yet/);
			await presentButton.click({ force: true });
			await expect(page.getByTestId('present-hint')).toBeInViewport();
			await expect(page.getByRole('dialog', { name: 'Presentation' })).toHaveCount(0);

			await loadBriefing(page);
			await expect(presentButton).not.toHaveAttribute('aria-disabled', 'true');
			await presentButton.click();
			await expect(page.getByRole('dialog', { name: 'Presentation' }).locator('.counter')).toHaveText('Slide 1 of 3');
		});
	});

	test.describe(`the one-file briefing at ${width}×${height}`, () => {
		test.use({ viewport: { width, height } });

		test('lands its recipient on the first slide, with the live view one click away', async ({ page, browser }) => {
			await loadBriefing(page);
			await page.getByText('Export', { exact: true }).click();
			const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Briefing as one HTML file' }).click()]);
			const file = path.join(mkdtempSync(path.join(tmpdir(), 'threadboard-')), 'briefing.html');
			await download.saveAs(file);

			const context = await browser.newContext({ viewport: { width, height } });
			const recipient = await context.newPage();
			await recipient.goto(pathToFileURL(file).href);
			const show = recipient.getByRole('dialog', { name: 'Presentation' });
			await expect(show.locator('.counter')).toHaveText('Slide 1 of 3');
			await expect(show.getByRole('heading', { name: BRIEFING[0]!.title })).toBeInViewport();
			const back = show.getByRole('button', { name: /Back to live view/ });
			await expect(back).toBeInViewport({ ratio: 1 });
			await back.click();
			await expect(show).toHaveCount(0);
			await expect(recipient.getByRole('button', { name: 'Slides (3)' })).toBeVisible();
			await context.close();
		});
	});
}
