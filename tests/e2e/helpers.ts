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

export const SEED_ID = 'haqqani-al-qaeda-joint-unit';

/** The seed dataset's workspace, with a view query (`?actor=…`) or none. */
export function seedView(query = ''): string {
	const rest = query.replace(/^\?/, '');
	return `/view/?dataset=${SEED_ID}${rest ? `&${rest}` : ''}`;
}

/**
 * Opens a page and waits until it has been hydrated and its content loaded, so clicks
 * reach the app. With no path, or a bare view query (`/?actor=…`, as links were before
 * the library), it opens the seed dataset's workspace.
 */
export async function openApp(page: Page, path = '/?'): Promise<void> {
	if (path.startsWith('/?')) path = seedView(path.slice(1));
	await page.goto(path);
	await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
}

/** Below 1600 px the article shares a pane with the map, behind a tab. */
export async function showArticle(page: Page): Promise<void> {
	const tab = page.getByRole('tab', { name: 'Article' });
	if (await tab.isVisible()) await tab.click();
}
