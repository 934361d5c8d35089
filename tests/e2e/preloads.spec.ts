/**
 * Each page names all of its first view's code in its HTML (`<link rel="modulepreload">`), so the
 * browser asks for every file at once instead of finding some only when the code before them
 * runs; and the workspace's first view comes in a handful of files (scripts/first-view-chunks.ts).
 * Checked on the pages as served, against the build's manifest.
 */
import { test, expect } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { collectConsoleErrors, SEED_ID, seedView } from './helpers';

interface Chunk {
	file: string;
	imports?: string[];
}
const manifest = JSON.parse(readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8')) as Record<string, Chunk>;
const app = readFileSync('.svelte-kit/generated/client-optimized/app.js', 'utf8');

/** The node SvelteKit's client runs for a page's route: `"/view": [5]` in the generated app. */
function nodeOf(route: string): number {
	const match = new RegExp(`"${route.replace(/\//g, '\\/')}": \\[~?(\\d+)`).exec(app);
	if (!match) throw new Error(`no node for ${route}`);
	return Number(match[1]);
}

/** Every built file a manifest entry imports statically, directly or not. */
function staticFiles(key: string, files = new Set<string>()): Set<string> {
	const chunk = manifest[key]!;
	if (files.has(chunk.file)) return files;
	files.add(chunk.file);
	for (const imported of chunk.imports ?? []) staticFiles(imported, files);
	return files;
}

/** A message only the dataset checks (src/lib/dataset/schema.ts) hold: where it is, the checks are. */
const CHECKS_ONLY = 'must be lower-case words joined by hyphens';
/** A message only the topology's decoding (src/lib/map/region-topology.ts, with topojson-client) holds. */
const TOPOLOGY_ONLY = 'is not a TopoJSON topology';
/** Valibot's message for any issue, as the build leaves it. */
const VALIBOT = /Invalid \$\{\w+\}: \$\{/;

const PAGES = [
	{ path: '/', route: '/' },
	{ path: '/view/', route: '/view' },
	{ path: '/edit/', route: '/edit' },
	{ path: '/import/', route: '/import' }
];

for (const { path, route } of PAGES) {
	test(`the page ${path} preloads every file its first view’s code imports`, async ({ request }) => {
		const html = await (await request.get(path)).text();
		const preloaded = new Set([...html.matchAll(/<link href="(?:\.\.?\/)*(_app\/immutable\/[^"]+\.js)" rel="modulepreload">/g)].map((match) => match[1]!));
		const needed = [...staticFiles(`.svelte-kit/generated/client-optimized/nodes/${nodeOf(route)}.js`), ...staticFiles('.svelte-kit/generated/client-optimized/nodes/0.js')];
		expect(needed.length).toBeGreaterThan(3);
		expect(needed.filter((file) => !preloaded.has(file))).toEqual([]);
		if (route === '/view') expect(preloaded.size).toBeLessThanOrEqual(12);
		// Comlink talks to workers, which no first view starts: it comes with the worker that needs it.
		const withComlink = needed.filter((file) => readFileSync(`.svelte-kit/output/client/${file}`, 'utf8').includes('Comlink.proxy'));
		expect(withComlink).toEqual([]);
		// The workspace reads built-in datasets the build has checked, and the library needs the checks only once a file
		// is opened or a bundle written: neither first view holds them. Nor does the workspace's hold Valibot, which writes
		// every issue as `Invalid ${label}: ${…}` (the map file and the shipped layout are read without it).
		const code = needed.map((file) => ({ file, text: readFileSync(`.svelte-kit/output/client/${file}`, 'utf8') }));
		if (route === '/view' || route === '/') expect(code.filter(({ text }) => text.includes(CHECKS_ONLY)).map(({ file }) => file)).toEqual([]);
		if (route === '/view') expect(code.filter(({ text }) => VALIBOT.test(text)).map(({ file }) => file)).toEqual([]);
		// The workspace's map is drawn from its drawing and outline files: the topology's decoding comes only with a zoom into the detail.
		if (route === '/view') expect(code.filter(({ text }) => text.includes(TOPOLOGY_ONLY)).map(({ file }) => file)).toEqual([]);
	});
}

test('the workspace asks for a built-in dataset’s files while its code downloads, and fetches each once', async ({ page }) => {
	const errors: string[] = [];
	page.on('console', (message) => {
		// Chromium warns of a preload nobody used, or used with other settings.
		if (message.type() === 'error' || /preload/i.test(message.text())) errors.push(message.text());
	});
	await page.goto(seedView());
	await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
	// Past the browser's few seconds for an unused preload to be reported.
	await page.waitForTimeout(3_500);
	const requests = await page.evaluate(() =>
		performance
			.getEntriesByType('resource')
			.map((entry) => entry as PerformanceResourceTiming)
			.filter((entry) => new URL(entry.name).pathname.startsWith('/datasets/') && !entry.name.endsWith('index.json'))
			.map((entry) => ({ path: new URL(entry.name).pathname, initiator: entry.initiatorType }))
	);
	expect(requests).toEqual(['dataset.json', 'article.txt', 'layout.json'].map((file) => ({ path: `/datasets/${SEED_ID}/${file}`, initiator: 'link' })));
	expect(errors).toEqual([]);
});

test('a corpus’s page asks for the corpus workspace’s code once its head is read, before the page’s code could import it', async ({ page }) => {
	const messages: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error' || /preload/i.test(message.text())) messages.push(message.text());
	});
	const corpusCode = [...staticFiles('src/lib/workspace/CorpusWorkspace.svelte')];
	// The page's own code is held back a while, so "before it arrived" does not hang on which of two requests a loaded
	// machine finishes first: without the head's script the corpus code is asked for only after it has arrived and run.
	await page.route('**/_app/immutable/nodes/*.js', async (route) => {
		await new Promise((resolve) => setTimeout(resolve, 600));
		await route.continue();
	});
	await page.goto('/view/?corpus=all-built-in');
	await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
	await expect(page.locator('.workspace .graph[data-graph-status="drawn"]')).toBeAttached();
	await page.waitForTimeout(3_500);
	const requests = await page.evaluate(() =>
		performance
			.getEntriesByType('resource')
			.map((entry) => entry as PerformanceResourceTiming)
			.map((entry) => ({ path: new URL(entry.name).pathname.slice(1), start: entry.startTime, end: entry.responseEnd }))
	);
	// The page's code is its layout's node and its own, both preloaded by the page (the error page's node comes later, on its own):
	// the import can only run once both have arrived.
	const html = await (await page.request.get('/view/')).text();
	const pageNodes = [...html.matchAll(/<link href="(?:\.\.?\/)*(_app\/immutable\/nodes\/[^"]+\.js)" rel="modulepreload">/g)].map((match) => match[1]!);
	expect(pageNodes).toHaveLength(2);
	const pageCodeArrived = Math.max(...requests.filter((request) => pageNodes.includes(request.path)).map((request) => request.end));
	for (const file of corpusCode) {
		const request = requests.filter((each) => each.path === file);
		// Asked for once, and before the page's own code had arrived to import it.
		expect(request, file).toHaveLength(1);
		expect(request[0]!.start, file).toBeLessThan(pageCodeArrived);
	}
	expect(messages).toEqual([]);
});

test('the seed, checked when the app was built, opens without downloading the checks; a dataset changed since is checked', async ({ page }) => {
	const scripts: Promise<string>[] = [];
	page.on('response', (response) => {
		if (response.request().resourceType() === 'script') scripts.push(response.text().catch(() => ''));
	});
	await page.goto(seedView());
	await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
	await expect(page.locator('.workspace [data-node-id]').first()).toBeVisible();
	expect((await Promise.all(scripts)).filter((code) => code.includes(CHECKS_ONLY))).toEqual([]);

	// The same file with one quote moved off its text, as if edited on the server after the build.
	await page.route(`**/datasets/${SEED_ID}/dataset.json`, async (route) => {
		const response = await route.fetch();
		const json = await response.json();
		json.quotes[0].start += 1;
		await route.fulfill({ response, body: JSON.stringify(json) });
	});
	scripts.length = 0;
	await page.goto('about:blank');
	await page.goto(seedView());
	await expect(page.getByRole('alert')).toContainText('could not be loaded');
	await expect(page.getByRole('alert')).toContainText('quotes[0]');
	expect((await Promise.all(scripts)).some((code) => code.includes(CHECKS_ONLY))).toBe(true);
});

test('a dataset of this browser’s own is not asked of the server', async ({ page }) => {
	const asked: string[] = [];
	page.on('request', (request) => {
		if (new URL(request.url()).pathname.startsWith('/datasets/not-built-in')) asked.push(request.url());
	});
	await page.goto('/view/?dataset=not-built-in');
	await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
	expect(asked).toEqual([]);
});

test('the workspace carries only its first view’s styles inline; the table’s come with the table’s code', async ({ page }) => {
	const assets = '.svelte-kit/output/client/_app/immutable/assets';
	const tableCss = readdirSync(assets).find((file) => /^RelationTable\.[^.]+\.css$/.test(file));
	expect(tableCss).toBeDefined();
	const tableClass = /\.(svelte-[a-z0-9]+)/.exec(readFileSync(`${assets}/${tableCss}`, 'utf8'))![1]!;
	const errors = collectConsoleErrors(page);
	await page.goto(seedView());
	await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
	const inline = await page.evaluate(() => [...document.querySelectorAll('style')].map((style) => style.textContent ?? '').join('\n'));
	expect(inline).toContain('.graph');
	expect(inline).not.toContain(tableClass);
	await page.getByRole('button', { name: 'Table' }).click();
	await expect(page.locator(`table.${tableClass}, .${tableClass}`).first()).toBeVisible();
	// Loaded and applied: the stylesheet is in the page with its rules, allowed by the policy.
	const rules = await page.evaluate((file) => {
		const sheet = [...document.styleSheets].find((candidate) => candidate.href?.includes(file));
		return sheet ? sheet.cssRules.length : 0;
	}, tableCss!);
	expect(rules).toBeGreaterThan(0);
	expect(errors).toEqual([]);
});
