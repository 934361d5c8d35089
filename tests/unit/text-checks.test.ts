import { describe, expect, it } from 'vitest';
import {
	codePoint,
	isInvisible,
	isWebUrl,
	lookalikeKey,
	stripByteOrderMark,
	unsafeNameProblem,
	unsafeTextProblem
} from '../../src/lib/dataset/text-checks';

describe('stripByteOrderMark', () => {
	it('drops one leading byte-order mark and nothing else', () => {
		expect(stripByteOrderMark('\uFEFF{"a":1}')).toBe('{"a":1}');
		expect(stripByteOrderMark('{"a":1}')).toBe('{"a":1}');
		expect(stripByteOrderMark('a\uFEFFb')).toBe('a\uFEFFb');
		expect(stripByteOrderMark('')).toBe('');
	});
});

describe('unsafeTextProblem', () => {
	it('refuses every bidirectional embedding, override and isolate, naming it', () => {
		for (const code of [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]) {
			const character = String.fromCodePoint(code);
			expect(unsafeTextProblem(`ab${character}cd`)).toContain(`direction control ${codePoint(character)} at character 2`);
		}
	});

	it('allows the plain direction marks right-to-left names need', () => {
		expect(unsafeTextProblem('\u200Fحقاني\u200E')).toBeNull();
		expect(unsafeTextProblem('\u061Cحقاني')).toBeNull();
	});

	it('refuses control characters on one line, allows line breaks and tabs in paragraphs', () => {
		expect(unsafeTextProblem('a\u0000b')).toMatch(/control character U\+0000 at character 1/);
		expect(unsafeTextProblem('slide\u000Ctitle')).toMatch(/U\+000C/);
		expect(unsafeTextProblem('a\u007Fb')).toMatch(/U\+007F/);
		expect(unsafeTextProblem('a\u0085b')).toMatch(/U\+0085/);
		expect(unsafeTextProblem('two\nlines')).toMatch(/U\+000A.*one line/);
		expect(unsafeTextProblem('two\nlines\tand a tab', 'paragraph')).toBeNull();
		expect(unsafeTextProblem('bell\u0007', 'paragraph')).toMatch(/U\+0007/);
	});

	it('accepts ordinary text in any script, with non-breaking spaces and typographic marks', () => {
		for (const text of ['Haqqani Network', 'Jalaluddin\u00A0Haqqani', 'al-Qaeda’s “joint unit” — 2021', 'شبكة حقاني', '東京', 'Ελλάδα'])
			expect(unsafeTextProblem(text)).toBeNull();
	});
});

describe('isInvisible', () => {
	it('finds names made only of spaces, format characters, fillers or lone combining marks', () => {
		for (const text of ['', ' ', '\u00A0\u3000', '\u200B', '\u200B\u200C\u200D\u2060', '\u00AD', '\u034F', '\u3164', '\u115F\u1160', '\u2800', '\uFE0F', '\u0301\u0308', '\u{E0041}'])
			expect(isInvisible(text), JSON.stringify(text)).toBe(true);
	});

	it('keeps names with any visible character', () => {
		for (const text of ['a', '\u200Ba', 'e\u0301', 'حقاني', '東', '—', '1'])
			expect(isInvisible(text), JSON.stringify(text)).toBe(false);
	});
});

describe('unsafeNameProblem', () => {
	it('refuses invisible names, and what unsafeTextProblem refuses', () => {
		expect(unsafeNameProblem('\u200B\u200B')).toMatch(/no visible characters/);
		expect(unsafeNameProblem('Taliban\u202E')).toMatch(/direction control U\+202E/);
		expect(unsafeNameProblem('Taliban')).toBeNull();
	});
});

describe('isWebUrl', () => {
	it('accepts http and https only', () => {
		expect(isWebUrl('https://www.eurasiantimes.com/haqqani')).toBe(true);
		expect(isWebUrl('http://example.org')).toBe(true);
		for (const url of ['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', 'ftp://example.org', 'blob:https://example.org/x', 'vbscript:x', 'not a url', ''])
			expect(isWebUrl(url), url).toBe(false);
	});
});

describe('lookalikeKey', () => {
	const same = (a: string, b: string) => expect(lookalikeKey(a), `${a} / ${b}`).toBe(lookalikeKey(b));

	it('folds case, accents, punctuation and spacing', () => {
		same('Al-Qaeda', 'al qaeda');
		same('Al-Qaeda', 'ALQAEDA');
		same('Hélène Dupré', 'Helene Dupre');
		same('U.S. Treasury', 'US  Treasury');
		same('Haqqani Network', 'Haqqani\u00A0Network');
	});

	it('folds fullwidth forms, look-alike Cyrillic and Greek letters, and invisible characters', () => {
		same('Taliban', 'Ｔａｌｉｂａｎ');
		same('Taliban', 'Tаliban'); // Cyrillic а
		same('Haqqani', 'Hаqqаni'); // Cyrillic а twice
		same('OPEC', 'ΟΡΕС'); // Greek Ο Ρ Ε, Cyrillic С
		same('Taliban', 'Tali\u200Bban');
		same('ﬁnance', 'finance');
	});

	it('keeps different names apart', () => {
		expect(lookalikeKey('Taliban')).not.toBe(lookalikeKey('Taliban source'));
		expect(lookalikeKey('Haqqani Network')).not.toBe(lookalikeKey('Jalaluddin Haqqani'));
		expect(lookalikeKey('India')).not.toBe(lookalikeKey('Indian'));
	});

	it('gives nothing for a name of punctuation alone, so it matches nothing', () => {
		expect(lookalikeKey('—')).toBe('');
	});
});
