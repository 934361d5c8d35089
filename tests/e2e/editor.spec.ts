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
	await expect(form(page).getByLabel('Name')).toHaveValue(phrase);
	await form(page).getByLabel('Kind').selectOption(kind);
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
	await form(page).getByLabel('From (source)').selectOption({ label: link.source });
	await form(page).getByLabel('Type').selectOption(link.type);
	await form(page).getByLabel('To (target)').selectOption({ label: link.target });
	await form(page).getByLabel('Stance').selectOption(link.stance);
	await form(page).getByLabel(/^Summary/).fill(link.summary);
	await form(page).getByLabel(/^Summary/).blur();
	await expect(form(page).getByRole('heading')).toContainText(`${link.source}`);
	await form(page).getByRole('button', { name: 'Back to the lists' }).click();
}

test('a built-in dataset offers a copy to edit; the copy opens in the editor with its quotes marked', async ({ page }) => {
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
	await expect(page.getByRole('alert').or(page.getByRole('status')).filter({ hasText: /problems? before it can be saved/ })).toHaveCount(0);
	await expect(form(page).getByText('The link has no quote')).toHaveCount(0);
	await expect(form(page).getByText('Choose the actor the link goes to.')).toBeVisible();
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('status').filter({ hasText: /Not saved: \d+ problems? stand/ })).toBeVisible();
	await form(page).getByRole('button', { name: 'Back to the lists' }).click();
	await expect(lists(page).getByRole('button', { name: /\(no source\) is affiliated with \(no target\).*3 problems/ })).toBeVisible();
	await page.keyboard.press('Control+z');
	await expect(lists(page).getByRole('heading', { name: 'Links (25)' })).toBeVisible();
});
