import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { collectConsoleErrors, openApp } from './helpers';

const evidence = (page: Page) => page.getByRole('region', { name: 'Evidence' });
const drawnLinks = (page: Page) => page.locator('.link-targets [data-relation-id]');
const FUNDING = ['al-qaeda-funds-joint-unit', 'al-qaeda-funds-taliban', 'taliban-finances-other-groups'];

async function relationIds(page: Page, selector: string): Promise<string[]> {
	return (await page.locator(selector).evaluateAll((items) => items.map((item) => item.getAttribute('data-relation-id') ?? ''))).sort();
}

test('showing only funding: the graph, the table and the map agree', async ({ page }) => {
	await openApp(page);
	await page.getByRole('button', { name: 'Show only funding' }).click();
	expect(await relationIds(page, '.link-targets [data-relation-id]')).toEqual(FUNDING);
	await expect(page.getByText('Showing 3 of 25 relations')).toBeVisible();
	// Actors with no funding relation fade but keep their place.
	await expect(page.locator('[data-node-id="the-telegraph"]')).toHaveClass(/dimmed/);
	// No funding relation happens in Doha or Kabul; al-Qaeda's Afghanistan stays lit.
	await expect(page.locator('[data-place-id="doha"]')).toHaveClass(/faded/);
	await expect(page.locator('[data-place-id="kabul"]')).toHaveClass(/faded/);
	await expect(page.locator('[data-place-id="afghanistan"]')).not.toHaveClass(/faded/);
	await page.getByRole('button', { name: 'Table' }).click();
	// The table's code loads when first shown.
	await expect(page.locator('tbody tr')).toHaveCount(FUNDING.length);
	expect(await relationIds(page, 'tbody tr')).toEqual(FUNDING);
	await expect(page).toHaveURL(/types=funding(&|$)/);
});

test('asserted only hides the denial, and clearing brings it back', async ({ page }) => {
	await openApp(page);
	await expect(page.locator('[data-relation-id="source-denies-taliban-al-qaeda-cooperation"]')).toHaveCount(1);
	await page.getByRole('button', { name: 'Show only asserted' }).click();
	await expect(page.locator('.link-targets [data-relation-id="source-denies-taliban-al-qaeda-cooperation"]')).toHaveCount(0);
	for (const stance of await page.locator('.link-targets [data-relation-id]').evaluateAll((links) => links.map((link) => link.getAttribute('data-stance'))))
		expect(stance).toBe('asserted');
	await page.getByRole('button', { name: 'Clear filters' }).click();
	await expect(drawnLinks(page)).toHaveCount(25);
});

test('a 2020 time window drops the 2008 embassy attack and keeps undated links until asked', async ({ page }) => {
	await openApp(page);
	await page.getByRole('slider', { name: 'Start of the time window' }).fill(String(2020 * 12));
	await page.getByRole('slider', { name: 'End of the time window' }).fill(String(2020 * 12 + 11));
	await expect(page.locator('.link-targets [data-relation-id="haqqani-indian-embassy-attack"]')).toHaveCount(0);
	await expect(page.locator('.link-targets [data-relation-id="taliban-us-doha-deal"]')).toHaveCount(1);
	await expect(page.locator('.link-targets [data-relation-id="haqqani-affiliated-with-taliban"]')).toHaveCount(1);
	await page.getByRole('checkbox', { name: 'undated' }).uncheck();
	await expect(page.locator('.link-targets [data-relation-id="haqqani-affiliated-with-taliban"]')).toHaveCount(0);
	await expect(page).toHaveURL(/from=2020-01&to=2020-12&undated=hide/);
});

test('only what the US Treasury document says, then beside the Taliban source’s denial', async ({ page }) => {
	await openApp(page);
	await page.getByText('Said by:').click();
	await page.getByRole('checkbox', { name: /The article’s own voice/ }).uncheck();
	for (const name of [/^Haqqani Network/, /^Afghan security forces/, /^Taliban source/])
		await page.getByRole('checkbox', { name }).uncheck();
	const documentOnly = await relationIds(page, '.link-targets [data-relation-id]');
	expect(documentOnly).toEqual([
		'al-qaeda-advises-taliban',
		'al-qaeda-funds-joint-unit',
		'al-qaeda-funds-taliban',
		'haqqani-al-qaeda-joint-unit',
		'taliban-al-qaeda-relationship',
		'taliban-finances-other-groups',
		'taliban-protects-al-qaeda'
	]);
	await page.getByRole('checkbox', { name: /^Taliban source/ }).check();
	expect(await relationIds(page, '.link-targets [data-relation-id]')).toContain('source-denies-taliban-al-qaeda-cooperation');
});

