/**
 * Reads the browser's text selection as offsets into the article text. The editor
 * draws every run of the article in an element carrying its `data-start` offset, with
 * nothing but that run's text inside, so a DOM position maps back exactly.
 */
import type { Span } from './quotes';

function runOf(node: Node | null, container: Element): HTMLElement | null {
	const element = node instanceof Element ? node : (node?.parentElement ?? null);
	const run = element?.closest<HTMLElement>('[data-start]') ?? null;
	return run && container.contains(run) && run.dataset.end !== undefined ? run : null;
}

/** The article offset of a DOM boundary point inside `container`, or null outside it. */
export function offsetAt(container: Element, node: Node, offset: number): number | null {
	if (!container.contains(node)) return null;
	if (node.nodeType === Node.TEXT_NODE) {
		const run = runOf(node, container);
		return run ? Number(run.dataset.start) + offset : null;
	}
	// A point between an element's children: the start of the run that follows, or the end of the one before.
	const children = node.childNodes;
	const after = children[offset];
	const nextRun = after instanceof Element ? (after.matches('[data-end]') ? after : after.querySelector('[data-end]')) : runOf(after ?? null, container);
	if (nextRun instanceof HTMLElement) return Number(nextRun.dataset.start);
	const before = children[offset - 1];
	const runs = before instanceof Element ? [...(before.matches('[data-end]') ? [before] : []), ...before.querySelectorAll('[data-end]')] : [];
	const last = runs.at(-1) as HTMLElement | undefined;
	if (last) return Number(last.dataset.end);
	const run = runOf(node, container);
	return run ? Number(run.dataset.start) : null;
}

/** The page's selection as a span of the article, or null when it is empty or outside `container`. */
export function selectedSpan(container: Element, selection: globalThis.Selection | null): Span | null {
	if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
	const range = selection.getRangeAt(0);
	const start = offsetAt(container, range.startContainer, range.startOffset);
	const end = offsetAt(container, range.endContainer, range.endOffset);
	if (start === null || end === null || end <= start) return null;
	return { start, end };
}
