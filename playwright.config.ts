import { defineConfig } from '@playwright/test';

/** Debian's Chromium: Playwright's own browser downloads cannot reach the network here. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/**
 * A port of the tests' own (not `npm start`'s 4173), and never a server left running:
 * the tests always run against the build they just made. Override with THREADBOARD_TEST_PORT.
 */
const PORT = Number(process.env.THREADBOARD_TEST_PORT ?? 4317);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	reporter: process.env.CI ? [['list']] : [['list']],
	// Generous: a test that passes in 5 s alone can take many times that on a busy two-core machine.
	timeout: 90_000,
	expect: { timeout: 15_000 },
	// The production build, as users get it.
	webServer: {
		command: `npm run build && npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: false,
		timeout: 600_000,
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
