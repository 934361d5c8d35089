import type { Page } from '@playwright/test';

/** Console errors and uncaught exceptions, gathered for the whole test. */
export function collectConsoleErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	return errors;
}

/** Opens a page and waits until the prerendered HTML has been hydrated, so clicks reach the app. */
export async function openApp(page: Page, path = '/'): Promise<void> {
	await page.goto(path);
	await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
}

/** Below 1600 px the article shares a pane with the map, behind a tab. */
export async function showArticle(page: Page): Promise<void> {
	const tab = page.getByRole('tab', { name: 'Article' });
	if (await tab.isVisible()) await tab.click();
}
