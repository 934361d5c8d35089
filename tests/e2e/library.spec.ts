import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { collectConsoleErrors, openApp, SEED_ID } from './helpers';

const SEED_TITLE = 'Haqqani Network Hand In Glove With Al-Qaeda, May Have Formed Joint Unit — US Document';
/** How many datasets are built in (static/datasets/index.json). */
const BUILT_IN = (JSON.parse(readFileSync(new URL('../../static/datasets/index.json', import.meta.url), 'utf8')) as { datasets: unknown[] }).datasets.length;

const rowOf = (page: Page, title: string) => page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title, exact: true }) });

test('the library lists the built-in dataset with its counts and opens it', async ({ page }) => {
	const errors = collectConsoleErrors(page);
	await openApp(page, '/');
	await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
	const row = rowOf(page, SEED_TITLE);
	await expect(row).toContainText('Built-in');
	await expect(row).toContainText('17 actors · 25 links · 6 places · 25 quotes');
	await expect(row.getByRole('button', { name: 'Delete' })).toHaveCount(0);
	await row.getByRole('link', { name: 'Open' }).click();
	await expect(page).toHaveURL(new RegExp(`/view/\\?dataset=${SEED_ID}$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
	expect(errors).toEqual([]);
});

test('own datasets: duplicate, rename, survive a reload, open, delete with undo', async ({ page }) => {
	await openApp(page, '/');
	await rowOf(page, SEED_TITLE).getByRole('button', { name: 'Duplicate' }).click();
	const copy = rowOf(page, `${SEED_TITLE} (copy)`);
	await expect(copy).toContainText('Yours');
	await copy.getByRole('button', { name: 'Rename' }).click();
	await page.getByLabel('New title').fill('My working copy');
	await page.getByRole('button', { name: 'Save' }).click();
	const mine = rowOf(page, 'My working copy');
	await expect(mine).toContainText('edited just now');

	await page.reload();
	await expect(rowOf(page, 'My working copy')).toContainText('17 actors');

	await rowOf(page, 'My working copy').getByRole('link', { name: 'Open' }).click();
	await expect(page).toHaveURL(/\/view\/\?dataset=my-haqqani-network/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('My working copy');
	await page.getByRole('button', { name: /^Taliban,/ }).click();
	await expect(page).toHaveURL(/\?dataset=my-haqqani-network[a-z0-9-]*&actor=taliban$/);
	await page.reload();
	await expect(page.getByRole('region', { name: 'Evidence' })).toContainText('Taliban');

	await page.goto('/');
	await rowOf(page, 'My working copy').getByRole('button', { name: 'Delete' }).click();
	await expect(rowOf(page, 'My working copy')).toHaveCount(0);
	await expect(page.getByRole('status').filter({ hasText: 'Deleted “My working copy”' })).toBeVisible();
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(rowOf(page, 'My working copy')).toContainText('17 actors');
});

test('a link to an own dataset another browser has says so, and importing its file opens it at that link', async ({ page, browser }) => {
	await openApp(page, '/');
	await rowOf(page, SEED_TITLE).getByRole('button', { name: 'Duplicate' }).click();
	const copy = rowOf(page, `${SEED_TITLE} (copy)`);
	const download = page.waitForEvent('download');
	await copy.getByRole('button', { name: 'Export', exact: true }).click();
	const file = await (await download).path();
	await copy.getByRole('link', { name: 'Open' }).click();
	await page.getByRole('button', { name: /^al-Qaeda,/ }).click();
	// The address is written in the frame after the one that shows the selection.
	await expect(page).toHaveURL(/[?&]actor=al-qaeda(&|$)/);
	const link = page.url().replace(/^https?:\/\/[^/]+/, '');

	// A fresh profile: no own datasets.
	const fresh = await (await browser.newContext()).newPage();
	await openApp(fresh, link);
	await expect(fresh.getByRole('heading', { level: 1 })).toContainText('This browser does not have the dataset');
	await fresh.getByLabel('Open a dataset file…').setInputFiles({ name: 'copy.threadboard.json', mimeType: 'application/json', buffer: readFileSync(file) });
	await expect(fresh.getByRole('heading', { level: 1 })).toHaveText(`${SEED_TITLE} (copy)`);
	await openApp(fresh, link);
	await expect(fresh.getByRole('region', { name: 'Evidence' })).toContainText('al-Qaeda');
});

test('a dataset file that is not one is refused with its problem, and the library is unchanged', async ({ page }) => {
	await openApp(page, '/');
	await page.getByLabel('Open a dataset file…').setInputFiles({ name: 'slides.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"threadboard-slides","version":1}') });
	await expect(page.getByRole('alert')).toContainText('is a “threadboard-slides” file, not a Threadboard dataset');
	await expect(page.getByRole('list', { name: 'Datasets' }).locator(':scope > li')).toHaveCount(BUILT_IN);
});

test('a link from before the library opens the first dataset with the same view', async ({ page }) => {
	await page.goto('/?actor=taliban');
	await expect(page).toHaveURL(new RegExp(`/view/\\?dataset=${SEED_ID}&actor=taliban$`));
	await expect(page.getByRole('region', { name: 'Evidence' })).toContainText('Taliban');
});

test('the library has no WCAG 2.1 AA violations', async ({ page }) => {
	await openApp(page, '/');
	await rowOf(page, SEED_TITLE).getByRole('button', { name: 'Duplicate' }).click();
	await expect(page.getByRole('list', { name: 'Datasets' }).locator(':scope > li')).toHaveCount(BUILT_IN + 1);
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`)).toEqual([]);
});

