import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { collectConsoleErrors, openApp, showArticle } from './helpers';

const evidence = (page: Page) => page.getByRole('region', { name: 'Evidence' });

async function nodePositions(page: Page): Promise<Record<string, string>> {
	return page.$$eval('[data-node-id]', (nodes) =>
		Object.fromEntries(nodes.map((node) => [node.getAttribute('data-node-id'), node.getAttribute('transform')]))
	);
}

/** Presses arrow keys, choosing each time the one that points at the target node, until it has focus. */
async function arrowTo(page: Page, targetId: string) {
	for (let step = 0; step < 20; step++) {
		const focusedId = await page.evaluate(() => document.activeElement?.getAttribute('data-node-id'));
		if (focusedId === targetId) return;
		const [from, to] = await Promise.all(
			[focusedId!, targetId].map((id) => page.locator(`[data-node-id="${id}"]`).boundingBox())
		);
		const dx = to!.x - from!.x;
		const dy = to!.y - from!.y;
		await page.keyboard.press(Math.abs(dx) > Math.abs(dy) ? (dx > 0 ? 'ArrowRight' : 'ArrowLeft') : dy > 0 ? 'ArrowDown' : 'ArrowUp');
	}
	throw new Error(`could not reach ${targetId} with the arrow keys`);
}

async function tabUntil(page: Page, predicate: string) {
	for (let step = 0; step < 30; step++) {
		await page.keyboard.press('Tab');
		if (await page.evaluate(`!!document.activeElement?.matches('${predicate}')`)) return;
	}
	throw new Error(`Tab never reached ${predicate}`);
}

test('each actor’s accessible name holds its visible name, words apart even where the name wraps (WCAG 2.5.3)', async ({ page }) => {
	await openApp(page);
	const wrapped = page.locator('[data-node-id="other-terrorist-groups"] text.label');
	await expect(wrapped.locator('tspan')).not.toHaveCount(1);
	expect(await wrapped.evaluate((text) => text.textContent?.replace(/\s+/g, ' ').trim())).toBe('Other terrorist groups');
	// An experimental axe rule, so not in the WCAG tags the other axe checks run.
	const results = await new AxeBuilder({ page }).withRules(['label-content-name-mismatch']).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
	expect(results.passes.flatMap((pass) => pass.nodes).length).toBeGreaterThan(0);
});

test('selecting the Haqqani Network with the mouse shows the joint-unit quote', async ({ page }) => {
	const errors = collectConsoleErrors(page);
	await openApp(page);
	await page.locator('[data-node-id="haqqani-network"]').click();
	await expect(evidence(page).getByRole('heading', { level: 2 })).toHaveText('Haqqani Network');
	await expect(evidence(page).locator('blockquote', { hasText: 'Senior Haqqani Network figures have discussed forming a new joint unit' }).first()).toBeVisible();
	await expect(page.locator('[data-node-id="haqqani-network"]')).toHaveAttribute('aria-pressed', 'true');
	// Its neighbourhood stays bright, the rest dims.
	await expect(page.locator('[data-node-id="the-telegraph"]')).toHaveClass(/dimmed/);
	await expect(page.locator('[data-node-id="al-qaeda"]')).not.toHaveClass(/dimmed/);
	expect(errors).toEqual([]);
});

test('the denied al-Qaeda–Taliban relation is drawn and shown as a denial by the Taliban source', async ({ page }) => {
	await openApp(page);
	const link = page.locator('[data-relation-id="source-denies-taliban-al-qaeda-cooperation"]');
	await expect(link).toHaveAttribute('data-stance', 'denied');
	await expect(link).toHaveAttribute('aria-label', /^Taliban cooperate with al-Qaeda, denied by Taliban source quoted by The Telegraph/);
	await link.locator('.mark').click();
	const panel = evidence(page);
	await expect(panel.getByRole('heading', { level: 2 })).toContainText('Taliban cooperate with al-Qaeda');
	await expect(panel.getByText('denied', { exact: false }).first()).toBeVisible();
	await expect(panel.locator('blockquote', { hasText: 'Honestly I don’t see any on-ground cooperation' })).toBeVisible();
	await expect(panel.getByText(/denied by Taliban source quoted by The Telegraph/).first()).toBeVisible();
	// Several relations join al-Qaeda and the Taliban, each its own link.
	const between = await page.$$eval('[data-relation-id]', (links) => links.length);
	expect(between).toBeGreaterThanOrEqual(25);
});

