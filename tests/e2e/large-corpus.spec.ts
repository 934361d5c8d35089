/**
 * A corpus of many articles about one story: every actor they share is proposed for a
 * merge once per pair of articles, so the merge review has thousands of rows. It shows
 * them a page at a time, and a decision's row is followed wherever it lands.
 */
import { test, expect, type Page } from '@playwright/test';
import { collectConsoleErrors, openApp } from './helpers';

const SEED_TITLE = 'Haqqani Network Hand In Glove With Al-Qaeda, May Have Formed Joint Unit — US Document';
const COPIES = 12;
const rowOf = (page: Page, title: string) => page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title, exact: true }) });

/** The seed saved as an own dataset once (through the library), then copied in storage to `COPIES` members of one corpus. */
async function corpusOfCopies(page: Page): Promise<{ corpusId: string; ids: string[] }> {
	await openApp(page, '/');
	await rowOf(page, SEED_TITLE).getByRole('button', { name: 'Duplicate' }).click();
	await expect(rowOf(page, `${SEED_TITLE} (copy)`)).toContainText('Yours');
	const corpusId = 'twelve-reports';
	const ids = await page.evaluate(
		({ copies, corpusId }) =>
			new Promise<string[]>((resolve, reject) => {
				const opening = indexedDB.open('threadboard');
				opening.onerror = () => reject(opening.error);
				const ids: string[] = [];
				opening.onsuccess = () => {
					const transaction = opening.result.transaction(['datasets', 'corpora'], 'readwrite');
					const datasets = transaction.objectStore('datasets');
					const all = datasets.getAll();
					all.onsuccess = () => {
						const original = (all.result as { id: string }[])[0]!;
						ids.push(original.id);
						for (let copy = 2; copy <= copies; copy++) {
							ids.push(`${original.id}-${copy}`);
							datasets.put({ ...original, id: `${original.id}-${copy}` });
						}
						const now = new Date().toISOString();
						transaction.objectStore('corpora').put({ id: corpusId, title: 'Twelve reports', datasets: ids, decisions: { actors: {}, places: {} }, createdAt: now, updatedAt: now });
					};
					transaction.oncomplete = () => resolve(ids);
					transaction.onerror = () => reject(transaction.error);
				};
			}),
		{ copies: COPIES, corpusId }
	);
	return { corpusId, ids };
}

const sectionOf = (page: Page, title: string) => page.locator('#merge-review .review > section').filter({ has: page.getByRole('heading', { level: 3, name: new RegExp(`^${title}`) }) });

test('a corpus of many articles: the merge review shows its thousands of rows a page at a time, and follows a decision', async ({ page }) => {
	test.slow();
	const errors = collectConsoleErrors(page);
	const { corpusId, ids } = await corpusOfCopies(page);
	await openApp(page, `/view/?corpus=${corpusId}`);
	await expect(page.locator('[data-graph-status="drawn"]')).toHaveCount(1);
	await page.getByRole('button', { name: /^Merges/ }).click();

	// Each of the seed's actors in 12 articles: 66 pairs apiece, all merged (the same name).
	const merged = sectionOf(page, 'Merged');
	const heading = await merged.getByRole('heading', { level: 3 }).textContent();
	const total = Number(/\(([\d,]+)\)/.exec(heading!)![1]!.replaceAll(',', ''));
	expect(total).toBeGreaterThanOrEqual(66 * 10);
	await expect(merged.locator('li[data-review-key]')).toHaveCount(50);
	await merged.getByRole('button', { name: `Show 50 more (${(total - 50).toLocaleString('en')} not shown)` }).click();
	await expect(merged.locator('li[data-review-key]')).toHaveCount(100);

	// Kept apart: the row moves to its group, and the keyboard's focus with it.
	const row = merged.locator('li[data-review-key]').first();
	const key = (await row.getAttribute('data-review-key'))!;
	await row.getByRole('button', { name: /^Keep apart/ }).click();
	const kept = sectionOf(page, 'Kept apart');
	await expect(kept.locator(`li[data-review-key="${key}"]`)).toHaveCount(1);
	await expect(kept.locator(`li[data-review-key="${key}"] button`).first()).toBeFocused();
	await expect(merged.getByRole('heading', { level: 3 })).toHaveText(`Merged (${(total - 1).toLocaleString('en')})`);

	// Merged actors list their members only when opened: one of twelve members is split off.
	const split = page.locator('#merge-review section.split');
	await expect(split.getByRole('button', { name: /^Split off/ })).toHaveCount(0);
	await split.locator('summary').first().click();
	await expect(split.getByRole('button', { name: /^Split off/ })).toHaveCount(COPIES);

	// Merge by hand: its menus list every article's own actors once the form is wanted (focus is enough).
	const first = page.getByLabel('First', { exact: true });
	await expect(first.locator('option')).toHaveCount(1);
	await first.focus();
	await expect(first.locator('option')).toHaveCount(1 + 17 * COPIES);
	await first.selectOption(`${ids[0]}/taliban`);
	await page.getByLabel('Second', { exact: true }).selectOption(`${ids[1]}/al-qaeda`);
	await page.getByRole('button', { name: 'Merge these two' }).click();
	await expect(page.locator('#merge-review .status')).toHaveText(/^Merged Taliban \(.+\) and al-Qaeda \(.+\) by hand\.$/);
	expect(errors).toEqual([]);
});
