/**
 * The paragraphs of an HTML element, as text. Reads text nodes only: no element is ever
 * attached to a live page, no attribute (src, href, on…) is followed or run. Content the
 * reader never sees on the page (scripts, styles, frames, form controls, hidden elements)
 * is skipped; figure captions are kept as blocks marked as furniture.
 */
import type { RawBlock } from './blocks';

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Elements that start a new paragraph. */
const BLOCK_ELEMENTS = new Set(
	'address article aside blockquote caption dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section summary table tbody tfoot thead tr ul'.split(
		' '
	)
);
/** Elements whose content is not text a reader sees (or is code, or a nested page). */
const SKIPPED_ELEMENTS = new Set(
	'script style noscript template iframe frame frameset object embed applet svg math canvas video audio picture img source track map area button select option datalist textarea input head title meta link base'.split(
		' '
	)
);

function isHidden(element: Element): boolean {
	if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
	const style = (element.getAttribute('style') ?? '').replace(/\s+/g, '').toLowerCase();
	return style.includes('display:none') || style.includes('visibility:hidden');
}

class BlockCollector {
	readonly blocks: RawBlock[] = [];
	private buffer = '';
	private reasons: string[] = [];

	flush(): void {
		const text = this.buffer;
		this.buffer = '';
		if (text.trim() === '') return;
		const reason = this.reasons.at(-1);
		this.blocks.push(reason === undefined ? { text } : { text, reason });
	}

	visit(node: Node, preformatted: boolean): void {
		for (const child of Array.from(node.childNodes)) {
			if (child.nodeType === TEXT_NODE) {
				const data = child.nodeValue ?? '';
				// Outside <pre>, HTML source line breaks and indentation are just spaces.
				this.buffer += preformatted ? data : data.replace(/[ \t\n\r\f]+/g, ' ');
			} else if (child.nodeType === ELEMENT_NODE) {
				this.visitElement(child as Element, preformatted);
			}
		}
	}

	private visitElement(element: Element, preformatted: boolean): void {
		const name = element.localName.toLowerCase();
		if (SKIPPED_ELEMENTS.has(name) || isHidden(element)) return;
		if (name === 'br') {
			this.buffer += '\n';
			return;
		}
		if (name === 'td' || name === 'th') {
			// One line per cell: a table row reads as a short block of lines.
			this.visit(element, preformatted);
			this.buffer += '\n';
			return;
		}
		if (!BLOCK_ELEMENTS.has(name)) {
			this.visit(element, preformatted);
			return;
		}
		this.flush();
		if (name === 'figcaption') this.reasons.push('Photo credit or caption');
		this.visit(element, preformatted || name === 'pre');
		this.flush();
		if (name === 'figcaption') this.reasons.pop();
	}
}

/** The paragraphs of `root` in reading order (not yet normalised). */
export function htmlBlocks(root: Node): RawBlock[] {
	const collector = new BlockCollector();
	collector.visit(root, false);
	collector.flush();
	return collector.blocks;
}
