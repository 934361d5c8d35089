/**
 * An element's size (clientWidth and clientHeight), followed with a ResizeObserver only.
 * Svelte's bind:clientWidth also reads the size once as the element is created, and that
 * read makes the browser lay out the whole half-built page there and then: on a cold
 * load of the workspace the four such reads cost about 150 ms. The observer's first
 * report comes after the browser's own layout and before the first paint, so nothing
 * is ever shown at the wrong size.
 */
import type { Attachment } from 'svelte/attachments';

export interface ElementSize {
	width: number;
	height: number;
}

export function observeSize(onsize: (size: ElementSize) => void): Attachment<HTMLElement> {
	return (element) => {
		// Read in the observer's callback, when layout is already done: it costs nothing there.
		const observer = new ResizeObserver(() => onsize({ width: element.clientWidth, height: element.clientHeight }));
		observer.observe(element);
		return () => observer.disconnect();
	};
}
