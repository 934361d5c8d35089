let resolveReady: () => void = () => {};
const ready = new Promise<void>((resolve) => (resolveReady = resolve));

/**
 * Marks the page interactive, so tests (and styles) can tell a hydrated page whose
 * content has loaded from its prerendered shell. Pages call it once they can be used.
 */
export function markReady(): void {
	document.documentElement.dataset.ready = 'true';
	resolveReady();
}

/** Resolves once the page has called `markReady`: for work that must not compete with the first view. */
export function pageReady(): Promise<void> {
	return ready;
}
