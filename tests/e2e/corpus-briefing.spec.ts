/**
 * A corpus handed on as a one-file briefing: made from the built-in corpus in the app,
 * opened from disk with every network request refused, it draws the same merged
 * workspace; a tampered member in the file is left out with its problem named.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { test, expect, type Browser, type Page } from '@playwright/test';
import { collectConsoleErrors, openApp } from './helpers';

const CORPUS_BLOCK = /(<script type="application\/json" id="threadboard-corpus">)([\s\S]*?)(<\/script>)/;

async function searchAndChoose(page: Page, text: string): Promise<void> {
	await page.getByRole('combobox', { name: 'Search actors, places and quotes' }).fill(text);
	await page.keyboard.press('Enter');
}

/** Opens `file` in a fresh context where anything but file: is refused and recorded. */
async function openOffline(browser: Browser, file: string) {
	const context = await browser.newContext();
	const offsite: string[] = [];
	await context.route('**/*', (route) => {
		if (route.request().url().startsWith('file:')) return route.continue();
		offsite.push(route.request().url());
		return route.abort();
	});
	const page = await context.newPage();
	const errors = collectConsoleErrors(page);
	await page.goto(pathToFileURL(file).href);
	await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
	return { context, page, offsite, errors };
}

/** The Haqqani Network is one actor, with quotes from several of the corpus's articles. */
async function expectMergedHaqqani(page: Page): Promise<void> {
	await expect(page.locator('.workspace [data-node-id^="haqqani-network"]')).toHaveCount(1);
	await searchAndChoose(page, 'Haqqani Network');
	const evidence = page.getByRole('region', { name: 'Evidence' });
	await expect(evidence.getByRole('heading', { level: 2 })).toHaveText('Haqqani Network');
	const articles = evidence.locator('section[data-article]');
	await expect.poll(() => articles.count()).toBeGreaterThanOrEqual(2);
	for (const article of await articles.all()) await expect(article.locator('blockquote').first()).toBeVisible();
}

test('the built-in corpus as one file: opened from disk with no network, the same merged workspace and its slide', async ({ page, browser }) => {
	test.slow();
	const folder = mkdtempSync(path.join(tmpdir(), 'threadboard-corpus-'));
	try {
		await openApp(page, '/view/?corpus=all-built-in');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('All built-in articles');
		await searchAndChoose(page, 'Haqqani Network');
		await page.getByRole('button', { name: /^Slides \(/ }).click();
		await page.getByRole('button', { name: 'Add this view as a slide' }).click();
		await expect(page.getByRole('button', { name: 'Slides (1)' })).toBeVisible();

		await page.getByText('Export', { exact: true }).click();
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Briefing as one HTML file' }).click()]);
		expect(download.suggestedFilename()).toBe('all-built-in-briefing.html');
		const file = path.join(folder, 'corpus.html');
		await download.saveAs(file);
		console.log(`one-file briefing of the built-in corpus: ${statSync(file).size} bytes`);

		const opened = await openOffline(browser, file);
		const offline = opened.page;
		// It lands on its slide, whose view is the merged Haqqani Network.
		const show = offline.getByRole('dialog', { name: 'Presentation' });
		await expect(show.locator('.counter')).toHaveText('Slide 1 of 1');
		await offline.getByRole('button', { name: /Back to live view/ }).click();
		await expect(offline.getByRole('heading', { level: 1 })).toHaveText('All built-in articles');
		await expect(offline).toHaveTitle('All built-in articles · Threadboard');
		await expect(offline.getByRole('button', { name: 'Slides (1)' })).toBeVisible();
		await expect(offline.getByRole('button', { name: /^Merges/ })).toBeVisible();
		await expectMergedHaqqani(offline);
		// Claims say how many articles hold them up, as in the app.
		await expect.poll(() => offline.locator('.workspace .link-targets [data-relation-id][data-support]').count()).toBeGreaterThan(0);
		expect(opened.offsite).toEqual([]);
		expect(opened.errors).toEqual([]);
		await opened.context.close();

		// One member tampered with in the file: left out, named, and the rest still opens.
		const tamperedFile = path.join(folder, 'tampered.html');
		const html = readFileSync(file, 'utf8');
		const [, open, json, close] = html.match(CORPUS_BLOCK)!;
		const corpus = JSON.parse(json!);
		const slug: string = corpus.datasets[1].id;
		corpus.datasets[1].quotes[0].exact = 'words the article never said';
		writeFileSync(tamperedFile, html.replace(CORPUS_BLOCK, () => `${open}${JSON.stringify(corpus).replace(/</g, '\\u003c')}${close}`));
		const tampered = await openOffline(browser, tamperedFile);
		await tampered.page.getByRole('button', { name: /Back to live view/ }).click();
		await expect(tampered.page.getByRole('status').filter({ hasText: 'Left out' })).toContainText(`“${slug}” is refused: datasets[1].quotes[0].exact`);
		await expect(tampered.page.locator('.workspace [data-node-id^="haqqani-network"]')).toHaveCount(1);
		expect(tampered.offsite).toEqual([]);
		await tampered.context.close();

		// Every member broken: nothing is drawn, and each dataset's problem is named.
		for (const member of corpus.datasets) delete member.article.text;
		const brokenFile = path.join(folder, 'broken.html');
		writeFileSync(brokenFile, html.replace(CORPUS_BLOCK, () => `${open}${JSON.stringify(corpus).replace(/</g, '\\u003c')}${close}`));
		const broken = await openOffline(browser, brokenFile);
		const alert = broken.page.getByRole('alert');
		await expect(alert.getByRole('heading', { level: 1 })).toHaveText('The corpus in this briefing could not be opened');
		await expect(alert.getByRole('heading', { level: 2, name: `Dataset “${slug}”` })).toBeVisible();
		await expect(alert).toContainText('datasets[1].article.text: must be the article’s text');
		await expect(broken.page.locator('.workspace')).toHaveCount(0);
		expect(broken.offsite).toEqual([]);
		await broken.context.close();
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
});
