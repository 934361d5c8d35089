/**
 * Marks the page interactive, so tests (and styles) can tell a hydrated page whose
 * content has loaded from its prerendered shell. Pages call it once they can be used.
 */
export function markReady(): void {
	document.documentElement.dataset.ready = 'true';
}
