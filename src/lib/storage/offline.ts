/** Runs work when the browser is idle, at the latest after `timeoutMs` (view/after-paint's `whenIdle`). */
type WhenIdle = (then: () => void, timeoutMs?: number) => void;

/**
 * Longest wait for the page to mark itself ready before the worker is registered anyway:
 * a page that never gets there (an error page, a dataset that will not open) must still
 * leave the app working offline.
 */
export const REGISTER_AT_THE_LATEST_MS = 10_000;

/** Resolves once the page is ready, or after REGISTER_AT_THE_LATEST_MS if it never is. */
function settled(pageReady: Promise<void>): Promise<void> {
	return Promise.race([pageReady, new Promise<void>((resolve) => setTimeout(resolve, REGISTER_AT_THE_LATEST_MS))]);
}

/**
 * Registers the service worker (src/service-worker.ts) once the page says it is ready (its
 * first view drawn) and the browser is idle, not at the window's load event as SvelteKit
 * would. Installing downloads and stores every file of the first view again; on a two-core
 * machine that, beside the workspace's first render, delayed the seed's graph and map by about
 * 300 ms (1,092 → 784 ms median, 5 interleaved cold loads each) and made its longest task
 * 160 ms instead of 62.
 */
export function registerServiceWorkerWhenSettled(pageReady: Promise<void>, whenIdle: WhenIdle): void {
	if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
	void settled(pageReady).then(() =>
		whenIdle(() => {
			// Refused on an insecure origin or in a private window: the app works, only not offline.
			navigator.serviceWorker.register('/service-worker.js').catch(() => {});
		}, 3_000)
	);
}

/**
 * A first visit caches only what it downloads (src/service-worker.ts). A page that opens
 * already controlled by the worker is a later visit: it asks the worker, once the page is
 * ready and idle, to cache the rest of the app (editor, importer, presenting, every dataset),
 * so the whole app works in a room with no network from then on.
 */
export function cacheEverythingOnLaterVisits(pageReady: Promise<void>, whenIdle: WhenIdle): void {
	const controller = typeof navigator !== 'undefined' ? navigator.serviceWorker?.controller : null;
	if (!controller) return;
	void settled(pageReady).then(() => whenIdle(() => controller.postMessage({ type: 'warm' })));
}
