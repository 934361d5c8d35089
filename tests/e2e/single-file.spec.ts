/**
 * The single-file briefing (build-single/threadboard.html, made by `npm run build`
 * or `npm run build:single`), opened from disk with every network request refused.
 * This spec builds nothing and needs no server.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import { briefingHtml } from '../../src/lib/briefing/briefing-html';
import type { SlidesFile } from '../../src/lib/briefing/slide-types';
import { collectConsoleErrors } from './helpers';

const SINGLE_FILE = fileURLToPath(new URL('../../build-single/threadboard.html', import.meta.url));
const TITLE = 'Haqqani Network Hand In Glove With Al-Qaeda, May Have Formed Joint Unit — US Document';
const JOINT_UNIT_QUOTE = 'Senior Haqqani Network figures have discussed forming a new joint unit';

test.beforeAll(() => {
	if (!existsSync(SINGLE_FILE)) throw new Error(`${SINGLE_FILE} is missing: run \`npm run build\` (or \`npm run build:single\`) first.`);
});

/** Lets file: URLs through and refuses, and records, everything else. */
async function offline(context: BrowserContext): Promise<string[]> {
	const blocked: string[] = [];
	await context.route('**/*', (route) => {
		const url = route.request().url();
		if (url.startsWith('file:')) return route.continue();
		blocked.push(url);
		return route.abort();
	});
	// Belt and braces: anything that reached the network layer without the route (data: URLs never do).
	context.on('request', (request) => {
		const url = request.url();
		if (!/^(file|data|blob):/.test(url) && !blocked.includes(url)) blocked.push(url);
	});
	return blocked;
}

async function openFile(page: Page, file: string, search = ''): Promise<void> {
	await page.goto(pathToFileURL(file).href + search);
	await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
}

