/**
 * Serves the seed dataset changed by a test: the copy inlined in the prerendered
 * page (which the app reads without fetching) and the file itself (for any later
 * fetch) are both rewritten, so a test can open the app on names no real dataset has.
 */
import type { Page } from '@playwright/test';

type Change = (dataset: any) => any;

const INLINED = /(<script type="application\/json" data-sveltekit-fetched data-url="[^"]*\/dataset\.json">)([\s\S]*?)(<\/script>)/;

/** A JSON body safe inside a script element: no `<` that could close it. */
function inlineJson(value: unknown): string {
	return JSON.stringify(value).replace(/</g, '\\u003C').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

export async function serveChangedDataset(page: Page, change: Change): Promise<void> {
	await page.route('**/datasets/*/dataset.json', async (route) => {
		const response = await route.fetch();
		const headers = Object.fromEntries(Object.entries(response.headers()).filter(([name]) => name !== 'content-length'));
		await route.fulfill({ response, body: JSON.stringify(change(await response.json())), headers });
	});
	await page.route(
		(url) => url.pathname === '/' || url.pathname.endsWith('.html') || !url.pathname.includes('.'),
		async (route) => {
			if (route.request().resourceType() !== 'document') return route.fallback();
			const response = await route.fetch();
			const html = (await response.text()).replace(INLINED, (_, open: string, body: string, close: string) => {
				const fetched = JSON.parse(body) as { body: string };
				return `${open}${inlineJson({ ...fetched, body: JSON.stringify(change(JSON.parse(fetched.body))) })}${close}`;
			});
			const headers = Object.fromEntries(Object.entries(response.headers()).filter(([name]) => name !== 'content-length'));
			await route.fulfill({ response, body: html, headers });
		}
	);
}
