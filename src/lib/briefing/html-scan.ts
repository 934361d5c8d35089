/**
 * A small scanner for the one-file briefing's HTML, shared by briefingHtml (which
 * embeds a deck) and the briefing's Content Security Policy (which hashes its inline
 * code at build time). The template's `<head>` holds the whole app as inline script
 * and style, and that code may itself contain text like `</head>` or
 * `<script … id="threadboard-briefing">` in its strings. So the template is not
 * searched as plain text: the scanner walks its tags and skips over the contents of
 * script, style, title and textarea elements and comments, as a browser's parser does.
 */

/** Elements whose content is text up to their end tag, not markup. */
const RAW_TEXT_ELEMENTS = new Set(['script', 'style', 'title', 'textarea']);

export interface Tag {
	name: string;
	closing: boolean;
	attributes: string;
	/** Index of the `<`. */
	start: number;
	/** Index just past the start (or end) tag's `>`. */
	end: number;
	/** For raw-text elements: where the content ends (the end tag's `<`) and the whole element ends. */
	contentEnd?: number;
	elementEnd?: number;
}

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:"[^"]*"|'[^']*'|[^'">])*)>/y;

/** The document's tags in order, raw-text elements with their extent, comments skipped. */
export function* tagsOf(html: string): Generator<Tag> {
	let position = 0;
	while (position < html.length) {
		const open = html.indexOf('<', position);
		if (open < 0) return;
		if (html.startsWith('<!--', open)) {
			const close = html.indexOf('-->', open + 4);
			position = close < 0 ? html.length : close + 3;
			continue;
		}
		TAG.lastIndex = open;
		const match = TAG.exec(html);
		if (!match) {
			position = open + 1;
			continue;
		}
		const tag: Tag = {
			name: match[2]!.toLowerCase(),
			closing: match[1] === '/',
			attributes: match[3]!,
			start: open,
			end: open + match[0].length
		};
		position = tag.end;
		if (!tag.closing && RAW_TEXT_ELEMENTS.has(tag.name)) {
			const endTag = new RegExp(`</${tag.name}(?=[\\s/>])[^>]*>`, 'gi');
			endTag.lastIndex = tag.end;
			const close = endTag.exec(html);
			tag.contentEnd = close ? close.index : html.length;
			tag.elementEnd = close ? close.index + close[0].length : html.length;
			position = tag.elementEnd;
		}
		yield tag;
	}
}

/** An attribute's value (quoted or not), '' for a bare attribute, null when absent. */
export function attribute(attributes: string, name: string): string | null {
	const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))|(?:^|\\s)${name}(?=[\\s/]|$)`, 'i').exec(attributes);
	return match ? (match[1] ?? match[2] ?? match[3] ?? '') : null;
}
