/**
 * The one normalisation of an article's text, applied once at import so that
 * every quote is a verbatim, reproducible span of the stored `article.txt`.
 *
 * In this order:
 * 1. Line endings: CR LF, lone CR, NEL (U+0085), line separator (U+2028),
 *    vertical tab and form feed become `\n`; the paragraph separator (U+2029) becomes a blank line.
 * 2. Invisible characters are removed: byte order mark / zero-width no-break space (U+FEFF),
 *    zero-width space (U+200B), soft hyphen (U+00AD), word joiner and invisible operators
 *    (U+2060–U+2064), bidirectional controls (U+200E, U+200F, U+061C, U+202A–U+202E, U+2066–U+2069),
 *    the Mongolian vowel separator (U+180E), interlinear annotation marks (U+FFF9–U+FFFB) and
 *    control characters other than tab and line feed.
 * 3. Zero-width joiner and non-joiner (U+200D, U+200C) are kept only where a script needs them:
 *    between two letters or marks that are not Latin (Persian, Urdu, Pashto, Indic scripts) or
 *    inside an emoji sequence. Elsewhere they are removed.
 * 4. Tab, no-break space (U+00A0), narrow no-break space (U+202F), the other Unicode spaces
 *    (U+1680, U+2000–U+200A, U+205F, U+3000) become a plain space.
 * 5. Unicode NFC (composed accents: `e` + combining acute becomes `é`). Not NFKC: ligatures,
 *    superscripts and full-width letters stay as published.
 * 6. Runs of spaces become one space; spaces at the start and end of every line go.
 * 7. Lines with nothing on them separate paragraphs: any run of them becomes exactly one blank
 *    line. A single line break inside a paragraph stays.
 * 8. The whole text is trimmed.
 *
 * Typography stays as published: curly quotes, apostrophes, dashes, ellipses are not straightened
 * (quotes must be verbatim; search folds them when matching). The function is idempotent:
 * `normaliseArticleText(normaliseArticleText(x)) === normaliseArticleText(x)`.
 */

const LINE_BREAKS = /\r\n?|[\u0085\u2028\u000B\u000C]/g;
const PARAGRAPH_SEPARATOR = /\u2029/g;
// Controls other than tab (U+0009) and line feed (U+000A); DEL and the C1 block too.
const INVISIBLE =
	/[\uFEFF\u200B\u00AD\u2060-\u2064\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069\u180E\uFFF9-\uFFFB\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;
/** A character beside which a joiner is meaningful: a non-Latin letter, any combining mark, or an emoji part. */
const JOINS = String.raw`(?:[\p{M}\p{Extended_Pictographic}\u{FE0F}\u{1F3FB}-\u{1F3FF}]|(?![\p{Script=Latin}\p{Script=Common}])\p{L})`;
const UNNEEDED_JOINER = new RegExp(String.raw`(?<!${JOINS})[\u200C\u200D]|[\u200C\u200D](?!${JOINS})`, 'gu');
const UNICODE_SPACES = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;

/** Normalises a whole article (or one paragraph of it) by the rules above. */
export function normaliseArticleText(text: string): string {
	const unified = text
		.replace(LINE_BREAKS, '\n')
		.replace(PARAGRAPH_SEPARATOR, '\n\n')
		.replace(INVISIBLE, '')
		.replace(UNNEEDED_JOINER, '')
		.replace(UNICODE_SPACES, ' ')
		.normalize('NFC');
	const lines = unified.split('\n').map((line) => line.replace(/ {2,}/g, ' ').trim());
	return lines
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}
