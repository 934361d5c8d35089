import { test, expect, type Page, type Route } from '@playwright/test';
import { syntheticDataset } from '../../bench/synthetic';
import { collectConsoleErrors, SEED_ID, seedView } from './helpers';

/**
 * A 5,000-actor dataset from the benchmark's seeded generator, served in place of the
 * seed's files: no layout is shipped or kept for it, so the layout worker lays it out
 * and the canvas renderer draws it.
 */
const LARGE = syntheticDataset(5000);
const DATASET_JSON = JSON.stringify(LARGE.dataset);

async function serveLargeDataset(page: Page): Promise<void> {
	await page.route(`**/datasets/${SEED_ID}/dataset.json`, (route) => route.fulfill({ body: DATASET_JSON, contentType: 'application/json' }));
	await page.route(`**/datasets/${SEED_ID}/article.txt`, (route) => route.fulfill({ body: LARGE.articleText, contentType: 'text/plain; charset=utf-8' }));
}

async function openLarge(page: Page): Promise<void> {
	await page.goto(seedView());
	await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
}

const graph = (page: Page) => page.locator('.workspace [data-graph-status]');
const evidence = (page: Page) => page.getByRole('region', { name: 'Evidence' });

/** Actors that start relations have quotes of their own: the 1,235th, by name. */
const ACTOR = LARGE.dataset.entities[1234]!;
const ACTOR_QUOTE = LARGE.dataset.quotes.find((quote) => quote.id === ACTOR.evidence[0])!;

test.describe('a 5,000-actor dataset', () => {
	test.slow();

	test('opens, answers clicks while its layout settles, then draws on the canvas', async ({ page }) => {
		const errors = collectConsoleErrors(page);
		await serveLargeDataset(page);
		// Hold the layout worker's script until the page has shown it answers: the layout is then surely still settling.
		let releaseWorker!: () => void;
		const workerHeld = new Promise<void>((resolve) => (releaseWorker = resolve));
		await page.route('**/*layout.worker*', async (route: Route) => {
			await workerHeld;
			await route.continue();
		});
		const opening = Date.now();
		await openLarge(page);
		test.info().annotations.push({ type: 'ready after', description: `${Date.now() - opening} ms` });
		await expect(graph(page)).toHaveAttribute('data-graph-status', 'settling');
		await expect(page.getByRole('status').filter({ hasText: 'Laying out 5,000 actors' })).toBeVisible();

		const started = Date.now();
		await page.getByRole('tab', { name: 'Article' }).click();
		await expect(page.getByRole('tab', { name: 'Article' })).toHaveAttribute('aria-selected', 'true');
		await page.getByRole('tab', { name: 'Map' }).click();
		await expect(page.getByRole('tab', { name: 'Map' })).toHaveAttribute('aria-selected', 'true');
		test.info().annotations.push({ type: 'two tab clicks answered in', description: `${Date.now() - started} ms (reported, not asserted)` });
		await expect(graph(page)).toHaveAttribute('data-graph-status', 'settling');

		releaseWorker();
		const released = Date.now();
		await expect(graph(page)).toHaveAttribute('data-graph-status', 'drawn', { timeout: 60_000 });
		test.info().annotations.push({ type: 'laid out and drawn after', description: `${Date.now() - released} ms` });
		await expect(graph(page)).toHaveAttribute('data-renderer', 'canvas');
		await expect(page.locator('.workspace [data-node-id]')).toHaveCount(0);
		await page.screenshot({ path: 'test-results/large-graph-5000.png' });
		expect(errors).toEqual([]);
	});

	// One page for both, as each opening of 5,000 actors costs seconds on a busy machine.
	test('finds an actor by search and shows its quotes; the keyboard moves through the actors on the canvas and selects one', async ({ page }) => {
		await serveLargeDataset(page);
		await openLarge(page);
		await page.keyboard.press('/');
		await page.keyboard.type(ACTOR.name);
		await page.keyboard.press('Enter');
		await expect(evidence(page).getByRole('heading', { level: 2 })).toHaveText(ACTOR.name);
		await expect(evidence(page).getByText(ACTOR_QUOTE.exact).first()).toBeVisible();
		await expect(graph(page)).toHaveAttribute('data-graph-status', 'drawn', { timeout: 60_000 });
		await page.screenshot({ path: 'test-results/large-graph-selected.png' });

		const surface = page.getByRole('application', { name: /Relationship graph: 5,000 actors/ });
		await surface.focus();
		const announced = page.locator('#canvas-graph-focus');
		// The keyboard starts from the selected actor.
		await expect(announced).toContainText(`${ACTOR.name}, ${ACTOR.kind}`);
		await page.keyboard.press('Home');
		const first = (await announced.textContent())!;
		expect(first).not.toContain(ACTOR.name);
		await page.keyboard.press('ArrowDown');
		await expect(announced).not.toHaveText(first);
		const name = (await announced.textContent())!.split(',')[0]!;
		await page.keyboard.press('Enter');
		await expect(evidence(page).getByRole('heading', { level: 2 })).toHaveText(name);
		await expect(announced).toContainText('selected');
		await page.screenshot({ path: 'test-results/large-graph-keyboard.png' });
	});
});
