import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { collectConsoleErrors, openApp, SEED_ID, showArticle } from './helpers';

test('the home page shows the seed article, its actors and places, with no console errors', async ({ page }) => {
	const errors = collectConsoleErrors(page);
	await openApp(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Haqqani Network Hand In Glove With Al-Qaeda, May Have Formed Joint Unit — US Document'
	);
	await showArticle(page);
	await expect(page.getByRole('article')).toContainText('Senior Haqqani Network figures have discussed forming a new joint unit');
	for (const actor of ['Haqqani Network', 'al-Qaeda', 'Taliban', 'Islamic State', 'Afghan security forces'])
		await expect(page.getByRole('button', { name: new RegExp(`^${actor},`) })).toBeVisible();
	// Page furniture was removed from the article.
	await expect(page.getByRole('article')).not.toContainText('Follow EurAsian Times');
	await expect(page.getByRole('article')).not.toContainText('CIA');
	expect(errors).toEqual([]);
});

test('the home page has no WCAG 2.1 AA violations', async ({ page }) => {
	await openApp(page);
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`)).toEqual([]);
});

test('a broken dataset shows its problems with their paths, not a blank page', async ({ page }) => {
	// Serve the dataset with one quote reference broken.
	await page.route(`**/datasets/${SEED_ID}/dataset.json`, async (route) => {
		const response = await route.fetch();
		const json = (await response.text()).replace(/"q-safe-haven"(\s*\])/, '"q-nowhere"$1');
		await route.fulfill({ response, body: json });
	});
	await openApp(page);
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('could not be loaded');
	await expect(alert).toContainText('quote "q-nowhere" does not exist');
	await expect(alert.locator('li code').first()).toHaveText(/^(entities|places)\[\d+\]\.evidence\[\d+\]$/);
});
