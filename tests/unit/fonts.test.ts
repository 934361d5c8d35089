import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cssUnicodeRange, EXTENDED_RANGES, LATIN1_RANGES, MAIN_RANGES } from '../../scripts/font-ranges.mjs';

const css = readFileSync(new URL('../../src/app.css', import.meta.url), 'utf8');
/** Each @font-face's file and unicode-range, in the stylesheet's order. */
const faces = [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)].map(([, body]) => ({
	file: /url\(['"]?\.\/fonts\/([^'")]+)['"]?\)/.exec(body!)?.[1],
	range: /unicode-range:\s*([^;]+);/.exec(body!)?.[1]?.trim()
}));
const FILES: [string, number[][]][] = [
	['inter-variable-subset.woff2', MAIN_RANGES],
	['inter-variable-subset-latin1.woff2', LATIN1_RANGES],
	['inter-variable-subset-ext.woff2', EXTENDED_RANGES]
];
const codes = (ranges: number[][]) => ranges.flatMap(([from, to]) => Array.from({ length: to! - from! + 1 }, (_, i) => from! + i));

describe('the font files and their unicode-ranges', () => {
	it('app.css gives each file the characters scripts/subset-fonts.mjs put in it', () => {
		expect(faces).toEqual(FILES.map(([file, ranges]) => ({ file, range: cssUnicodeRange(ranges) })));
	});

	it('no character is in two files, and together they cover Basic Latin, Latin-1 and Latin Extended-A', () => {
		const all = FILES.flatMap(([, ranges]) => codes(ranges));
		expect(new Set(all).size).toBe(all.length);
		const covered = new Set(all);
		for (const code of codes([[0x20, 0x7e], [0xa0, 0x17f]])) expect(covered.has(code), `U+${code.toString(16)}`).toBe(true);
	});

	it('the first file has what the UI writes and English text needs: no accented letter is needed for them', () => {
		const main = new Set(codes(MAIN_RANGES));
		// Separators, the map credit's ©, degrees, the × of sizes, and the punctuation of quotes.
		for (const character of '·©°×–—‘’“”…→ ') expect(main.has(character.codePointAt(0)!), character).toBe(true);
		for (const character of 'éüñ£½') expect(main.has(character.codePointAt(0)!), character).toBe(false);
	});

	it('writes ranges as CSS does', () => {
		expect(cssUnicodeRange([[0x20, 0x7e], [0xa0, 0xa0]])).toBe('U+20-7E, U+A0');
	});
});
