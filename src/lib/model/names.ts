/**
 * Name keys for matching the same actor or place across articles. Transliterated
 * names arrive spelled many ways (al-Qa'ida, al-Qa’ida, al-Qaeda, Al Qaida), so
 * matching compares keys that forget what those spellings disagree about:
 * accents, case, apostrophes, hyphens, a leading article, and vowels.
 */

/** Titles and honorifics that are not part of who someone is. */
const TITLES = new Set([
	'mr', 'mrs', 'ms', 'dr', 'sir', 'president', 'minister', 'director', 'general', 'gen', 'colonel', 'col', 'major', 'maj',
	'captain', 'capt', 'commander', 'lieutenant', 'lt', 'sheikh', 'shaykh', 'sheik', 'mullah', 'mulla', 'maulvi', 'mawlawi',
	'maulana', 'mawlana', 'haji', 'hajji', 'qari', 'mufti', 'imam', 'emir', 'amir', 'senator', 'secretary', 'ambassador', 'judge'
]);

/** Leading articles of English and of transliterated Arabic (al-, el-, ad-, ash-, …). */
const LEADING_ARTICLES = /^(?:the|al|el|ad|ar|as|ash|at|az|an|ud|ul)$/;

/** Lower-case words with accents, apostrophes and punctuation gone: `Al-Qa’ida` → `al qaida`. */
export function foldName(name: string): string {
	return name
		.normalize('NFKD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(/['’‘`ʼʻ]/g, '')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/** The words of a name without titles: `Mullah Mohammad Omar` → [mohammad, omar]. */
export function nameWords(name: string): string[] {
	return foldName(name)
		.split(' ')
		.filter((word) => word !== '' && !TITLES.has(word));
}

/** The exact key: folded words, titles and leading articles dropped, joined. `The Haqqani Network` → `haqqani network`. */
export function exactKey(name: string): string {
	const words = nameWords(name);
	while (words.length > 1 && LEADING_ARTICLES.test(words[0]!)) words.shift();
	return words.join(' ');
}

/**
 * The spelling key: each word without its vowels after the first letter, a leading
 * article joined on, and doubled letters single. `al-Qaeda`, `al-Qa’ida`, `Al Qaida`
 * and `Qaida` all become `qd`; `Sirajuddin` → `srjdn`.
 */
export function spellingKey(name: string): string {
	const words = exactKey(name).split(' ').filter(Boolean);
	if (words.length > 1 && LEADING_ARTICLES.test(words[0]!)) words.shift();
	return words
		.map((word) => (word.length <= 2 ? word : word[0] + word.slice(1).replace(/[aeiouy]/g, '')))
		.map((word) => word.replace(/(.)\1+/g, '$1'))
		.join(' ');
}

/** Letters of an acronym: `OFAC`, `O.F.A.C.` → `ofac`; null for anything that is not one. */
export function acronymOf(name: string): string | null {
	const compact = name.replace(/\./g, '').trim();
	return /^[A-Z]{2,8}$/.test(compact) ? compact.toLowerCase() : null;
}

/** `Office of Foreign Assets Control` → `ofac` (function words skipped). */
export function initialsOf(name: string): string {
	return nameWords(name)
		.filter((word) => !['of', 'and', 'for', 'the', 'in', 'on', 'to'].includes(word))
		.map((word) => word[0])
		.join('');
}