test('focus shows an actor’s neighbourhood at depth 1 and 2', async ({ page }) => {
	await openApp(page);
	await page.locator('[data-node-id="jalaluddin-haqqani"]').click();
	await page.getByRole('button', { name: 'Focus on Jalaluddin Haqqani' }).click();
	expect(await relationIds(page, '.link-targets [data-relation-id]')).toEqual(['jalaluddin-founded-haqqani']);
	await page.getByLabel('Focus depth').selectOption('2');
	expect((await relationIds(page, '.link-targets [data-relation-id]')).length).toBeGreaterThan(5);
	await expect(page).toHaveURL(/focus=jalaluddin-haqqani&depth=2/);
});

for (const width of [1280, 1024])
	test(`at ${width} px, selecting any actor leaves the graph where it was: the focus button keeps its width, the whole name in its label`, async ({ page }) => {
		await page.setViewportSize({ width, height: 800 });
		await openApp(page);
		const graphBox = () => page.locator('.workspace .graph').boundingBox();
		const before = await graphBox();
		const ids = await page.locator('.workspace [data-node-id]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-node-id')!));
		for (const id of ids) {
			await page.locator(`.workspace [data-node-id="${id}"]`).dispatchEvent('click');
			await expect(evidence(page).getByRole('heading', { level: 2 })).toBeVisible();
			expect(await graphBox(), id).toEqual(before);
		}
		// The longest name, cut short on screen only.
		await page.locator('.workspace [data-node-id="taliban-source"]').dispatchEvent('click');
		await expect(page.getByRole('button', { name: 'Focus on Taliban source quoted by The Telegraph' })).toBeVisible();
	});

test('a copied link reproduces the view exactly in a fresh browser', async ({ page, browser }) => {
	await openApp(page);
	await page.locator('[data-node-id="taliban"]').click();
	await page.getByRole('button', { name: 'Show only asserted' }).click();
	await page.getByRole('button', { name: 'Zoom in' }).first().click();
	await expect(page).toHaveURL(/zoom=/);
	const url = page.url();
	const fresh = await browser.newPage();
	await openApp(fresh, url.replace(/^https?:\/\/[^/]+/, ''));
	await expect(evidence(fresh).getByRole('heading', { level: 2 })).toHaveText('Taliban');
	expect(await relationIds(fresh, '.link-targets [data-relation-id]')).toEqual(await relationIds(page, '.link-targets [data-relation-id]'));
	const transform = async (p: Page) =>
		((await p.locator('.workspace svg[aria-label^="Relationship graph"] > g').first().getAttribute('transform')) ?? '')
			.match(/-?[\d.]+/g)!
			.map((number) => Number(Number(number).toFixed(1)));
	// The link keeps the zoom's centre to a tenth of a layout unit, so the fresh page may sit
	// a fraction of a pixel away (at most 0.05 × scale): the same picture to the eye.
	const [freshX = NaN, freshY = NaN, freshScale] = await transform(fresh);
	const [pageX = NaN, pageY = NaN, pageScale] = await transform(page);
	expect(freshScale).toBe(pageScale);
	expect(Math.abs(freshX - pageX)).toBeLessThanOrEqual(0.15);
	expect(Math.abs(freshY - pageY)).toBeLessThanOrEqual(0.15);
	expect(freshScale).toBe(1.3);
	await fresh.close();
});

test('back and forward move through selections', async ({ page }) => {
	await openApp(page);
	// The entry is written after the frame that shows the selection, so wait for the
	// address too: a back pressed before it would skip the entry still to be written.
	for (const [id, name] of [['taliban', 'Taliban'], ['al-qaeda', 'al-Qaeda'], ['india', 'India']] as const) {
		await page.locator(`[data-node-id="${id}"]`).click();
		await expect(evidence(page).getByRole('heading', { level: 2 })).toHaveText(name);
		await expect(page).toHaveURL(new RegExp(`[?&]actor=${id}(&|$)`));
	}
	await page.goBack();
	await expect(evidence(page).getByRole('heading', { level: 2 })).toHaveText('al-Qaeda');
	await page.goBack();
	await expect(evidence(page).getByRole('heading', { level: 2 })).toHaveText('Taliban');
	await page.goForward();
	await expect(evidence(page).getByRole('heading', { level: 2 })).toHaveText('al-Qaeda');
});

