/**
 * The annotation editor against the production build: a Treasury release imported from a
 * file, annotated by selecting its words (three actors, a place from the gazetteer, two
 * links with their stances), kept across a reload, saved, opened in the workspace,
 * exported, deleted, and imported again in a fresh browser profile: the same dataset.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { collectConsoleErrors, openApp, SEED_ID } from './helpers';
import { articleText, axeViolations, selectPhrase } from './editor-helpers';

const RELEASE = 'articles/treasury/2012-05-17-tg1584.md';
const TITLE = 'Treasury Imposes Sanctions on Individuals Linked to the Taliban and Haqqani Network';

const lists = (page: Page) => page.getByRole('region', { name: 'Annotations' });
const form = (page: Page) => lists(page).locator('form');

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
	const [file] = await Promise.all([page.waitForEvent('download'), click()]);
	return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

async function importRelease(page: Page): Promise<string> {
	await openApp(page, '/import/');
	await page.getByLabel('Open a file…').setInputFiles(RELEASE);
	await expect(page.getByLabel('Title')).toHaveValue(TITLE);
	await page.getByLabel('Publisher').fill('U.S. Department of the Treasury');
	await page.getByLabel('Address (URL) (optional)').fill('https://home.treasury.gov/news/press-releases/tg1584');
	await page.getByRole('button', { name: 'Continue to annotation' }).click();
	await page.waitForURL(/\/edit\/\?dataset=my-treasury-imposes-sanctions/);
	await expect(articleText(page)).toContainText('Bakht Gul, a Haqqani Network communications official');
	return new URL(page.url()).searchParams.get('dataset')!;
}

async function newActor(page: Page, phrase: string, kind: string, summary: string, occurrence = 0) {
	await selectPhrase(page, phrase, occurrence);
	await page.getByRole('button', { name: 'New actor' }).click();
	await expect(form(page).getByRole('heading')).toContainText(phrase);
	await expect(form(page).getByLabel('Name', { exact: true })).toHaveValue(phrase);
	await form(page).getByLabel('Kind', { exact: true }).selectOption(kind);
	await form(page).getByLabel(/^Summary/).fill(summary);
	await form(page).getByLabel(/^Summary/).blur();
	await expect(form(page).getByText('The summary is empty.')).toHaveCount(0);
	await form(page).getByRole('button', { name: 'Back to the lists' }).click();
}

async function newLink(page: Page, phrase: string, link: { source: string; type: string; target: string; stance: string; summary: string }) {
	await selectPhrase(page, phrase);
	await page.getByRole('button', { name: 'New link' }).click();
	// Unfinished, and the editor says where.
	await expect(form(page).getByText('Choose the actor the link starts from.')).toBeVisible();
	await form(page).getByLabel('From (source)', { exact: true }).selectOption({ label: link.source });
	await form(page).getByLabel('Type', { exact: true }).selectOption(link.type);
	await form(page).getByLabel('To (target)', { exact: true }).selectOption({ label: link.target });
	await form(page).getByLabel('Stance', { exact: true }).selectOption(link.stance);
	await form(page).getByLabel(/^Summary/).fill(link.summary);
	await form(page).getByLabel(/^Summary/).blur();
	await expect(form(page).getByRole('heading')).toContainText(`${link.source}`);
	await form(page).getByRole('button', { name: 'Back to the lists' }).click();
}

test('import a Treasury release, annotate it by selecting text, keep it, save, view, export and import it elsewhere', async ({ page, browser }) => {
	test.setTimeout(240_000);
	const errors = collectConsoleErrors(page);
	const id = await importRelease(page);
	await expect(page.getByRole('status').filter({ hasText: 'problem' }).first()).toBeVisible();

	await newActor(page, 'Bakht Gul', 'person', 'Haqqani Network communications official designated in 2012.');
	await newActor(page, 'Badruddin Haqqani', 'person', 'Haqqani Network commander, designated by the State Department in 2011.');
	await newActor(page, 'Haqqani Network', 'armed group', 'Taliban-affiliated militant network.', 1);

	// A place from the gazetteer, found by another spelling.
	await selectPhrase(page, 'Miram Shah');
	await page.getByRole('button', { name: 'New place' }).click();
	await expect(form(page).getByLabel('Find in the gazetteer', { exact: true })).toHaveValue('Miram Shah');
	await form(page).getByRole('list', { name: 'Gazetteer results' }).getByRole('button').first().click();
	await expect(form(page).getByLabel('Longitude', { exact: true })).toHaveValue(/^70\.0/);
	await expect(form(page).getByLabel('Latitude', { exact: true })).toHaveValue(/^33\.0/);
	await form(page).getByRole('button', { name: 'Back to the lists' }).click();

	await newLink(page, 'Bakht Gul, a Haqqani Network communications official', { source: 'Bakht Gul', type: 'affiliation', target: 'Haqqani Network', stance: 'asserted', summary: 'Bakht Gul is a Haqqani Network communications official.' });
	await newLink(page, 'Gul works directly for senior Haqqani Network leader Badruddin Haqqani', { source: 'Bakht Gul', type: 'affiliation', target: 'Badruddin Haqqani', stance: 'asserted', summary: 'Bakht Gul works for Badruddin Haqqani as his gatekeeper.' });

	// An extra quote for an existing actor, chosen with the keyboard offsets.
	await lists(page).getByRole('button', { name: /^Badruddin Haqqani/ }).click();
	const text = await articleText(page).evaluate((node) => [...node.querySelectorAll<HTMLElement>('[data-start]')].map((run) => ({ start: Number(run.dataset.start), text: run.textContent! })));
	const full = text.reduce((all, run) => all.padEnd(run.start, '\n') + run.text, '');
	const second = full.indexOf('Badruddin Haqqani is a Haqqani Network commander');
	await page.getByLabel('From').fill(String(second));
	await page.getByLabel('to', { exact: true }).fill(String(second + 'Badruddin Haqqani'.length));
	await page.getByLabel('to', { exact: true }).blur();
	await page.getByRole('button', { name: 'Add as quote to Badruddin Haqqani' }).click();
	await expect(form(page).getByRole('group', { name: 'Quotes' }).getByRole('listitem')).toHaveCount(2);
	await form(page).getByRole('button', { name: 'Back to the lists' }).click();

	await expect(page.getByRole('status').filter({ hasText: 'None: this is a valid dataset, ready to save.' })).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);

	// Reload: everything is still there, from the work in progress.
	await expect(page.getByText('Work in progress kept in this browser')).toBeVisible();
	await page.reload();
	await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
	await expect(lists(page).getByRole('heading', { name: 'Actors (3)' })).toBeVisible();
	await expect(lists(page).getByRole('heading', { name: 'Places (1)' })).toBeVisible();
	await expect(lists(page).getByRole('heading', { name: 'Links (2)' })).toBeVisible();

	// Undo and redo any edit.
	await lists(page).getByRole('button', { name: /^Miram Shah/ }).click();
	await form(page).getByRole('button', { name: 'Delete place' }).click();
	await expect(lists(page).getByRole('heading', { name: 'Places (0)' })).toBeVisible();
	await page.getByRole('button', { name: 'Undo: delete place Miram Shah' }).click();
	await expect(lists(page).getByRole('heading', { name: 'Places (1)' })).toBeVisible();

	await page.getByRole('button', { name: 'Done' }).click();
	await page.waitForURL(new RegExp(`/view/\\?dataset=${id}`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
	await page.getByRole('button', { name: /^Bakht Gul,/ }).click();
	const evidence = page.getByRole('region', { name: 'Evidence' });
	await expect(evidence).toContainText('Bakht Gul, a Haqqani Network communications official');
	await expect(evidence).toContainText('asserted in the article’s own voice');
	await expect(page.getByRole('link', { name: 'Edit' })).toHaveAttribute('href', `/edit/?dataset=${id}`);

	// Export as the bundle and as the folder format from the library, then delete it.
	await openApp(page, '/');
	// The built-in copy of this release has the same title: the row is the one marked as the user's own.
	const row = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: TITLE, exact: true }) }).filter({ hasText: 'Yours' });
	const bundle = await download(page, () => row.getByRole('button', { name: 'Export', exact: true }).click());
	const folder = await download(page, () => row.getByRole('button', { name: 'Export folder' }).click());
	expect(bundle.name).toBe(`${id}.threadboard.json`);
	expect(folder.name).toBe(`${id}.zip`);
	await row.getByRole('button', { name: 'Delete' }).click();
	await expect(row).toHaveCount(0);

	// Each file opened in a fresh browser profile gives the same dataset, under the same id.
	for (const file of [bundle, folder]) {
		const fresh = await (await browser.newContext()).newPage();
		await openApp(fresh, '/');
		await fresh.getByLabel('Open a dataset file…').setInputFiles({ name: file.name, mimeType: 'application/octet-stream', buffer: file.bytes });
		await fresh.waitForURL(new RegExp(`/view/\\?dataset=${id}`));
		await expect(fresh.getByRole('heading', { level: 1 })).toHaveText(TITLE);
		await openApp(fresh, '/');
		const freshRow = fresh.getByRole('listitem').filter({ has: fresh.getByRole('heading', { name: TITLE, exact: true }) }).filter({ hasText: 'Yours' });
		const again = await download(fresh, () => freshRow.getByRole('button', { name: 'Export', exact: true }).click());
		expect(again.bytes.toString('utf8')).toBe(bundle.bytes.toString('utf8'));
		await fresh.context().close();
	}
	expect(errors).toEqual([]);
});

test('a built-in dataset offers a copy to edit; the copy opens in the editor with its quotes marked', async ({ page }) => {
	test.setTimeout(300_000);
	await openApp(page, `/edit/?dataset=${SEED_ID}`);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('is built in');
	expect(await axeViolations(page)).toEqual([]);
	await page.getByRole('button', { name: 'Duplicate it to edit' }).click();
	await page.waitForURL(/\/edit\/\?dataset=my-haqqani-network/);
	await expect(page.getByText('Saved in your library')).toBeVisible();
	await expect(articleText(page).locator('.quoted').first()).toBeVisible();
	await lists(page).getByRole('button', { name: /^Taliban armed group/ }).click();
	await expect(articleText(page).locator('.focused').first()).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
});

test('the keyboard selects sentences and words, and an unfinished link is shown where its problems are', async ({ page }) => {
	test.setTimeout(300_000);
	await openApp(page, `/edit/?dataset=${SEED_ID}`);
	await page.getByRole('button', { name: 'Duplicate it to edit' }).click();
	await page.waitForURL(/\/edit\/\?dataset=my-/);
	await articleText(page).focus();
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	const selection = page.getByRole('region', { name: 'Selection' });
	await expect(selection).toContainText('“The Taliban-affiliated Haqqani Network discussed the formation');
	await page.keyboard.press('ArrowLeft');
	await expect(selection).toContainText('a US Treasury Department document has”');
	await page.keyboard.press('Shift+ArrowRight');
	await expect(selection).toContainText('“Taliban-affiliated Haqqani Network');
	await page.getByRole('button', { name: 'New link' }).click();
	await expect(form(page).getByText('The link has no quote')).toHaveCount(0);
	await expect(form(page).getByText('Choose the actor the link goes to.')).toBeVisible();
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('status').filter({ hasText: /Not saved: \d+ problems? stand/ })).toBeVisible();
	await form(page).getByRole('button', { name: 'Back to the lists' }).click();
	await expect(lists(page).getByRole('button', { name: /\(no source\) is affiliated with \(no target\).*3 problems/ })).toBeVisible();
	await page.keyboard.press('Control+z');
	await expect(lists(page).getByRole('heading', { name: 'Links (25)' })).toBeVisible();
});
