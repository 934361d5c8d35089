/**
 * Runs `then` in a task after the next frame has been painted, so work that can wait
 * (projecting the map, writing history) does not hold up what the user just asked to see.
 * At once where no frame will come: outside a browser, or in a hidden tab.
 */
export function afterNextPaint(then: () => void): void {
	if (typeof requestAnimationFrame === 'undefined' || document.hidden) then();
	else requestAnimationFrame(() => setTimeout(then));
}
