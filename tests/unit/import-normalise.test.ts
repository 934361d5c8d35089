import { describe, expect, it } from 'vitest';
import { normaliseArticleText as normalise } from '../../src/lib/import/normalise';

describe('normaliseArticleText: each rule', () => {
	it('turns every line ending into \\n', () => {
		expect(normalise('one\r\ntwo\rthree\u0085four\u2028five\u000Bsix\u000Cseven')).toBe('one\ntwo\nthree\nfour\nfive\nsix\nseven');
		expect(normalise('one\u2029two')).toBe('one\n\ntwo');
	});

	it('composes characters to NFC but leaves compatibility forms (not NFKC)', () => {
		expect(normalise('Sahn\u0065\u0301')).toBe('Sahné');
		expect(normalise('Sahn\u0065\u0301')).toBe('Sahn\u00E9');
		expect(normalise('ﬁnance ²')).toBe('ﬁnance ²');
	});

	it('removes invisible characters: BOM, zero-width space, soft hyphen, word joiner, bidi controls, controls', () => {
		expect(normalise('\uFEFFHaqqani')).toBe('Haqqani');
		expect(normalise('Haq\u200Bqani')).toBe('Haqqani');
		expect(normalise('organiz\u00ADing')).toBe('organizing');
		expect(normalise('al\u2060Qaeda')).toBe('alQaeda');
		expect(normalise('\u202Bنص\u202C and \u200Eleft\u200F \u2066x\u2069 \u061C')).toBe('نص and left x');
		expect(normalise('a\u0000b\u0007c\u001Fd\u007Fe\u0090f')).toBe('abcdef');
	});

	it('keeps zero-width joiners and non-joiners only where a script needs them', () => {
		// Persian/Urdu: the non-joiner between two Arabic-script letters changes the word.
		expect(normalise('می\u200Cخواهم')).toBe('می\u200Cخواهم');
		// Emoji sequence: the joiner makes one picture of three.
		expect(normalise('👨\u200D👩\u200D👧')).toBe('👨\u200D👩\u200D👧');
		// Between Latin letters or beside a space they do nothing and are removed.
		expect(normalise('Kab\u200Dul \u200Cand\u200C')).toBe('Kabul and');
	});

	it('turns no-break and other Unicode spaces into plain spaces', () => {
		expect(normalise('Tomas\u00A0Reyes\u202F%\u2009x\u3000y\u1680z\u205Fw\u2003v\tu')).toBe('Tomas Reyes % x y z w v u');
	});

	it('collapses runs of spaces and trims every line', () => {
		expect(normalise('  one   two \u00A0 three  \n   four  ')).toBe('one two three\nfour');
	});

	it('separates paragraphs by exactly one blank line and keeps a single line break', () => {
		expect(normalise('one\n\n\n\ntwo\n \u00A0 \n\t\nthree\nstill three')).toBe('one\n\ntwo\n\nthree\nstill three');
	});

	it('trims the whole text', () => {
		expect(normalise('\n\n  \u200B \n text \n\n\u00A0')).toBe('text');
		expect(normalise('')).toBe('');
		expect(normalise(' \u200B\u00A0\n\n')).toBe('');
	});

	it('leaves the article’s typography as published: curly quotes, apostrophes, dashes, ellipses', () => {
		const published = '“We don’t see any,” he said – al-Qa’ida — ‘the group’… «non» „ja“';
		expect(normalise(published)).toBe(published);
	});
});

/** A deterministic generator of awkward strings, so the property check is the same on every run. */
function* awkwardStrings(count: number): Generator<string> {
	const pieces = [
		'a', 'Z', ' ', '  ', '\n', '\n\n', '\r\n', '\r', '\t', '\u00A0', '\u202F', '\u2009', '\u200B', '\u200C', '\u200D',
		'\uFEFF', '\u00AD', '\u202E', '\u2066', '\u2028', '\u2029', '\u0085', '\u000B', '\u0000', 'e', '\u0301', '\u0308',
		'ب', 'ی', '👨', '\uFE0F', '“', '’', '—', '…', 'ﬁ', '.', '\u1680', '\u3000', '\u180E'
	];
	let seed = 20240613;
	const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
	for (let index = 0; index < count; index++) {
		let text = '';
		const length = next() % 40;
		for (let at = 0; at < length; at++) text += pieces[next() % pieces.length];
		yield text;
	}
}

describe('normaliseArticleText is idempotent', () => {
	it('gives the same text when applied twice, on 5,000 awkward strings', () => {
		for (const text of awkwardStrings(5000)) {
			const once = normalise(text);
			expect(normalise(once), JSON.stringify(text)).toBe(once);
		}
	});

	it('is idempotent on every Treasury release', async () => {
		const { readdirSync, readFileSync } = await import('node:fs');
		const folder = new URL('../../articles/treasury/', import.meta.url);
		for (const name of readdirSync(folder).filter((file) => file.endsWith('.md'))) {
			const once = normalise(readFileSync(new URL(name, folder), 'utf8'));
			expect(normalise(once), name).toBe(once);
		}
	});
});
