/**
 * Turns the single-file app (build/briefing-template.html, from `npm run build`)
 * into a briefing: the same file with a slide deck embedded as
 * `<script type="application/json" id="threadboard-briefing">`, which the page
 * reads on start (src/single/embedded-data.ts, embeddedSlides).
 *
 * The template's `<head>` holds the whole app as inline script and style, and that
 * code may itself contain text like `</head>` or `<script … id="threadboard-briefing">`
 * in its strings. So the template is not searched as plain text: a small scanner
 * walks its tags and skips over the contents of script, style, title and textarea
 * elements and comments, as a browser's parser does.
 */
import { downloadBlob } from './download';
import { EMBEDDED_SLIDES_ID, type SlidesFile } from './slide-types';

/** Where the app's build serves the single-file template. */
export const BRIEFING_TEMPLATE_PATH = '/briefing-template.html';

/** Elements whose content is text up to their end tag, not markup. */
const RAW_TEXT_ELEMENTS = new Set(['script', 'style', 'title', 'textarea']);

interface Tag {
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
function* tagsOf(html: string): Generator<Tag> {
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

function attribute(attributes: string, name: string): string | null {
	const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(attributes);
	return match ? (match[1] ?? match[2] ?? match[3] ?? '') : null;
}

function escapeHtmlText(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The deck as JSON that is safe inside a `<script>` element: no `<` (so no
 * `</script>` or `<!--` can end or confuse the element) and no U+2028/U+2029.
 * JSON.parse reads the escapes back to the same text.
 */
export function slidesJson(slides: SlidesFile): string {
	return JSON.stringify(slides).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/**
 * The template with `slides` embedded, replacing any deck already there, and, if
 * given, `title` as the page's title. Throws if the template has no `</head>`.
 */
export function briefingHtml(template: string, slides: SlidesFile, title?: string): string {
	const edits: { from: number; to: number; text: string }[] = [];
	let headEnd: number | null = null;
	let titleElement: Tag | null = null;

	for (const tag of tagsOf(template)) {
		if (tag.name === 'head' && tag.closing) {
			headEnd = tag.start;
			break;
		}
		if (tag.name === 'body' && !tag.closing) {
			// No `</head>` (it is optional in HTML): the head ends where the body starts.
			headEnd = tag.start;
			break;
		}
		if (tag.closing) continue;
		if (tag.name === 'script' && attribute(tag.attributes, 'id') === EMBEDDED_SLIDES_ID) {
			// With the line break briefingHtml puts after it, so embedding twice gives the same file as once.
			const to = template[tag.elementEnd!] === '\n' ? tag.elementEnd! + 1 : tag.elementEnd!;
			edits.push({ from: tag.start, to, text: '' });
		}
		else if (tag.name === 'title' && !titleElement) titleElement = tag;
	}
	if (headEnd === null) throw new Error('The briefing template has no </head> (or <body>) to put the slides before.');

	let insertion = `<script type="application/json" id="${EMBEDDED_SLIDES_ID}">${slidesJson(slides)}</script>\n`;
	if (title !== undefined) {
		if (titleElement) edits.push({ from: titleElement.end, to: titleElement.contentEnd!, text: escapeHtmlText(title) });
		else insertion = `<title>${escapeHtmlText(title)}</title>\n${insertion}`;
	}
	edits.push({ from: headEnd, to: headEnd, text: insertion });

	let html = template;
	for (const edit of edits.sort((a, b) => b.from - a.from)) html = html.slice(0, edit.from) + edit.text + html.slice(edit.to);
	return html;
}

/** `<dataset>-briefing.html`, with anything but letters, digits, `-` and `_` made a `-`. */
export function briefingFileName(slides: SlidesFile): string {
	const name = slides.dataset.replace(/[^\w-]+/g, '-').replace(/^-+|-+$/g, '');
	return `${name || 'threadboard'}-briefing.html`;
}

/**
 * Fetches the single-file template the app's build serves, embeds the deck and
 * downloads the result as `<dataset>-briefing.html`. Rejects if the template
 * cannot be fetched (e.g. a dev server, where `npm run build` has not made it).
 */
export async function downloadBriefing(slides: SlidesFile, fetcher: typeof fetch = fetch, title?: string): Promise<void> {
	let response: Response;
	try {
		response = await fetcher(BRIEFING_TEMPLATE_PATH);
	} catch (error) {
		throw new Error(`The briefing template could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
	}
	if (!response.ok)
		throw new Error(`The briefing template could not be loaded (HTTP ${response.status}); it is made by \`npm run build\`.`);
	const html = briefingHtml(await response.text(), slides, title);
	downloadBlob(new Blob([html], { type: 'text/html;charset=utf-8' }), briefingFileName(slides));
}
