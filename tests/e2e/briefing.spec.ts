import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { collectConsoleErrors, openApp } from './helpers';

const SLIDES = [
	{ link: '/?link=source-denies-taliban-al-qaeda-cooperation', caption: 'A Taliban source denies any cooperation with al-Qaeda.', quote: 'Honestly I don’t see any on-ground cooperation' },
	{ link: '/?actor=haqqani-network&types=joint-operation,funding', caption: 'The joint unit, as the US document tells it.', quote: 'Senior Haqqani Network figures have discussed forming a new joint unit' },
	{ link: '/?place=north-waziristan', caption: 'The safe haven across the border.', quote: 'maintains a safe haven in North Waziristan' }
];

async function addSlide(page: Page, link: string, caption: string) {
	await openApp(page, link);
	const toggle = page.getByRole('button', { name: /^Slides \(/ });
	if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
	await page.getByRole('button', { name: 'Add this view as a slide' }).click();
	const count = await page.locator('[data-slide-id]').count();
	const field = page.getByRole('textbox', { name: `Caption of slide ${count}` });
	await field.fill(caption);
	await field.blur();
}

async function buildDeck(page: Page) {
	for (const slide of SLIDES) await addSlide(page, slide.link, slide.caption);
	await expect(page.locator('[data-slide-id]')).toHaveCount(3);
}

test('three slides survive a reload, and are presented with the keyboard, each with its caption and quote', async ({ page }) => {
	const errors = collectConsoleErrors(page);
	await buildDeck(page);
	await page.reload();
	await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
	await expect(page.getByRole('button', { name: 'Slides (3)' })).toBeVisible();
	await page.getByRole('button', { name: 'Slides (3)' }).click();
	await expect(page.getByRole('textbox', { name: 'Caption of slide 2' })).toHaveValue(SLIDES[1]!.caption);

	await page.getByRole('button', { name: 'Present from slide 1' }).click();
	const show = page.getByRole('dialog', { name: 'Presentation' });
	for (const [position, slide] of SLIDES.entries()) {
		await expect(show.locator('.counter')).toHaveText(`Slide ${position + 1} of 3`);
		await expect(show.locator('.caption')).toHaveText(slide.caption);
		await expect(show.locator('blockquote', { hasText: slide.quote }).first()).toBeVisible();
		if (position < SLIDES.length - 1) await page.keyboard.press(position === 0 ? 'PageDown' : 'ArrowRight');
	}
	// The denial is presented as a denial.
	await page.keyboard.press('Home');
	await expect(show.getByText('✕ denied').first()).toBeVisible();
	// A typed number and Enter opens that slide; End and PageUp move too.
	await page.keyboard.type('3');
	await page.keyboard.press('Enter');
	await expect(show.locator('.counter')).toHaveText('Slide 3 of 3');
	await page.keyboard.press('PageUp');
	await expect(show.locator('.counter')).toHaveText('Slide 2 of 3');
	await page.keyboard.press('Escape');
	await expect(show).toHaveCount(0);
	// Back to the live view the briefer had before presenting (the third slide's link was the last opened).
	await expect(page.getByRole('region', { name: 'Evidence' }).getByRole('heading', { level: 2 })).toHaveText('North Waziristan');
	expect(errors).toEqual([]);
});

test('slides can be reordered, duplicated, deleted, and every edit undone and redone', async ({ page }) => {
	await buildDeck(page);
	const titles = () => page.locator('[data-slide-id] input').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
	const before = await titles();
	await page.getByRole('button', { name: 'Move slide 3 up' }).click();
	expect(await titles()).toEqual([before[0], before[2], before[1]]);
	await page.getByRole('button', { name: 'Duplicate slide 1' }).click();
	await expect(page.locator('[data-slide-id]')).toHaveCount(4);
	await page.getByRole('button', { name: 'Delete slide 4' }).click();
	await expect(page.locator('[data-slide-id]')).toHaveCount(3);
	await page.getByRole('button', { name: 'Undo', exact: true }).click();
	await expect(page.locator('[data-slide-id]')).toHaveCount(4);
	await page.getByRole('button', { name: 'Undo', exact: true }).click();
	await page.getByRole('button', { name: 'Undo', exact: true }).click();
	expect(await titles()).toEqual(before);
	await page.getByRole('button', { name: 'Redo', exact: true }).click();
	expect(await titles()).toEqual([before[0], before[2], before[1]]);
});

test('a corrupt or foreign slides file is refused and the current slides are kept', async ({ page }) => {
	await buildDeck(page);
	const dir = mkdtempSync(path.join(tmpdir(), 'threadboard-'));
	const corrupt = path.join(dir, 'corrupt.json');
	writeFileSync(corrupt, '{ "format": "threadboard-slides", "version": 1, "dataset": ');
	await page.locator('input[type="file"]').setInputFiles(corrupt);
	await expect(page.getByRole('alert')).toContainText('not JSON');
	await expect(page.locator('[data-slide-id]')).toHaveCount(3);
	const foreign = path.join(dir, 'foreign.json');
	writeFileSync(foreign, JSON.stringify({ format: 'threadboard-slides', version: 1, dataset: 'another-article', slides: [] }));
	await page.locator('input[type="file"]').setInputFiles(foreign);
	await expect(page.getByRole('alert')).toContainText('another-article');
	await expect(page.locator('[data-slide-id]')).toHaveCount(3);
});

test('the view exports as an SVG with the node labels, the caption and the map attribution, and as a PNG', async ({ page }) => {
	await openApp(page, '/?actor=haqqani-network');
	await page.getByText('Export', { exact: true }).click();
	const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'This view as SVG' }).click()]);
	const svg = readFileSync((await svgDownload.path())!, 'utf8');
	expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
	for (const label of ['Haqqani Network', 'al-Qaeda', 'Jalaluddin Haqqani', 'North Waziristan', 'OpenStreetMap contributors', 'The EurAsian Times', "font-family:'Inter'"])
		expect(svg).toContain(label);
	expect(svg).toMatch(/src:url\(data:font\/woff2;base64,[A-Za-z0-9+/]{1000}/);
	// No interaction leftovers in the picture.
	expect(svg).not.toContain('tabindex');

	await page.getByText('Export', { exact: true }).click();
	const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'This view as PNG (2×)' }).click()]);
	const png = readFileSync((await pngDownload.path())!);
	expect([...png.subarray(1, 4)].map((code) => String.fromCharCode(code)).join('')).toBe('PNG');
	expect(png.readUInt32BE(16)).toBe(3200);
	expect(png.readUInt32BE(20)).toBe(2000);
});

