import { test, expect } from '@playwright/test';
import { collectConsoleErrors, openApp, seedView } from './helpers';

// This test is about the service worker, which the config otherwise blocks.
test.use({ serviceWorkers: 'allow' });

test('once opened, the app reloads and works with the network gone', async ({ page, context }) => {
	await openApp(page);
	// Wait until the service worker has cached the app and controls the page.
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller)
			await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
	});
	await context.setOffline(true);
	const errors = collectConsoleErrors(page);
	await page.goto(seedView('?actor=taliban'));
	await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
	await expect(page.getByRole('region', { name: 'Evidence' }).getByRole('heading', { level: 2 })).toHaveText('Taliban');
	await page.locator('.workspace [data-node-id="haqqani-network"]').click();
	await expect(page.getByRole('region', { name: 'Evidence' }).locator('blockquote', { hasText: 'Senior Haqqani Network figures' }).first()).toBeVisible();
	// The map draws from the cache too.
	await expect(page.locator('.workspace [data-place-id="north-waziristan"]')).toBeVisible();
	expect(errors).toEqual([]);
	await context.setOffline(false);
});
