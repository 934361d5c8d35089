/**
 * The font files a page downloads (src/app.css, scripts/subset-fonts.mjs): the workspace of an
 * English article fetches one, and a name with an accented letter fetches the file that has it.
 */
import { test, expect, type Page } from '@playwright/test';
import { collectConsoleErrors, seedView } from './helpers';
import { serveChangedDataset } from './serve-dataset';

/** The font files the page asked for, by their name before the build's hash. */
function fontRequests(page: Page): string[] {
	const names: string[] = [];
	page.on('request', (request) => {
		const match = /\/(inter-[a-z0-9-]+)\.[^./]+\.woff2$/.exec(new URL(request.url()).pathname);
		if (match) names.push(match[1]!);
	});
	return names;
}

async function openSeed(page: Page): Promise<void> {
	await page.goto(seedView());
	await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
	await page.evaluate(() => document.fonts.ready);
}

test('the seed’s workspace downloads one font file, and its text is drawn in it', async ({ page }) => {
	const errors = collectConsoleErrors(page);
	const fonts = fontRequests(page);
	await openSeed(page);
	expect(fonts).toEqual(['inter-variable-subset']);
	// Every character of the page's sans-serif text is in that one file: nothing waits for another.
	expect(await page.evaluate(() => document.fonts.check('15px Inter', document.body.innerText))).toBe(true);
	expect(errors).toEqual([]);
});

/** Opens the seed with its first actor renamed, once that name is drawn in the graph. */
async function openSeedWithActorNamed(page: Page, name: string): Promise<void> {
	await serveChangedDataset(page, (dataset) => {
		dataset.entities[0].name = name;
		return dataset;
	});
	await openSeed(page);
	await expect(page.locator('.workspace [data-node-id]').filter({ hasText: name })).toHaveCount(1);
}

test('a name with an accented letter fetches the file that has it, and only that one', async ({ page }) => {
	const errors = collectConsoleErrors(page);
	const fonts = fontRequests(page);
	await openSeedWithActorNamed(page, 'Société Générale');
	// The name's own font file is asked for only once the name is laid out, which can be after
	// the page's first `fonts.ready`: wait for it rather than look once.
	await expect.poll(() => [...fonts]).toEqual(['inter-variable-subset', 'inter-variable-subset-latin1']);
	// check() is true only once every file holding these letters has loaded.
	await expect.poll(() => page.evaluate(() => document.fonts.check('15px Inter', 'Société'))).toBe(true);
	expect(fonts).toEqual(['inter-variable-subset', 'inter-variable-subset-latin1']);
	expect(errors).toEqual([]);
});

test('a letter of Latin Extended-A fetches its own file', async ({ page }) => {
	const fonts = fontRequests(page);
	await openSeedWithActorNamed(page, 'Łukasz Śliwa');
	await expect.poll(() => [...fonts]).toEqual(['inter-variable-subset', 'inter-variable-subset-ext']);
	await expect.poll(() => page.evaluate(() => document.fonts.check('15px Inter', 'Łukasz Śliwa'))).toBe(true);
	expect(fonts).toEqual(['inter-variable-subset', 'inter-variable-subset-ext']);
});
