/**
 * Which characters each of the app's font files holds (scripts/subset-fonts.mjs), as inclusive
 * code point ranges. src/app.css gives each @font-face the same unicode-range, so the browser
 * fetches a file only for a page that shows one of its characters (tests/unit/fonts.test.ts).
 */

/**
 * The first page's file: Basic Latin, the no-break space and the Latin-1 signs the UI writes
 * (© ° · ×), dashes, curly quotes, bullets and ellipsis, the euro sign, arrows, minus.
 */
export const MAIN_RANGES = [
	[0x20, 0x7e],
	[0xa0, 0xa0],
	[0xa9, 0xa9],
	[0xb0, 0xb0],
	[0xb7, 0xb7],
	[0xd7, 0xd7],
	[0x2010, 0x2027],
	[0x2030, 0x203a],
	[0x20ac, 0x20ac],
	[0x2190, 0x2193],
	[0x2212, 0x2212]
];

/** The rest of Latin-1: accented letters (é, ü, ñ …) and signs such as £ and ½. */
export const LATIN1_RANGES = [
	[0xa1, 0xa8],
	[0xaa, 0xaf],
	[0xb1, 0xb6],
	[0xb8, 0xd6],
	[0xd8, 0xff]
];

/** Latin Extended-A (ā, ş, ł … in transliterated names). */
export const EXTENDED_RANGES = [[0x100, 0x17f]];

/**
 * Ranges as CSS writes them in unicode-range: `U+20-7E, U+A0, …`.
 * @param {number[][]} ranges
 * @returns {string}
 */
export function cssUnicodeRange(ranges) {
	const hex = (/** @type {number} */ code) => code.toString(16).toUpperCase();
	return ranges.map(([from = 0, to = from]) => (from === to ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`)).join(', ');
}
