/**
 * Writes the app's font files: Inter (SIL Open Font License 1.1, from @fontsource-variable/inter)
 * as a variable font from weight 400 to 700, one file for every weight instead of one per weight,
 * cut into three by character (scripts/font-ranges.mjs): what the UI and English text use, the
 * rest of Latin-1, and Latin Extended-A. The CSS gives each file its unicode-range, so a page
 * fetches the last two only when it shows an accented letter (é, ü, ā, ş, ł … in names).
 * Characters outside all three fall back to the system fonts in the CSS stack.
 * Run with `npm run fonts`; the output is committed, so a build needs no font tooling.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';
import { EXTENDED_RANGES, LATIN1_RANGES, MAIN_RANGES } from './font-ranges.mjs';

const require = createRequire(import.meta.url);
const LATIN = readFileSync(require.resolve('@fontsource-variable/inter/files/inter-latin-wght-normal.woff2'));
const LATIN_EXTENDED = readFileSync(require.resolve('@fontsource-variable/inter/files/inter-latin-ext-wght-normal.woff2'));

/**
 * The OpenType features the app's text can use: kerning, Inter's standard ligatures and contextual
 * forms, mark positioning and local forms, and tabular figures (font-variant-numeric in the filters,
 * legends and tables). Inter's stylistic sets and character variants are never switched on; their
 * glyphs were about an eighth of the first file.
 */
const FEATURES = ['kern', 'liga', 'calt', 'ccmp', 'locl', 'mark', 'mkmk', 'tnum'];
const options = { targetFormat: 'woff2', variationAxes: { wght: { min: 400, max: 700 } }, keepFeatures: FEATURES };

const characters = (ranges) => ranges.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i))).join('');

const files = [
	['inter-variable-subset.woff2', LATIN, MAIN_RANGES],
	['inter-variable-subset-latin1.woff2', LATIN, LATIN1_RANGES],
	['inter-variable-subset-ext.woff2', LATIN_EXTENDED, EXTENDED_RANGES]
];
for (const [name, source, ranges] of files) {
	const font = await subsetFont(source, characters(ranges), options);
	writeFileSync(new URL(`../src/fonts/${name}`, import.meta.url), font);
	console.log(`src/fonts/${name}: ${font.length} bytes`);
}
