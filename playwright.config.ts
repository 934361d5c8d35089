import { defineConfig } from '@playwright/test';

/** Debian's Chromium: Playwright's own browser downloads cannot reach the network here. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PORT = 4173;

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	reporter: process.env.CI ? [['list']] : [['list']],
	timeout: 30_000,
	// The production build, as users get it.
	webServer: {
		command: 'npm run build && npm run preview',
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 180_000,
		stdout: 'ignore',
		stderr: 'pipe'
	},
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		browserName: 'chromium',
		viewport: { width: 1280, height: 800 },
		// Requests a service worker answers bypass page.route(); tests that fake a failing
		// file need the page's own requests. offline.spec.ts turns the worker back on.
		serviceWorkers: 'block',
		launchOptions: {
			executablePath: CHROMIUM_PATH,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--disable-dev-shm-usage'
			]
		}
	}
});
