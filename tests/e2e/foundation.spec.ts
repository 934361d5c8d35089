import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { collectConsoleErrors, openApp, showArticle } from './helpers';

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
