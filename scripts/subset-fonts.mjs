/**
 * Writes the app's one font file: Inter (SIL Open Font License 1.1, from @fontsource-variable/inter)
 * as a variable font from weight 400 to 700, cut down to the characters an English-language UI and
 * Latin-script articles use. One file for every weight, instead of one per weight.
 * Characters outside the subset fall back to the system fonts in the CSS stack.
 * Run with `npm run fonts`; the output is committed, so a build needs no font tooling.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';

const require = createRequire(import.meta.url);
const SOURCE = require.resolve('@fontsource-variable/inter/files/inter-latin-wght-normal.woff2');
const EXTENDED = require.resolve('@fontsource-variable/inter/files/inter-latin-ext-wght-normal.woff2');
const OUTPUT = new URL('../src/fonts/inter-variable-subset.woff2', import.meta.url);

/** Basic Latin, Latin-1, dashes, curly quotes, bullets and ellipsis, the euro sign, arrows, minus. */
const RANGES = [
	[0x20, 0x7e],
	[0xa0, 0xff],
	[0x2010, 0x2027],
	[0x2030, 0x203a],
	[0x20ac, 0x20ac],
	[0x2190, 0x2193],
	[0x2212, 0x2212]
];
/** Latin Extended-A (ā, ş, ł … in transliterated names) lives in the -ext file. */
const EXTENDED_RANGES = [[0x100, 0x17f]];

const characters = (ranges) => ranges.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i))).join('');

const options = { targetFormat: 'woff2', variationAxes: { wght: { min: 400, max: 700 } } };
const main = await subsetFont(readFileSync(SOURCE), characters(RANGES), options);
writeFileSync(OUTPUT, main);
const extended = await subsetFont(readFileSync(EXTENDED), characters(EXTENDED_RANGES), options);
writeFileSync(new URL('../src/fonts/inter-variable-subset-ext.woff2', import.meta.url), extended);
console.log(`src/fonts/inter-variable-subset.woff2: ${main.length} bytes; -ext: ${extended.length} bytes (loaded only for text that uses it)`);
