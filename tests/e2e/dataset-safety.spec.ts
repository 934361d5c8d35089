/**
 * Datasets a careless or hostile author could write, served in place of the seed:
 * the app names their problems, or shows them correctly, and never crashes.
 */
import { test, expect, type Page } from '@playwright/test';
import { collectConsoleErrors, openApp, SEED_ID } from './helpers';

/** Serves the seed's dataset.json changed by `edit`. */
async function serveEditedDataset(page: Page, edit: (json: any) => void): Promise<void> {
	await page.route(`**/datasets/${SEED_ID}/dataset.json`, async (route) => {
		const response = await route.fetch();
		const json = JSON.parse(await response.text());
		edit(json);
		await route.fulfill({ response, body: JSON.stringify(json) });
	});
}

function renameEntity(json: any, from: string, to: string): void {
	for (const entity of json.entities) if (entity.id === from) entity.id = to;
	for (const relation of json.relations)
		for (const key of ['source', 'target', 'assertedBy']) if (relation[key] === from) relation[key] = to;
}

test('a dataset that repeats quotes, places and aliases shows its problems, not a crash', async ({ page }) => {
	const errors = collectConsoleErrors(page);
	await serveEditedDataset(page, (json) => {
		json.entities[0].evidence.push(json.entities[0].evidence[0]);
		json.entities[2].aliases.push(json.entities[2].aliases[0]);
		json.relations[1].places = ['kabul', 'kabul'];
	});
	await openApp(page, '/?actor=haqqani-network');
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('could not be loaded');
	await expect(alert).toContainText('3 problems found');
	await expect(alert).toContainText('entities[0].evidence[4]: quote "q-title" is already cited at entities[0].evidence[0]');
	await expect(alert).toContainText('entities[2].aliases[1]: alias "Afghan Taliban" is already listed at entities[2].aliases[0]');
	await expect(alert).toContainText('relations[1].places[1]: place "kabul" is already listed at relations[1].places[0]');
	expect(errors.filter((error) => !/hydration/i.test(error))).toEqual([]);
});

test('names, aliases and an address that hide what they are are refused, each named', async ({ page }) => {
	await serveEditedDataset(page, (json) => {
		json.entities[0].name = 'Haqqani \u202ENetwork';
		json.entities[1].aliases = ['\u200B\u200D'];
		json.article.url = 'javascript:alert(document.domain)';
	});
	await openApp(page);
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('entities[0].name: contains the direction control U+202E');
	await expect(alert).toContainText('entities[1].aliases[0]: has no visible characters');
	await expect(alert).toContainText('article.url: must be an http or https address, not javascript:');
});

test('an actor whose id is “article” stays apart from the article’s own voice under “Said by”', async ({ page }) => {
	const errors = collectConsoleErrors(page);
	await serveEditedDataset(page, (json) => renameEntity(json, 'treasury-document', 'article'));
	await openApp(page, '/?by=article');
	await page.getByText('Said by:').click();
	const actor = page.getByRole('checkbox', { name: /^US Treasury document of 4 January 2021/ });
	const voice = page.getByRole('checkbox', { name: /^The article’s own voice/ });
	// An actor really called `article` wins over an old link's meaning of by=article.
	await expect(actor).toBeChecked();
	await expect(voice).not.toBeChecked();
	await voice.check();
	await expect(page).toHaveURL(/[?&]by=(article,~article|~article,article)(&|$)/);
	expect(errors.filter((error) => !/hydration/i.test(error))).toEqual([]);
});

test('an actor id of the longest allowed length survives a link and a reload', async ({ page }) => {
	const id = `taliban-${'x'.repeat(120 - 'taliban-'.length)}`;
	await serveEditedDataset(page, (json) => renameEntity(json, 'taliban', id));
	await openApp(page, `/?actor=${id}`);
	const evidence = page.getByRole('region', { name: 'Evidence' });
	await expect(evidence.getByRole('heading', { level: 2 })).toHaveText(/Taliban/);
	await page.reload();
	await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
	await expect(page).toHaveURL(new RegExp(`[?&]actor=${id}(&|$)`));
	await expect(evidence.getByRole('heading', { level: 2 })).toHaveText(/Taliban/);
	await expect(page.getByText(/Ignored actor=/)).toHaveCount(0);
});
