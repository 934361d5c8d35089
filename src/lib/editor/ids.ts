/**
 * Ids for the items an analyst adds: read from their names, in the dataset's id
 * alphabet (lower-case words joined by hyphens), never one already taken.
 */
import { slugify } from '$lib/storage/ids';

/** The validator's limit on an id's length; kept well under it so a numbered tail fits. */
const MAX_ID_WORDS_LENGTH = 60;

/** `"Sirajuddin Haqqani"` → `sirajuddin-haqqani`; `"al-Qa’ida"` → `al-qa-ida`; an empty or symbol-only name → `fallback`. */
export function idFromName(name: string, fallback = 'item'): string {
	const slug = slugify(name, MAX_ID_WORDS_LENGTH);
	return slug === 'article' && !/article/i.test(name) ? fallback : slug;
}

/** The id for `name`, numbered (`-2`, `-3`…) when the plain one is taken. */
export function uniqueId(name: string, taken: ReadonlySet<string>, fallback = 'item'): string {
	const base = idFromName(name, fallback);
	if (!taken.has(base)) return base;
	for (let n = 2; ; n++) {
		const id = `${base}-${n}`;
		if (!taken.has(id)) return id;
	}
}
