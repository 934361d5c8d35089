/**
 * Serves the seed dataset changed by a test, so a test can open the app on names
 * no real dataset has.
 */
import type { Page } from '@playwright/test';

export async function serveChangedDataset(page: Page, change: (dataset: any) => any): Promise<void> {
	await page.route('**/datasets/*/dataset.json', async (route) => {
		const response = await route.fetch();
		const headers = Object.fromEntries(Object.entries(response.headers()).filter(([name]) => name !== 'content-length'));
		await route.fulfill({ response, body: JSON.stringify(change(await response.json())), headers });
	});
}
