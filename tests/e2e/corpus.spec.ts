import { readFileSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { collectConsoleErrors, openApp, SEED_ID } from './helpers';

const drawnLinks = (page: Page) => page.locator('.workspace .link-targets [data-relation-id]');
const evidence = (page: Page) => page.getByRole('region', { name: 'Evidence' });
const supportOf = (page: Page) => drawnLinks(page).evaluateAll((links) => links.map((link) => Number(link.getAttribute('data-support'))));

async function searchAndChoose(page: Page, text: string): Promise<void> {
	await page.getByRole('combobox', { name: 'Search actors, places and quotes' }).fill(text);
	await page.keyboard.press('Enter');
}

async function openSources(page: Page): Promise<void> {
	await page.getByText('Sources:').click();
}

/**
 * A second report of the seed article's story from another publisher, which quotes a
 * source denying the funding the seed's US document asserts: a real contradiction
 * across articles, built for the test because the built-in articles have none.
 */
function echoBundle(): { name: string; json: string; id: string; title: string } {
	const folder = `static/datasets/${SEED_ID}`;
	const dataset = JSON.parse(readFileSync(`${folder}/dataset.json`, 'utf8'));
	const text = readFileSync(`${folder}/article.txt`, 'utf8');
	const funding = dataset.relations.find((relation: { source: string; target: string; type: string }) => relation.source === 'al-qaeda' && relation.target === 'taliban' && relation.type === 'funding');
	funding.stance = 'denied';
	funding.assertedBy = 'taliban-source';
	const id = 'echo-of-the-joint-unit';
	const title = 'Echo: the joint unit, as another wire told it';
	const bundle = {
		format: 'threadboard-dataset',
		version: 1,
		id,
		article: { ...dataset.article, title, publisher: 'Another Wire', published: '2021-06-01', text },
		entities: dataset.entities,
		places: dataset.places,
		relations: dataset.relations,
		quotes: dataset.quotes
	};
	return { name: `${id}.threadboard.json`, json: JSON.stringify(bundle), id, title };
}

test('the built-in corpus: one Haqqani Network with quotes from several articles, a claim filter, a deep link and a slide', async ({ page }) => {
	test.slow();
	const errors = collectConsoleErrors(page);
	await openApp(page, '/');
	await page.getByRole('link', { name: 'All built-in articles' }).click();
	await page.waitForURL(/\/view\/\?corpus=all-built-in/);
	await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('All built-in articles');

	// The same actor in four articles is one node, and its quotes come from several of them.
	await expect(page.locator('.workspace [data-node-id^="haqqani-network"]')).toHaveCount(1);
	await searchAndChoose(page, 'Haqqani Network');
	await expect(evidence(page).getByRole('heading', { level: 2 })).toHaveText('Haqqani Network');
	const articles = evidence(page).locator('section[data-article]');
	expect(await articles.count()).toBeGreaterThanOrEqual(2);
	await expect(articles.first().getByRole('button', { name: 'Read this article' })).toBeVisible();

	// Claims two articles hold up: every drawn link then says so.
	await openSources(page);
	await page.getByLabel('How many').selectOption('2');
	await expect(page).toHaveURL(/support=2-articles/);
	await expect.poll(() => drawnLinks(page).count()).toBeGreaterThan(0);
	const kept = await supportOf(page);
	expect(kept.every((support) => support >= 2)).toBe(true);
	const shown = await page.locator('.filters .summary').textContent();

	// The deep link reproduces the view after a reload.
	const url = page.url();
	await page.reload();
	await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
	expect(page.url()).toBe(url);
	await expect(page.locator('.filters .summary')).toHaveText(shown!);
	expect(await supportOf(page)).toEqual(kept);

	// A slide of the corpus view, presented.
	await page.getByRole('button', { name: /^Slides \(/ }).click();
	await page.getByRole('button', { name: 'Add this view as a slide' }).click();
	await page.getByRole('button', { name: /Present/ }).first().click();
	const show = page.getByRole('dialog', { name: 'Presentation' });
	await expect(show).toBeVisible();
	await expect(show.locator('.counter')).toHaveText('Slide 1 of 1');
	expect(errors).toEqual([]);
});

test('a corpus made in the library: a denial in one article against an assertion in another is contested; two publishers; merge decisions kept', async ({ page }) => {
	test.slow();
	const errors = collectConsoleErrors(page);
	const echo = echoBundle();
	await openApp(page, '/');
	await page.getByLabel('Open a dataset file…').setInputFiles({ name: echo.name, mimeType: 'application/json', buffer: Buffer.from(echo.json) });
	await page.waitForURL(new RegExp(`/view/\\?dataset=${echo.id}`));

	await openApp(page, '/');
	await page.getByRole('button', { name: 'New corpus…' }).click();
	await page.getByLabel('Title').fill('Joint unit, two tellings');
	await page.getByRole('checkbox', { name: /^Haqqani Network Hand In Glove/ }).check();
	await page.getByRole('checkbox', { name: /^Echo: the joint unit/ }).check();
	await page.getByRole('button', { name: 'Create and open' }).click();
	await page.waitForURL(/\/view\/\?corpus=/);
	await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Joint unit, two tellings');
	await expect(page.getByText('2 articles from 2 publishers')).toBeVisible();

	// Contested only: the funding one article asserts and the other denies.
	await openSources(page);
	await page.getByRole('checkbox', { name: 'Contested claims only' }).check();
	await expect(page).toHaveURL(/contested=only/);
	const contested = page.locator('.workspace .link-targets [data-relation-id="al-qaeda-funding-taliban"]');
	await expect(contested).toHaveAttribute('data-contested', 'true');
	await expect(drawnLinks(page).and(page.locator(':not([data-contested="true"])'))).toHaveCount(0);
	await contested.dispatchEvent('click');
	await expect(evidence(page).getByText('What each source says (2)')).toBeVisible();
	const sources = evidence(page).locator('li[data-article]');
	await expect(sources).toHaveCount(2);
	await expect(evidence(page).locator('li[data-stance="denied"]')).toContainText('Another Wire');
	await expect(evidence(page).locator('li[data-stance="asserted"]')).toContainText('The EurAsian Times');
	await expect(evidence(page)).toContainText('contested');

	// Two publishers: the denied funding is held up by one, and drops out.
	await page.getByRole('checkbox', { name: 'Contested claims only' }).uncheck();
	await page.getByLabel('How many').selectOption('2');
	await page.getByLabel('Counted in').selectOption('publishers');
	await expect(page).toHaveURL(/support=2-publishers/);
	await expect(contested).toHaveCount(0);
	await expect.poll(() => drawnLinks(page).count()).toBeGreaterThan(10);
	expect((await supportOf(page)).every((support) => support >= 2)).toBe(true);

	// Keep the two Haqqani Networks apart: two nodes, and still two after a reload.
	await page.getByRole('button', { name: /^Merges/ }).click();
	await expect(page.getByText(/actors from \d+/)).toBeVisible();
	const key = [`${echo.id}/haqqani-network`, `${SEED_ID}/haqqani-network`].sort().join('|');
	await page.locator(`[data-review-key="${key}"]`).getByRole('button', { name: /^Keep apart/ }).click();
	await expect(page.locator('.workspace [data-node-id^="haqqani-network"]')).toHaveCount(2);
	await page.reload();
	await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
	await expect(page.locator('.workspace [data-node-id^="haqqani-network"]')).toHaveCount(2);
	expect(errors).toEqual([]);
});

test('the built-in corpus is drawn from the layout the build made for it', async ({ page }) => {
	const shipped = JSON.parse(readFileSync(new URL('../../static/datasets/all-built-in.layout.json', import.meta.url), 'utf8')) as { id: string; positions: Record<string, [number, number]> };
	const ids = Object.keys(shipped.positions);
	// Two actors far apart across: which one is drawn further left tells which layout was drawn.
	const [left, right] = [...ids].sort((a, b) => shipped.positions[a]![0] - shipped.positions[b]![0]).filter((_, index, all) => index === 0 || index === all.length - 1);
	const centreX = async (id: string) => {
		const box = await page.locator(`.workspace [data-node-id="${id}"] .shape`).first().boundingBox();
		return box!.x + box!.width / 2;
	};
	await openApp(page, '/view/?corpus=all-built-in');
	await expect(page.locator('[data-graph-status="drawn"]')).toHaveCount(1);
	expect(await centreX(left!)).toBeLessThan(await centreX(right!));

	// The same file mirrored, under the same key: a graph drawn from it is mirrored too, so it was drawn from the file.
	const mirrored = { id: shipped.id, positions: Object.fromEntries(Object.entries(shipped.positions).map(([id, [x, y]]) => [id, [-x, y]])) };
	await page.route('**/datasets/all-built-in.layout.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(mirrored) }));
	await openApp(page, '/view/?corpus=all-built-in');
	await expect(page.locator('[data-graph-status="drawn"]')).toHaveCount(1);
	expect(await centreX(left!)).toBeGreaterThan(await centreX(right!));
});
