/**
 * The automatic first draft in the browser: a Treasury release drafted in the editor,
 * with progress, its candidates accepted and the workspace opened; the seed article
 * drafted, its Taliban source's denial drafted as a denial.
 */
import { readFileSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { articleText } from './editor-helpers';
import { collectConsoleErrors, openApp, SEED_ID } from './helpers';

const RELEASE = 'articles/treasury/2012-05-17-tg1584.md';
const review = (page: Page) => page.getByRole('region', { name: /^To review:/ });

async function draft(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Draft automatically' }).click();
	await expect(page.getByRole('heading', { name: /^To review: \d+ drafted/ })).toBeVisible({ timeout: 60_000 });
}

test('a Treasury release imported, drafted with progress, its candidates accepted, the workspace opened', async ({ page }) => {
	test.slow();
	const errors = collectConsoleErrors(page);
	await openApp(page, '/import/');
	await page.getByLabel('Open a file…').setInputFiles(RELEASE);
	await page.getByLabel('Publisher').fill('U.S. Department of the Treasury');
	// The file gives its address relative to the site: the importer asks for a whole one.
	await page.getByLabel('Address (URL) (optional)').fill('https://home.treasury.gov/news/press-releases/tg1584');
	await page.getByRole('button', { name: 'Continue to annotation' }).click();
	await page.waitForURL(/\/edit\/\?dataset=/);
	await expect(articleText(page)).toContainText('Bakht Gul');

	await page.getByRole('button', { name: 'Draft automatically' }).click();
	// The worker reports its stages while it runs (or is already done on a fast machine).
	await expect(page.getByRole('progressbar', { name: 'Drafting progress' }).or(page.getByRole('heading', { name: /^To review:/ })).first()).toBeVisible();
	await expect(page.getByRole('heading', { name: /^To review: \d+ drafted/ })).toBeVisible({ timeout: 60_000 });
	await expect(page.getByText('Bakht Gul', { exact: false }).first()).toBeVisible();

	await page.getByRole('button', { name: 'Accept all', exact: true }).click();
	await expect(page.getByRole('heading', { name: /^To review:/ })).toHaveCount(0);
	await page.getByRole('button', { name: 'Done' }).click();
	await page.waitForURL(/\/view\/\?dataset=/);
	await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
	await expect(page.locator('.workspace [data-node-id]').first()).toBeVisible();
	expect(await page.locator('.workspace [data-node-id]').count()).toBeGreaterThanOrEqual(4);
	expect(await page.locator('.workspace .link-targets [data-relation-id]').count()).toBeGreaterThanOrEqual(2);
	expect(errors).toEqual([]);
});

test('the seed article drafted: the Taliban source’s denial is drafted as a denial', async ({ page }) => {
	test.slow();
	const errors = collectConsoleErrors(page);
	const text = readFileSync(`static/datasets/${SEED_ID}/article.txt`, 'utf8');
	await openApp(page, '/import/');
	await page.getByLabel('Or paste the article’s text').fill(text);
	await page.getByRole('button', { name: 'Use pasted text' }).click();
	await page.getByLabel('Title').fill('Haqqani Network Hand In Glove With Al-Qaeda, May Have Formed Joint Unit — US Document');
	await page.getByLabel('Publisher').fill('The EurAsian Times');
	await page.getByRole('button', { name: 'Continue to annotation' }).click();
	await page.waitForURL(/\/edit\/\?dataset=/);
	await draft(page);
	const denied = review(page).locator('details').filter({ has: page.locator('summary', { hasText: /^Denied / }) });
	await expect(denied.first()).toBeAttached();
	await denied.first().locator('summary').click();
	await expect(denied.first().getByRole('button', { name: /Taliban/ }).first()).toBeVisible();
	expect(errors).toEqual([]);
});