test('opens from disk with no network: title, map, graph and evidence all work', async ({ context, page }) => {
	const blocked = await offline(context);
	const errors = collectConsoleErrors(page);
	await openFile(page, SINGLE_FILE);

	await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
	await expect(page).toHaveTitle(`${TITLE} · Threadboard`);
	// The map draws from the inlined boundaries.
	await expect(page.locator('svg[aria-label^="Map"]')).toBeVisible();
	await expect(page.locator('[data-place-id="north-waziristan"]')).toBeVisible();

	await page.locator('[data-node-id="haqqani-network"]').click();
	const evidence = page.getByRole('region', { name: 'Evidence' });
	await expect(evidence.locator('blockquote', { hasText: JOINT_UNIT_QUOTE }).first()).toBeVisible();

	// The inlined fonts are the ones in use.
	const loadedFonts = await page.evaluate(async () => {
		await document.fonts.ready;
		return [...document.fonts].filter((font) => font.status === 'loaded').map((font) => font.family.replace(/"/g, ''));
	});
	expect(loadedFonts).toContain('Inter');
	// Zooming the map in asks for no detailed layer: the file has no server to ask.
	await page.getByRole('toolbar', { name: /map/i }).getByRole('button', { name: 'Zoom to North Waziristan' }).click();
	await expect(page.locator('svg[aria-label^="Map"]')).toHaveAttribute('data-detail', 'off');
	expect(errors).toEqual([]);
	expect(blocked).toEqual([]);
});

test('on file:// the address still keeps the view: selecting adds an entry, back undoes it', async ({ context, page }) => {
	const blocked = await offline(context);
	const errors = collectConsoleErrors(page);
	const fileUrl = pathToFileURL(SINGLE_FILE).href;
	await openFile(page, SINGLE_FILE);

	await page.locator('[data-node-id="haqqani-network"]').click();
	await expect(page).toHaveURL(`${fileUrl}?actor=haqqani-network`);
	const evidence = page.getByRole('region', { name: 'Evidence' });
	await expect(evidence.locator('blockquote', { hasText: JOINT_UNIT_QUOTE }).first()).toBeVisible();

	await page.goBack();
	await expect(page).toHaveURL(fileUrl);
	await expect(evidence.locator('blockquote', { hasText: JOINT_UNIT_QUOTE })).toHaveCount(0);

	// A link into a view opens that view.
	await openFile(page, SINGLE_FILE, '?actor=haqqani-network');
	await expect(evidence.locator('blockquote', { hasText: JOINT_UNIT_QUOTE }).first()).toBeVisible();
	expect(errors).toEqual([]);
	expect(blocked).toEqual([]);
});

test('a briefing of an own dataset carries that dataset, and opens from disk with no network', async ({ context, page }) => {
	// The seed under another id and title, from another publisher: a dataset the template does not carry.
	const folder = 'static/datasets/haqqani-al-qaeda-joint-unit';
	const dataset = JSON.parse(readFileSync(`${folder}/dataset.json`, 'utf8'));
	const bundle = JSON.stringify({
		format: 'threadboard-dataset',
		version: 1,
		id: 'my-own-report',
		article: { ...dataset.article, title: 'My own report on the joint unit', publisher: 'Our desk', text: readFileSync(`${folder}/article.txt`, 'utf8') },
		entities: dataset.entities,
		places: dataset.places,
		relations: dataset.relations,
		quotes: dataset.quotes
	});
	const deck: SlidesFile = { format: 'threadboard-slides', version: 1, dataset: 'my-own-report', slides: [{ id: 'one', title: 'Our joint unit slide', caption: '', view: '?actor=haqqani-network' }] };
	const dir = mkdtempSync(path.join(tmpdir(), 'threadboard-own-briefing-'));
	const file = path.join(dir, 'my-own-report-briefing.html');
	try {
		writeFileSync(file, briefingHtml(readFileSync(SINGLE_FILE, 'utf8'), deck, undefined, undefined, bundle));
		const blocked = await offline(context);
		const errors = collectConsoleErrors(page);
		await openFile(page, file);
		await expect(page.getByRole('heading', { level: 1, name: 'My own report on the joint unit' })).toBeAttached();
		await expect(page.locator('.app-header').getByText('Our desk', { exact: true })).toBeAttached();
		// Its slides are for it, so they are shown: it opens on the first one.
		await expect(page.getByRole('dialog', { name: 'Presentation' }).getByRole('heading', { name: 'Our joint unit slide' })).toBeVisible();
		await page.getByRole('button', { name: /Back to live view/ }).click();
		await expect(page.locator('[data-node-id="haqqani-network"]').first()).toBeVisible();
		expect(errors).toEqual([]);
		expect(blocked).toEqual([]);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});

test('a briefing made with briefingHtml carries its slides, readable by the page', async ({ context, page }) => {
	const deck: SlidesFile = {
		format: 'threadboard-slides',
		version: 1,
		dataset: 'haqqani-al-qaeda-joint-unit',
		slides: [
			{ id: 'one', title: 'The joint unit', caption: 'Not the end </script><script>window.hacked = true</script>', view: '?actor=haqqani-network' },
			{ id: 'two', title: 'Funding', caption: 'Line\u2028separator & <b>markup</b>', view: '?types=funding' }
		]
	};
	const folder = mkdtempSync(path.join(tmpdir(), 'threadboard-briefing-'));
	const file = path.join(folder, 'haqqani-al-qaeda-joint-unit-briefing.html');
	try {
		writeFileSync(file, briefingHtml(readFileSync(SINGLE_FILE, 'utf8'), deck, 'Briefing: the joint unit'));
		const blocked = await offline(context);
		const errors = collectConsoleErrors(page);
		await openFile(page, file);

		await expect(page).toHaveTitle('Briefing: the joint unit');
		expect(await page.evaluate(() => window.__threadboardEmbeddedSlides)).toEqual({ ...deck, deckId: expect.stringMatching(/^[\w-]{22}$/) });
		expect(await page.evaluate(() => (window as unknown as { hacked?: boolean }).hacked)).toBeUndefined();
		// It opens on its first slide; behind it, still the whole app.
		await expect(page.getByRole('dialog', { name: 'Presentation' }).getByRole('heading', { name: 'The joint unit' })).toBeVisible();
		await page.getByRole('button', { name: /Back to live view/ }).click();
		await expect(page.locator('[data-place-id="north-waziristan"]')).toBeVisible();
		expect(errors).toEqual([]);
		expect(blocked).toEqual([]);
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
});

test('two briefings of the same article, opened from disk one after the other, each show their own slides', async ({ context, page }) => {
	const deckOf = (...titles: string[]): SlidesFile => ({
		format: 'threadboard-slides',
		version: 1,
		dataset: 'haqqani-al-qaeda-joint-unit',
		slides: titles.map((title, index) => ({ id: `s${index}`, title, caption: '', view: index === 0 ? '?actor=haqqani-network' : '?types=funding' }))
	});
	const folder = mkdtempSync(path.join(tmpdir(), 'threadboard-two-briefings-'));
	const first = path.join(folder, 'first-briefing.html');
	const second = path.join(folder, 'second-briefing.html');
	const template = readFileSync(SINGLE_FILE, 'utf8');
	const titles = () => page.locator('[data-slide-id] input').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
	async function openDeck(file: string) {
		await openFile(page, file);
		// It opens presenting its first slide; the deck is edited from the live view.
		await page.getByRole('dialog', { name: 'Presentation' }).getByRole('button', { name: /Back to live view/ }).click();
		await page.getByRole('button', { name: /^Slides \(/ }).click();
	}
	try {
		// Two files made by the app, one after the other: each with a deck id of its own.
		writeFileSync(first, briefingHtml(template, deckOf('First: the joint unit', 'First: funding')));
		writeFileSync(second, briefingHtml(template, deckOf('Second: the joint unit')));
		await offline(context);
		const errors = collectConsoleErrors(page);

		await openDeck(first);
		await expect.poll(titles).toEqual(['First: the joint unit', 'First: funding']);
		// A change made in the first file is saved in this browser (file:// pages share one storage).
		await page.getByRole('button', { name: 'Delete slide 2' }).click();
		await expect.poll(titles).toEqual(['First: the joint unit']);

		await openDeck(second);
		await expect.poll(titles).toEqual(['Second: the joint unit']);
		await expect(page.getByRole('status').filter({ hasText: 'changes made to it in this browser' })).toHaveCount(0);

		// The first file keeps its own change, says so, and Undo gives back the slides in the file.
		await openDeck(first);
		await expect.poll(titles).toEqual(['First: the joint unit']);
		await expect(page.getByRole('status').filter({ hasText: 'This briefing shows the changes made to it in this browser' })).toBeVisible();
		await page.getByRole('button', { name: 'Undo', exact: true }).click();
		await expect.poll(titles).toEqual(['First: the joint unit', 'First: funding']);
		expect(errors).toEqual([]);
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
});

test('the plain file has no deck', async ({ context, page }) => {
	await offline(context);
	await openFile(page, SINGLE_FILE);
	expect(await page.evaluate(() => window.__threadboardEmbeddedSlides)).toBeNull();
});

test('the app serves the same file as /briefing-template.html, for downloadBriefing', async ({ request, baseURL }) => {
	test.skip(!baseURL, 'needs the app server (the normal Playwright config starts it)');
	const response = await request.get('/briefing-template.html');
	expect(response.status()).toBe(200);
	expect(await response.text()).toBe(readFileSync(SINGLE_FILE, 'utf8'));
});
