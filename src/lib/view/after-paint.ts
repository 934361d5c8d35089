/**
 * Runs `then` in a task after the next frame has been painted, so work that can wait
 * (projecting the map, writing history) does not hold up what the user just asked to see.
 * At once where no frame will come: outside a browser, or in a hidden tab.
 */
export function afterNextPaint(then: () => void): void {
	if (typeof requestAnimationFrame === 'undefined' || document.hidden) then();
	else requestAnimationFrame(() => setTimeout(then));
}

/**
 * Resolves in a later task: work after it does not share a long task with the work before,
 * so the browser can handle input (and Lighthouse counts two shorter tasks, not one long one).
 */
export function nextTask(): Promise<void> {
	const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	if (typeof scheduler?.yield === 'function') return scheduler.yield();
	return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs `then` when the browser is idle (at the latest after `timeoutMs`): for work nobody is waiting on. */
export function whenIdle(then: () => void, timeoutMs = 5_000): void {
	if (typeof requestIdleCallback === 'function') requestIdleCallback(() => then(), { timeout: timeoutMs });
	else setTimeout(then, Math.min(timeoutMs, 2_000));
}
