/**
 * Checks on the text a dataset shows people: names, aliases, summaries, titles,
 * the article's address. Text that hides what it says (invisible names,
 * direction overrides, control characters) is refused; names that look alike
 * are only flagged, since two actors may really share a name.
 */

/** A byte-order mark is an encoding detail, not text: files saved by some editors start with one. */
export function stripByteOrderMark(text: string): string {
	return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069):
 * they reorder what is displayed, so a name can read differently from what it is.
 * The plain marks U+200E, U+200F and U+061C are allowed: right-to-left names may need them.
 */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;
const CONTROL = /\p{Cc}/u;
const CONTROL_BUT_LINE_BREAKS = /(?![\t\n\r])\p{Cc}/u;
/**
 * Characters with no visible mark of their own: white space, format characters
 * (zero-width space and joiners, soft hyphen, direction marks), controls, the
 * fillers and blanks that fonts draw as nothing, variation selectors and tags.
 */
const INVISIBLE =
	/[\s\p{Z}\p{Cf}\p{Cc}\u034F\u115F\u1160\u17B4\u17B5\u180B-\u180F\u2800\u3164\uFFA0\uFE00-\uFE0F\u{E0000}-\u{E007F}\u{E0100}-\u{E01EF}]/gu;

/** `U+202E`: how a character is named in messages, since it cannot be shown. */
export function codePoint(character: string): string {
	return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** True when the text shows nothing: only spaces, invisible characters or combining marks with nothing to sit on. */
export function isInvisible(text: string): boolean {
	return text.replace(INVISIBLE, '').replace(/\p{M}/gu, '') === '';
}

export type TextShape = 'line' | 'paragraph';

/**
 * Why a piece of text cannot be shown as it is, or null when it can. `line` text
 * (names, titles, summaries) takes no control characters at all; `paragraph`
 * text (notes) may hold tabs and line breaks.
 */
export function unsafeTextProblem(text: string, shape: TextShape = 'line'): string | null {
	const bidi = BIDI_CONTROL.exec(text);
	if (bidi)
		return `contains the direction control ${codePoint(bidi[0])} at character ${bidi.index}, which can make text read differently from what it is; remove it`;
	const control = (shape === 'line' ? CONTROL : CONTROL_BUT_LINE_BREAKS).exec(text);
	if (control)
		return `contains the control character ${codePoint(control[0])} at character ${control.index}${shape === 'line' ? ' (text on one line takes no tabs or line breaks)' : ''}; remove it`;
	return null;
}

/** Why a name or alias cannot be shown, or null: invisible names are refused along with everything `unsafeTextProblem` refuses. */
export function unsafeNameProblem(text: string): string | null {
	return unsafeTextProblem(text) ?? (isInvisible(text) ? 'has no visible characters (only spaces or invisible characters)' : null);
}

/** The scheme of a URL the app may link to: only the web's own (no `javascript:`, `data:`, `file:`). */
export function isWebUrl(url: string): boolean {
	try {
		const { protocol } = new URL(url);
		return protocol === 'http:' || protocol === 'https:';
	} catch {
		return false;
	}
}

/**
 * Letters from other scripts that look like Latin ones in most fonts (a small part of
 * Unicode's confusables list: Cyrillic and Greek), applied after NFKC has already folded
 * fullwidth, mathematical and ligature forms.
 */
const LOOKALIKE_LETTERS: Record<string, string> = {
	// Cyrillic
	А: 'a', В: 'b', Е: 'e', К: 'k', М: 'm', Н: 'h', О: 'o', Р: 'p', С: 'c', Т: 't', Х: 'x', У: 'y', Ѕ: 's', І: 'i', Ј: 'j', Ԛ: 'q', Ԝ: 'w',
	а: 'a', в: 'b', е: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', х: 'x', у: 'y', ѕ: 's', і: 'i', ј: 'j', ԛ: 'q', ԝ: 'w', ԁ: 'd', һ: 'h', ӏ: 'l', ё: 'e',
	// Greek
	Α: 'a', Β: 'b', Ε: 'e', Ζ: 'z', Η: 'h', Ι: 'i', Κ: 'k', Μ: 'm', Ν: 'n', Ο: 'o', Ρ: 'p', Τ: 't', Υ: 'y', Χ: 'x',
	α: 'a', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x',
	// Latin letters without a dot or with a stroke that read as plain ones
	ı: 'i', ȷ: 'j', ł: 'l', ø: 'o', đ: 'd', ß: 'ss'
};

/**
 * What a name looks like, for spotting two actors that a reader cannot tell apart:
 * compatibility forms folded (NFKC: fullwidth, ligatures), look-alike letters of other
 * scripts mapped to Latin, case and accents dropped, punctuation, symbols and spaces removed.
 * `Al-Qaeda`, `al Qaeda`, `ＡＬ－ＱＡＥＤＡ` and `аl-Qaеda` (Cyrillic а, е) all give `alqaeda`.
 */
export function lookalikeKey(name: string): string {
	const folded = [...name.normalize('NFKC')].map((character) => LOOKALIKE_LETTERS[character] ?? character).join('');
	return folded
		.toLowerCase()
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(INVISIBLE, '')
		.replace(/[\p{P}\p{S}]/gu, '')
		.normalize('NFC');
}
