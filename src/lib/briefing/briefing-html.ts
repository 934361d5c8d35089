/**
 * Turns the single-file app (build/briefing-template.html, from `npm run build`)
 * into a briefing: the same file with a slide deck embedded as
 * `<script type="application/json" id="threadboard-briefing">`, which the page
 * reads on start (src/single/embedded-data.ts, embeddedSlides). The template is
 * read with the tag scanner of html-scan.ts, never searched as plain text.
 *
 * The template's Content Security Policy (briefing-csp.ts) stays valid: the deck is a
 * data block (`type="application/json"`), which browsers never run, so it needs no hash.
 */
import { downloadBlob } from '$lib/storage/download';
import { attribute, tagsOf, type Tag } from './html-scan';
import { DECK_ID_PATTERN, EMBEDDED_CORPUS_ID, EMBEDDED_DATASET_ID, EMBEDDED_SLIDES_ID, type EmbeddedDeck, type SlidesFile } from './slide-types';

/** Where the app's build serves the single-file template. */
export const BRIEFING_TEMPLATE_PATH = '/briefing-template.html';

function escapeHtmlText(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The deck as JSON that is safe inside a `<script>` element: no `<` (so no
 * `</script>` or `<!--` can end or confuse the element) and no U+2028/U+2029.
 * JSON.parse reads the escapes back to the same text.
 */
export function slidesJson(slides: SlidesFile | EmbeddedDeck): string {
	return safeJsonText(JSON.stringify(slides));
}

/** JSON text made safe inside a `<script>` element, as slidesJson. */
export function safeJsonText(json: string): string {
	return json.replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/**
 * A new deck id: 128 random bits in base64url. getRandomValues, unlike randomUUID,
 * works on a page served over plain http too.
 */
export function newDeckId(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(16));
	return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * The template with `slides` embedded under a deck id of its own (a new one unless
 * given), replacing any deck, dataset or corpus already there, and, if given, `title`
 * as the page's title. A dataset bundle or a corpus (corpus-bundle.ts, corpusToJson)
 * travels as a data block of its own. Throws if the template has no `</head>`, the
 * deck id is malformed or the bundle or corpus is not JSON.
 */
export function briefingHtml(
	template: string,
	slides: SlidesFile,
	title?: string,
	deckId: string = newDeckId(),
	datasetBundle?: string,
	corpusJson?: string
): string {
	if (!DECK_ID_PATTERN.test(deckId)) throw new Error(`A deck id is 1 to 64 letters, digits, "-" or "_" (got "${deckId.slice(0, 80)}").`);
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
		if (tag.name === 'script' && [EMBEDDED_SLIDES_ID, EMBEDDED_DATASET_ID, EMBEDDED_CORPUS_ID].includes(attribute(tag.attributes, 'id') ?? '')) {
			// With the line break briefingHtml puts after it, so embedding twice gives the same file as once.
			const to = template[tag.elementEnd!] === '\n' ? tag.elementEnd! + 1 : tag.elementEnd!;
			edits.push({ from: tag.start, to, text: '' });
		}
		else if (tag.name === 'title' && !titleElement) titleElement = tag;
	}
	if (headEnd === null) throw new Error('The briefing template has no </head> (or <body>) to put the slides before.');

	const deck: EmbeddedDeck = { format: slides.format, version: slides.version, dataset: slides.dataset, deckId, slides: slides.slides };
	let insertion = `<script type="application/json" id="${EMBEDDED_SLIDES_ID}">${slidesJson(deck)}</script>\n`;
	// An own dataset travels inside its briefing: the recipient has no other copy.
	if (datasetBundle !== undefined) insertion += `<script type="application/json" id="${EMBEDDED_DATASET_ID}">${safeJsonText(JSON.stringify(JSON.parse(datasetBundle)))}</script>\n`;
	// So does a corpus: every member, its title and the merge decisions that shape its picture.
	if (corpusJson !== undefined) insertion += `<script type="application/json" id="${EMBEDDED_CORPUS_ID}">${safeJsonText(JSON.stringify(JSON.parse(corpusJson)))}</script>\n`;
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
export async function downloadBriefing(slides: SlidesFile, fetcher: typeof fetch = fetch, title?: string, datasetBundle?: string, corpusJson?: string): Promise<void> {
	let response: Response;
	try {
		response = await fetcher(BRIEFING_TEMPLATE_PATH);
	} catch (error) {
		throw new Error(`The briefing template could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
	}
	if (!response.ok)
		throw new Error(`The briefing template could not be loaded (HTTP ${response.status}); it is made by \`npm run build\`.`);
	const html = briefingHtml(await response.text(), slides, title, newDeckId(), datasetBundle, corpusJson);
	downloadBlob(new Blob([html], { type: 'text/html;charset=utf-8' }), briefingFileName(slides));
}