/** The built-in index with one more dataset listed: a synthetic one of `actors` actors (bench/synthetic.ts). */
async function serveLargeBuiltIn(page: Page, actors: number): Promise<string> {
	const { syntheticDataset } = await import('../../bench/synthetic');
	const { dataset, articleText } = syntheticDataset(actors);
	const slug = `synthetic-${actors}`;
	await page.context().route('**/datasets/index.json', async (route) => {
		const response = await route.fetch();
		const index = (await response.json()) as { datasets: { slug: string; title: string }[] };
		await route.fulfill({ response, json: { datasets: [...index.datasets, { slug, title: dataset.article.title }] } });
	});
	await page.context().route(`**/datasets/${slug}/dataset.json`, (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(dataset) }));
	await page.context().route(`**/datasets/${slug}/article.txt`, (route) => route.fulfill({ contentType: 'text/plain; charset=utf-8', body: articleText }));
	return dataset.article.title;
}

test('a library of large datasets reads and checks them in a worker, not in the page', async ({ page }) => {
	const errors = collectConsoleErrors(page);
	const title = await serveLargeBuiltIn(page, 1000);
	const workers: string[] = [];
	page.on('worker', (worker) => workers.push(worker.url()));
	await openApp(page, '/');
	await expect(rowOf(page, title)).toContainText('1,000 actors · ');
	await expect(rowOf(page, SEED_TITLE)).toContainText('17 actors · 25 links · 6 places · 25 quotes');
	expect(workers.some((url) => /\/workers\/dataset\.worker-[\w-]+\.js$/.test(url))).toBe(true);
	expect(errors).toEqual([]);
});

test('with no worker to read them, the library reads the datasets in the page', async ({ page }) => {
	const title = await serveLargeBuiltIn(page, 100);
	await page.context().route('**/workers/dataset.worker-*.js', (route) => route.abort());
	await openApp(page, '/');
	await expect(rowOf(page, title)).toContainText('100 actors · ');
	await expect(rowOf(page, SEED_TITLE)).toContainText('17 actors · 25 links · 6 places · 25 quotes');
});

test('built-in rows show from the build’s summaries while this browser’s own datasets are still being read', async ({ page }) => {
	// Hold the worker that reads own datasets: the built-in rows must not wait for it.
	let release: () => void = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.context().route('**/workers/dataset.worker-*.js', async (route) => {
		await held;
		await route.continue();
	});
	const datasetFiles: string[] = [];
	page.on('request', (request) => {
		if (!request.serviceWorker() && /\/datasets\/[^/]+\/(dataset\.json|article\.txt)$/.test(new URL(request.url()).pathname)) datasetFiles.push(request.url());
	});
	await page.goto('/');
	await expect(rowOf(page, SEED_TITLE)).toContainText('17 actors · 25 links · 6 places · 25 quotes');
	await expect(page.getByRole('list', { name: 'Datasets' }).locator(':scope > li')).toHaveCount(BUILT_IN);
	await expect(page.getByText('Reading the datasets kept in this browser…')).toBeVisible();
	release();
	await expect(page.getByText('Reading the datasets kept in this browser…')).toHaveCount(0);
	await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
	// The rows were confirmed against the files in the background: each built-in dataset fetched once, in the page.
	await expect.poll(() => datasetFiles.length).toBeGreaterThanOrEqual(BUILT_IN * 2);
	expect(new Set(datasetFiles).size).toBe(datasetFiles.length);
});