test('the exported one-file briefing opens from disk with the network blocked and still works', async ({ page, browser }) => {
	await buildDeck(page);
	await page.getByText('Export', { exact: true }).click();
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Briefing as one HTML file' }).click()]);
	const file = path.join(mkdtempSync(path.join(tmpdir(), 'threadboard-')), 'briefing.html');
	await download.saveAs(file);

	const context = await browser.newContext();
	const offsite: string[] = [];
	await context.route('**/*', (route) => {
		if (route.request().url().startsWith('file:')) return route.continue();
		offsite.push(route.request().url());
		return route.abort();
	});
	const offline = await context.newPage();
	const errors = collectConsoleErrors(offline);
	await offline.goto(pathToFileURL(file).href);
	await offline.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
	// It opens on its slides; the live view is one click away.
	await offline.getByRole('button', { name: /Back to live view/ }).click();
	await offline.locator('[data-node-id="haqqani-network"]').click();
	await expect(offline.getByRole('region', { name: 'Evidence' }).locator('blockquote', { hasText: 'Senior Haqqani Network figures' }).first()).toBeVisible();
	// The slides travelled with it.
	await expect(offline.getByRole('button', { name: 'Slides (3)' })).toBeVisible();
	expect(offsite).toEqual([]);
	expect(errors).toEqual([]);
	await context.close();
});

test('the handout prints one section per slide with captions and cited quotes', async ({ page }) => {
	await buildDeck(page);
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByTestId('handout')).toBeVisible();
	await expect(page.locator('.workspace')).toBeHidden();
	const sections = page.getByTestId('handout').locator('section');
	await expect(sections).toHaveCount(3);
	await expect(sections.nth(0)).toContainText(SLIDES[0]!.caption);
	await expect(sections.nth(0)).toContainText('denied');
	await expect(sections.nth(2).locator('blockquote', { hasText: SLIDES[2]!.quote })).toBeVisible();
	const pdf = await page.pdf({ format: 'A4' });
	expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
});

/** The built file of the slide deck's code (downloaded when there are slides to read), from the build's manifest. */
function deckChunk(): string {
	const manifest = JSON.parse(readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8')) as Record<string, { file: string }>;
	return manifest['src/lib/briefing/slide-deck.svelte.ts']!.file;
}

test('printed before the saved slides are read, the handout says to print again; then it prints them', async ({ page }) => {
	await buildDeck(page);
	// Hold the deck's code: the page is then drawn and its slides not yet read. (Routing also turns off the browser's cache.)
	let release!: () => void;
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(`**/${deckChunk()}`, async (route) => {
		await held;
		await route.continue();
	});
	await page.reload();
	await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByTestId('handout-pending')).toContainText('print again');
	await expect(page.getByTestId('handout')).toHaveCount(0);
	release();
	await expect(page.getByTestId('handout').locator('section')).toHaveCount(3);
	await expect(page.getByTestId('handout-pending')).toHaveCount(0);
});

test('no request leaves the app’s own origin', async ({ page, baseURL }) => {
	const offsite: string[] = [];
	page.on('request', (request) => {
		if (!request.url().startsWith(baseURL!) && !/^(data|blob):/.test(request.url())) offsite.push(request.url());
	});
	await buildDeck(page);
	await page.getByRole('button', { name: 'Close the slides panel' }).click();
	await page.locator('.workspace [data-node-id="taliban"]').click();
	await page.getByRole('tab', { name: 'Article' }).click();
	await page.getByText('Export', { exact: true }).click();
	await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'This view as SVG' }).click()]);
	expect(offsite).toEqual([]);
});

test('presentation mode has no WCAG 2.1 AA violations', async ({ page }) => {
	await buildDeck(page);
	await page.getByRole('button', { name: 'Present from slide 1' }).click();
	await expect(page.getByRole('dialog', { name: 'Presentation' })).toBeVisible();
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
});

test('while presenting, Tab stays inside the presentation', async ({ page }) => {
	await buildDeck(page);
	await page.getByRole('button', { name: 'Present from slide 2' }).click();
	const show = page.getByRole('dialog', { name: 'Presentation' });
	// The presentation's code loads on demand: Tab is pressed once it is open and has taken the focus.
	await expect(show).toBeFocused();
	for (let step = 0; step < 12; step++) {
		await page.keyboard.press('Tab');
		const inside = await page.evaluate(() => !!document.activeElement?.closest('[role="dialog"]'));
		expect(inside).toBe(true);
	}
	await page.keyboard.press('Escape');
	await expect(show).toHaveCount(0);
	// The slides drawer that was open before comes back.
	await expect(page.getByRole('region', { name: 'Briefing slides' })).toBeVisible();
});