const BAD_LINKS = [
	'/?actor=cia',
	'/?link=no-such-link&types=funding',
	'/?types=friendship,funding',
	'/?stances=rumoured',
	'/?from=yesterday&to=2021',
	'/?from=2021&to=2008',
	'/?zoom=NaN,NaN,NaN',
	'/?zoom=9999,0,0&mapzoom=a,b,c',
	'/?focus=nobody&depth=9',
	'/?view=3d&undated=maybe',
	'/?actor=taliban&actor=al-qaeda&place=kabul',
	'/?actor=%E0%A4%A&by=%00%01',
	`/?actor=${'x'.repeat(3000)}`,
	`/?${'types=funding&'.repeat(400)}`,
	'/?<script>alert(1)</script>=1',
	'/?%%%%'
];

test('bad and stale links are ignored part by part, with a notice and never a broken page', async ({ page }) => {
	const errors = collectConsoleErrors(page);
	for (const link of BAD_LINKS) {
		await openApp(page, link);
		await expect(page.locator('[data-node-id="haqqani-network"]'), link).toBeVisible();
		// Parameters that are not Threadboard's own (a garbled name, a tracking tag) are not worth a notice.
		if (!['/?<script>alert(1)</script>=1', '/?%%%%'].includes(link)) await expect(page.getByText('Parts of this link were ignored'), link).toBeVisible();
	}
	// The good parts of a half-bad link still apply.
	await openApp(page, '/?link=no-such-link&types=funding');
	await expect(drawnLinks(page)).toHaveCount(3);
	expect(errors).toEqual([]);
});

test('every filter works from the keyboard, and search finds and selects', async ({ page }) => {
	await openApp(page);
	const only = page.getByRole('button', { name: /^funding \d/ });
	await only.focus();
	await page.keyboard.press('Space');
	await expect(only).toHaveAttribute('aria-pressed', 'false');
	await page.keyboard.press('Space');
	await expect(only).toHaveAttribute('aria-pressed', 'true');

	const start = page.getByRole('slider', { name: 'Start of the time window' });
	await start.focus();
	await page.keyboard.press('End');
	await expect(start).toHaveAttribute('aria-valuetext', 'Jan 2021');
	await page.keyboard.press('Home');

	await page.getByText('Said by:').focus();
	await page.keyboard.press('Enter');
	await page.getByRole('checkbox', { name: /The article’s own voice/ }).focus();
	await page.keyboard.press('Space');
	await expect(page.getByText(/Showing \d+ of 25 relations/)).toBeVisible();

	await page.keyboard.press('Escape');
	await page.locator('body').click({ position: { x: 5, y: 5 } });
	await page.keyboard.press('/');
	await expect(page.getByRole('combobox', { name: 'Search actors, places and quotes' })).toBeFocused();
	await page.keyboard.type('waziristan');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowUp');
	await page.keyboard.press('Enter');
	await expect(evidence(page).getByRole('heading', { level: 2 })).toHaveText('North Waziristan');
});

test('the view with filters active has no WCAG 2.1 AA violations', async ({ page }) => {
	await openApp(page, '/?actor=haqqani-network&stances=asserted,denied&from=2020-01&to=2021-01');
	await page.getByText('Said by:').click();
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
});

test('choosing a search result off screen brings it into view', async ({ page }) => {
	await openApp(page, '/?zoom=4,150,300');
	const node = page.locator('.workspace [data-node-id="sikh-community"]');
	await expect(node).not.toBeInViewport();
	await page.keyboard.press('/');
	await page.keyboard.type('Sikhs of');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('region', { name: 'Evidence' }).getByRole('heading', { level: 2 })).toHaveText('Sikhs of Kabul');
	await expect(node).toBeInViewport();
});

test('the evidence panel is drawn once unseen while the page is idle, and leaves nothing behind', async ({ page }) => {
	const warmed = () => page.evaluate(() => performance.getEntriesByName('threadboard:evidence-panel-warmed').length);
	const idle = () => page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => requestIdleCallback(resolve))));
	await openApp(page);
	await expect.poll(warmed).toBe(1);
	await expect(page.locator('section.evidence')).toHaveCount(1);
	await expect(evidence(page)).toContainText('Select an actor, a link or a place');
	await expect(page.locator('.graph .node.selected')).toHaveCount(0);
	expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
	expect(new URL(page.url()).searchParams.has('actor')).toBe(false);
	// The first click after it shows the quotes as before.
	await page.locator('[data-node-id="taliban"]').click();
	await expect(evidence(page).getByRole('heading', { level: 2 })).toHaveText(/Taliban/);
	await idle();
	expect(await warmed()).toBe(1);

	// Opened with a selection, there is no first click to prepare for.
	await openApp(page, '/?actor=haqqani-network');
	await idle();
	await idle();
	expect(await warmed()).toBe(0);
});