test('the keyboard alone selects an actor and a relation, and Escape clears', async ({ page }) => {
	await openApp(page);
	await tabUntil(page, '[data-node-id]');
	await arrowTo(page, 'haqqani-network');
	await expect(page.locator(':focus')).toHaveAttribute('aria-label', /^Haqqani Network, armed group/);
	await page.keyboard.press('Enter');
	await expect(evidence(page).getByRole('heading', { level: 2 })).toHaveText('Haqqani Network');
	await expect(evidence(page).locator('blockquote', { hasText: 'Senior Haqqani Network figures' }).first()).toBeVisible();

	await tabUntil(page, '[data-relation-id]');
	for (let step = 0; step < 30; step++) {
		const id = await page.evaluate(() => document.activeElement?.getAttribute('data-relation-id'));
		if (id === 'source-denies-taliban-al-qaeda-cooperation') break;
		await page.keyboard.press('ArrowRight');
	}
	await expect(page.locator(':focus')).toHaveAttribute('data-relation-id', 'source-denies-taliban-al-qaeda-cooperation');
	await page.keyboard.press(' ');
	await expect(evidence(page).locator('blockquote', { hasText: 'Honestly I don’t see any on-ground cooperation' })).toBeVisible();

	await page.keyboard.press('Escape');
	await expect(evidence(page).getByRole('heading', { level: 2 })).toHaveCount(0);
	await expect(evidence(page)).toContainText('Select an actor');
});

test('“Show in article” scrolls to a visible, highlighted span and focuses it', async ({ page }) => {
	await openApp(page);
	await page.locator('[data-node-id="jalaluddin-haqqani"]').click();
	const quote = evidence(page).locator('[data-quote-id="q-founded"]').first();
	await quote.getByRole('button', { name: /Show in article/ }).click();
	const shown = page.locator('article [data-shown="true"]').first();
	await expect(shown).toBeInViewport();
	await expect(shown).toBeFocused();
	await expect(shown).toContainText('Founded by Jalaluddin Haqqani');
});

test('clicking a marked span selects what it supports, offering a choice when it supports several', async ({ page }) => {
	await openApp(page);
	await showArticle(page);
	const span = page.locator('article [data-quote-ids="q-joint-unit-lede"]').first();
	await span.click();
	const choice = page.getByRole('dialog', { name: /This passage supports 2 items/ });
	await expect(choice).toBeVisible();
	await choice.getByRole('button', { name: /^Relation: Haqqani Network operates jointly with al-Qaeda/ }).click();
	await expect(evidence(page).getByRole('heading', { level: 2 })).toContainText('Haqqani Network operates jointly with al-Qaeda');
	await expect(page.locator('[data-relation-id="haqqani-al-qaeda-joint-unit"]').first()).toHaveAttribute('aria-pressed', 'true');
});

test('the table lists every relation and selecting a row selects the relation', async ({ page }) => {
	await openApp(page);
	await page.getByRole('button', { name: 'Table' }).click();
	await expect(page.locator('tbody tr')).toHaveCount(25);
	await page.getByRole('button', { name: /^attack: Haqqani Network attacks India, asserted by the article, 2008/ }).click();
	await expect(evidence(page).locator('blockquote', { hasText: 'Indian embassy in Kabul in 2008' })).toBeVisible();
	await page.getByRole('button', { name: /^Date/ }).click();
	await expect(page.locator('tbody tr').first()).toHaveAttribute('data-relation-id', 'haqqani-indian-embassy-attack');
});

test('the layout is the same on every load, and dragging moves a node until reset', async ({ page }) => {
	await openApp(page);
	const first = await nodePositions(page);
	await page.reload();
	await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
	expect(await nodePositions(page)).toEqual(first);

	const node = page.locator('[data-node-id="india"]');
	const box = (await node.boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + 8);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width / 2 + 80, box.y + 60, { steps: 6 });
	await page.mouse.up();
	expect((await nodePositions(page))['india']).not.toEqual(first['india']);
	await page.getByRole('button', { name: 'Reset layout' }).click();
	expect(await nodePositions(page)).toEqual(first);
});

for (const view of ['Graph', 'Table'] as const) {
	test(`the ${view.toLowerCase()} view with a selection has no WCAG 2.1 AA violations`, async ({ page }) => {
		await openApp(page);
		if (view === 'Table') await page.getByRole('button', { name: 'Table' }).click();
		else await page.locator('[data-node-id="haqqani-network"]').click();
		if (view === 'Table') await page.locator('tbody tr').nth(8).click();
		const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
	});
}

