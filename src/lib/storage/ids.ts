/** Ids for datasets made in this browser: readable, unique, and in the dataset id alphabet. */
import { ID_PATTERN, MAX_ID_LENGTH } from '$lib/dataset/schema-values';

/** Same alphabet and length limit as every other id (the schema's), so any dataset id survives a link. */
export const DATASET_ID_PATTERN = ID_PATTERN;
export const MAX_DATASET_ID_LENGTH = MAX_ID_LENGTH;

/** `"Haqqani Network Hand In Glove…"` → `haqqani-network-hand-in-glove`. */
export function slugify(text: string, maxLength = 48): string {
	const slug = text
		.normalize('NFKD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	const cut = slug.slice(0, maxLength).replace(/-[^-]*$/, (tail) => (slug.length > maxLength ? '' : tail));
	return cut.replace(/-+$/g, '') || 'article';
}

/**
 * A new own dataset id from its title, with a random tail so two browsers importing
 * the same article do not collide when they swap files; never one already taken.
 */
export function newDatasetId(title: string, taken: ReadonlySet<string>, random: () => number = Math.random, prefix = 'my'): string {
	const base = `${prefix}-${slugify(title)}`;
	for (;;) {
		const tail = Math.floor(random() * 36 ** 5)
			.toString(36)
			.padStart(5, '0');
		const id = `${base}-${tail}`;
		if (!taken.has(id)) return id;
	}
}