test('the library lists once, then stays quiet: no listing starts another', async ({ page }) => {
	// Each listing reads this browser's own datasets in a worker of its own.
	let workers = 0;
	page.on('worker', (worker) => {
		if (/\/workers\/dataset\.worker-[\w-]+\.js$/.test(worker.url())) workers++;
	});
	await openApp(page, '/');
	await expect(rowOf(page, SEED_TITLE)).toContainText('17 actors');
	await page.waitForTimeout(1500);
	expect(workers).toBe(1);
});

test('own datasets are listed from the summaries saved with them, then checked in a worker: one damaged since is shown with its problem', async ({ page }) => {
	await openApp(page, '/');
	await rowOf(page, SEED_TITLE).getByRole('button', { name: 'Duplicate' }).click();
	await expect(rowOf(page, `${SEED_TITLE} (copy)`)).toContainText('Yours');
	// Away from the library (whose own check could run meanwhile), damage the copy's article behind the app's back, keeping the summary it was saved with.
	await openApp(page, `/view/?dataset=${SEED_ID}`);
	const id = await page.evaluate(
		() =>
			new Promise<string>((resolve, reject) => {
				const opening = indexedDB.open('threadboard');
				opening.onerror = () => reject(opening.error);
				opening.onsuccess = () => {
					const store = opening.result.transaction('datasets', 'readwrite').objectStore('datasets');
					const all = store.getAll();
					all.onsuccess = () => {
						const record = (all.result as { id: string; articleText: string; summary?: unknown }[]).find((each) => each.summary !== undefined)!;
						store.put({ ...record, articleText: 'Not the article any more.' }).onsuccess = () => resolve(record.id);
					};
				};
			})
	);
	const workers: string[] = [];
	page.on('worker', (worker) => workers.push(worker.url()));
	await page.goto('/');
	const copy = rowOf(page, `${SEED_TITLE} (copy)`);
	await expect(copy.getByRole('note')).toContainText('This dataset cannot be opened');
	await expect(copy.getByRole('note').getByRole('listitem').first()).toBeVisible();
	await expect(copy).not.toContainText('17 actors');
	// A worker lists, one checks in the background, and one lists again as the check changed a row; then nothing more.
	const datasetWorkers = () => workers.filter((url) => /\/workers\/dataset\.worker-[\w-]+\.js$/.test(url)).length;
	expect(datasetWorkers()).toBe(3);
	await page.waitForTimeout(1500);
	expect(datasetWorkers()).toBe(3);
	// The check took the summary away, so the next visit lists the dataset by checking it: its problem at once.
	const stored = await page.evaluate(
		(datasetId) =>
			new Promise<unknown>((resolve, reject) => {
				const opening = indexedDB.open('threadboard');
				opening.onerror = () => reject(opening.error);
				opening.onsuccess = () => {
					const read = opening.result.transaction('datasets').objectStore('datasets').get(datasetId);
					read.onsuccess = () => resolve((read.result as { summary?: unknown }).summary ?? null);
				};
			}),
		id
	);
	expect(stored).toBeNull();
	await page.reload();
	await expect(copy.getByRole('note')).toContainText('This dataset cannot be opened');
});

test('a built-in dataset changed on the server since the build is listed as it is now', async ({ page }) => {
	const seedJson = JSON.parse(readFileSync(new URL(`../../static/datasets/${SEED_ID}/dataset.json`, import.meta.url), 'utf8')) as {
		article: { title: string };
	};
	seedJson.article.title = 'Retitled on the server after the build';
	await page.context().route(`**/datasets/${SEED_ID}/dataset.json`, (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(seedJson) }));
	await openApp(page, '/');
	await expect(rowOf(page, 'Retitled on the server after the build')).toContainText('17 actors · 25 links · 6 places · 25 quotes');
	await expect(rowOf(page, SEED_TITLE)).toHaveCount(0);
});