test('the wheel zooms the graph, the buttons zoom and fit, and the zoom is kept in the link', async ({ page }) => {
	await openApp(page);
	const graph = page.locator('.workspace svg[aria-label^="Relationship graph"]');
	const box = (await graph.boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await page.mouse.wheel(0, -400);
	await expect(page).toHaveURL(/zoom=/);
	await page.getByRole('button', { name: 'Fit' }).first().click();
	await expect(page).not.toHaveURL(/zoom=/);
	await page.getByRole('button', { name: 'Zoom in' }).first().click();
	await expect(page).toHaveURL(/zoom=1\.3,/);
});

test('Fit shows every actor, zooming out past the readable scale for a graph the view crops', async ({ page }) => {
	await page.setViewportSize({ width: 1366, height: 800 });
	await openApp(page, '/view/?corpus=all-built-in');
	const graph = page.locator('.workspace svg[aria-label^="Relationship graph"]');
	await expect(page.locator('.workspace [data-node-id]').first()).toBeVisible();
	const outside = () =>
		graph.evaluate((svg) => {
			const frame = svg.getBoundingClientRect();
			return [...svg.querySelectorAll('[data-node-id] .shape')]
				.map((shape) => ({ id: shape.closest('[data-node-id]')!.getAttribute('data-node-id'), box: shape.getBoundingClientRect() }))
				.filter(({ box }) => box.left < frame.left || box.right > frame.right || box.top < frame.top || box.bottom > frame.bottom)
				.map(({ id }) => id);
		});
	// Opened at a readable scale, the built-in corpus is larger than its view here.
	expect((await outside()).length).toBeGreaterThan(0);
	await page.getByRole('toolbar', { name: 'Graph view' }).getByRole('button', { name: 'Fit' }).click();
	await expect.poll(outside).toEqual([]);
	await expect(page).toHaveURL(/zoom=0\./);
	// Reset layout goes back to the view the graph opened with.
	await page.getByRole('toolbar', { name: 'Graph view' }).getByRole('button', { name: 'Reset layout' }).click();
	await expect(page).not.toHaveURL(/zoom=/);
});

test('Fit takes in an actor dragged out of the view', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await openApp(page);
	const graph = page.locator('.workspace svg[aria-label^="Relationship graph"]');
	const frame = (await graph.boundingBox())!;
	const shape = page.locator('.workspace [data-node-id="the-telegraph"] .shape');
	const start = (await shape.boundingBox())!;
	await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
	await page.mouse.down();
	// Past the graph's right edge, over the evidence panel: the actor follows (pointer capture).
	for (let step = 1; step <= 10; step++) await page.mouse.move(start.x + ((frame.x + frame.width + 250 - start.x) * step) / 10, start.y + 10);
	await page.mouse.up();
	const inside = async () => {
		const box = (await shape.boundingBox())!;
		return box.x >= frame.x && box.x + box.width <= frame.x + frame.width && box.y >= frame.y && box.y + box.height <= frame.y + frame.height;
	};
	expect(await inside()).toBe(false);
	await page.getByRole('toolbar', { name: 'Graph view' }).getByRole('button', { name: 'Fit' }).click();
	await expect.poll(inside).toBe(true);
});

test('no actor or name is drawn under the actor-kinds key that floats over the graph, in any built-in dataset', async ({ page }) => {
	await page.setViewportSize({ width: 1366, height: 800 });
	const index = (await (await page.request.get('/datasets/index.json')).json()) as { datasets: { slug: string }[] };
	expect(index.datasets.length).toBeGreaterThan(1);
	for (const { slug } of index.datasets) {
		await openApp(page, `/view/?dataset=${slug}`);
		await expect(page.locator('[data-node-id]').first()).toBeVisible();
		const key = (await page.getByRole('region', { name: 'Actor kinds' }).boundingBox())!;
		const covered = () =>
			page.evaluate(
				(key) =>
					[...document.querySelectorAll('[data-node-id]')]
						.filter((node) =>
							[node.querySelector('.shape'), node.querySelector('text')].some((part) => {
								const box = part?.getBoundingClientRect();
								return box && box.width > 0 && box.left < key.x + key.width && key.x < box.right && box.top < key.y + key.height && key.y < box.bottom;
							})
						)
						.map((node) => node.getAttribute('data-node-id')),
				key
			);
		await expect.poll(covered, { message: slug }).toEqual([]);
	}
});
