/**
 * A first visit caches only what it downloads (src/service-worker.ts). A page that opens
 * already controlled by the worker is a later visit: it asks the worker, once the page is
 * idle, to cache the rest of the app (editor, importer, presenting, every dataset), so the
 * whole app works in a room with no network from then on.
 */
export function cacheEverythingOnLaterVisits(): void {
	const controller = typeof navigator !== 'undefined' ? navigator.serviceWorker?.controller : null;
	if (!controller) return;
	const ask = () => controller.postMessage({ type: 'warm' });
	if ('requestIdleCallback' in window) requestIdleCallback(ask, { timeout: 5_000 });
	else setTimeout(ask, 2_000);
}
