/**
 * The import screen (/import) against the production build: a Treasury release from a file,
 * pasted text, a refused file, a dropped file, a hostile saved page, reload, axe, a phone.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { collectConsoleErrors, openApp } from './helpers';

const RELEASE = 'articles/treasury/2012-05-17-tg1584.md';
const RELEASE_TITLE = 'Treasury Imposes Sanctions on Individuals Linked to the Taliban and Haqqani Network';
const HOSTILE = 'tests/fixtures/import/hostile-page.html';

const paragraphs = (page: Page) => page.getByRole('list', { name: 'Paragraphs' }).getByRole('listitem');

async function axeViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`);
}

test('a Treasury release from a file: furniture removed and put back, fields edited, all kept across a reload', async ({ page }) => {
	// A long flow with a reload.
	test.slow();
	const errors = collectConsoleErrors(page);
	await openApp(page, '/import/');
	await page.getByLabel('Open a file…').setInputFiles(RELEASE);

	await expect(page.getByRole('heading', { name: 'Preview of “2012-05-17-tg1584.md”' })).toBeVisible();
	await expect(page.getByRole('status').first()).toContainText('Imported “2012-05-17-tg1584.md”: 2 paragraphs kept, 1 removed.');
	const archived = paragraphs(page).filter({ hasText: '(Archived Content)' });
	await expect(archived).toContainText('Removed');
	await expect(archived).toContainText('Archive notice');
	await expect(paragraphs(page).first()).toContainText(RELEASE_TITLE);
	// No Markdown left in the text.
	await expect(page.getByRole('list', { name: 'Paragraphs' })).not.toContainText('**');

	// Fields from the front matter; the path-only address is flagged once the user continues.
	await expect(page.getByLabel('Title')).toHaveValue(RELEASE_TITLE);
	await expect(page.getByLabel('Published (optional)')).toHaveValue('2012-05-17');
	await expect(page.getByLabel('Address (URL) (optional)')).toHaveValue('/news/press-releases/tg1584');
	await page.getByRole('button', { name: 'Continue to annotation' }).click();
	await expect(page.getByText('Publisher must not be empty')).toBeVisible();
	await expect(page.getByText('Address (URL) is a path without its site')).toBeVisible();
	await expect(page.getByLabel('Publisher')).toBeFocused();

	await page.getByRole('button', { name: 'Put back paragraph 2: (Archived Content)' }).click();
	await expect(archived).not.toContainText('Removed');
	await expect(page.getByRole('button', { name: 'Cut paragraph 2: (Archived Content)' })).toBeVisible();
	await page.getByLabel('Title').fill('Treasury sanctions two Taliban and Haqqani figures');
	await page.getByLabel('Publisher').fill('U.S. Department of the Treasury');
	await page.getByLabel('Address (URL) (optional)').fill('https://home.treasury.gov/news/press-releases/tg1584');

	await page.reload();
	await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
	await expect(page.getByLabel('Title')).toHaveValue('Treasury sanctions two Taliban and Haqqani figures');
	await expect(page.getByLabel('Publisher')).toHaveValue('U.S. Department of the Treasury');
	await expect(page.getByRole('button', { name: 'Cut paragraph 2: (Archived Content)' })).toBeVisible();

	// Annotation starts in the editor, on a work in progress kept in this browser.
	await page.getByRole('button', { name: 'Continue to annotation' }).click();
	await page.waitForURL(/\/edit\/\?dataset=my-treasury-sanctions-two-taliban/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Treasury sanctions two Taliban and Haqqani figures');
	await expect(page.getByRole('textbox', { name: 'Article text' })).toContainText('(Archived Content)');
	expect(errors).toEqual([]);
});

test('pasted text keeps its curly quotes and loses its no-break spaces; a refused file changes nothing', async ({ page }) => {
	await openApp(page, '/import/');
	await page.getByLabel('Or paste the article’s text').fill(
		'Talks Resume in Doha\n\n“We don’t see any on-ground cooperation,” the\u00A0source\u00A0said – twice.\n\nFollow us on X and Facebook'
	);
	await page.getByRole('button', { name: 'Use pasted text' }).click();
	await expect(page.getByLabel('Title')).toHaveValue('Talks Resume in Doha');
	await expect(paragraphs(page).nth(1)).toContainText('“We don’t see any on-ground cooperation,” the source said – twice.');
	expect(await paragraphs(page).nth(1).locator('p').textContent()).not.toContain('\u00A0');
	await expect(paragraphs(page).nth(2)).toContainText('Share or follow prompt');

	await page.getByLabel('Open a file…').setInputFiles({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7') });
	await expect(page.getByRole('alert')).toContainText('“scan.pdf” is not a file the importer reads');
	await expect(page.getByRole('alert')).toContainText('Nothing was changed.');
	await expect(page.getByRole('heading', { name: 'Preview of pasted text' })).toBeVisible();
	await expect(page.getByLabel('Or paste the article’s text')).toHaveValue(/^Talks Resume in Doha/);
});

test('a file dropped on the page is imported, not opened in its place', async ({ page }) => {
	await openApp(page, '/import/');
	const text = readFileSync(RELEASE, 'utf8');
	const dataTransfer = await page.evaluateHandle((content) => {
		const transfer = new DataTransfer();
		transfer.items.add(new File([content], 'dropped.md', { type: 'text/markdown' }));
		return transfer;
	}, text);
	await page.locator('main').dispatchEvent('dragover', { dataTransfer });
	await page.locator('main').dispatchEvent('drop', { dataTransfer });
	await expect(page.getByRole('heading', { name: 'Preview of “dropped.md”' })).toBeVisible();
	await expect(page).toHaveURL(/\/import\/$/);
});

test('a hostile saved page runs nothing and requests nothing from outside', async ({ page, baseURL }) => {
	const errors = collectConsoleErrors(page);
	const offsite: string[] = [];
	page.on('request', (request) => {
		if (!request.url().startsWith(baseURL!) && !/^(data|blob):/.test(request.url())) offsite.push(request.url());
	});
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	await openApp(page, '/import/');
	await page.getByLabel('Open a file…').setInputFiles(HOSTILE);

	await expect(page.getByRole('heading', { name: 'Preview of “hostile-page.html”' })).toBeVisible();
	await expect(page.getByLabel('Title')).toHaveValue('Council Approves New Bridge Budget');
	// The page's words stay words: the placard's "<script>" is text on screen, not an element.
	await expect(page.getByText('One of them wrote the words <script>alert(1)</script> on a placard')).toBeVisible();
	await expect(page.getByRole('list', { name: 'Paragraphs' }).locator('script, img, iframe, object, embed, svg, video, a')).toHaveCount(0);
	// Time for anything scheduled to fire: a handler, a refresh, a loaded frame.
	await page.waitForTimeout(500);
	expect(await page.evaluate(() => (window as unknown as Record<string, unknown>).__threadboardPwned)).toBeUndefined();
	expect(page.frames()).toHaveLength(1);
	await expect(page).toHaveURL(/\/import\/$/);
	expect(offsite).toEqual([]);
	expect(dialogs).toEqual([]);
	// The parsed (never shown) page inherits the app's Content Security Policy, and Chromium reports
	// what it refuses there: its handlers, its <base>, its styles. A refusal is the defence working
	// (nothing ran, checked above); any other error is not.
	const refusals = (error: string) => /violates the following Content Security Policy directive.*The action has been blocked/s.test(error);
	expect(errors.filter((error) => !refusals(error))).toEqual([]);
});

test('the empty import screen passes axe', async ({ page }) => {
	await openApp(page, '/import/');
	expect(await axeViolations(page)).toEqual([]);
});

test('the import screen passes axe with a preview, removed paragraphs and a field’s problem shown', async ({ page }) => {
	await openApp(page, '/import/');
	await page.getByLabel('Open a file…').setInputFiles('tests/fixtures/import/news-page.html');
	await expect(page.getByRole('heading', { name: 'Preview of “news-page.html”' })).toBeVisible();
	await page.getByLabel('Published (optional)').fill('14/05/2023');
	await page.getByRole('button', { name: 'Continue to annotation' }).click();
	await expect(page.getByText('Published must be YYYY, YYYY-MM or YYYY-MM-DD')).toBeVisible();
	await expect(page.getByLabel('Published (optional)')).toBeFocused();
	expect(await axeViolations(page)).toEqual([]);
});

test('on a phone the screen fits the width and the preview comes before “Continue”', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await openApp(page, '/import/');
	await page.getByLabel('Open a file…').setInputFiles(RELEASE);
	await expect(page.getByRole('heading', { name: 'Preview of “2012-05-17-tg1584.md”' })).toBeVisible();
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
	const previewBox = await page.getByRole('list', { name: 'Paragraphs' }).boundingBox();
	const continueBox = await page.getByRole('button', { name: 'Continue to annotation' }).boundingBox();
	expect(previewBox!.y).toBeLessThan(continueBox!.y);
	// A file refused from the picker at the bottom: its message, at the top, is brought into view.
	await page.getByLabel('Open a file…').setInputFiles({ name: 'notes.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('x') });
	await expect(page.getByRole('alert')).toContainText('“notes.docx” is not a file the importer reads');
	await expect(page.getByRole('alert')).toBeInViewport();
});

test('the library leads to the import screen', async ({ page }) => {
	await openApp(page, '/');
	await page.getByRole('link', { name: 'Import an article…' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Import an article' })).toBeVisible();
	await expect(page).toHaveURL(/\/import\/$/);
});
