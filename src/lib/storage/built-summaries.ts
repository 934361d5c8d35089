/**
 * The library's rows of the built-in datasets, written when the app is built
 * (`npm run layouts`: static/datasets/summaries.json), so the library lists them at
 * once instead of downloading and reading every dataset first (about half a second for
 * the four built-ins on a two-core machine, over a second with a 5,000-actor one).
 *
 * Each row carries the key of the two files it was written from (checked-at-build.ts):
 * the library shows the row, then confirms in the background that the server's files are
 * still those (a dataset changed or replaced since the build is read again and its row
 * replaced). A dataset added since the build has no row here and is read as before.
 * The file comes from the server like any other: an entry of the wrong shape is ignored.
 */
import type { DatasetCounts, DatasetSummary } from './types';

export const BUILT_SUMMARIES_FILE = 'summaries.json';

/** One dataset's row as the build wrote it. */
export interface BuiltSummary {
	/** checkedKey('dataset', [dataset.json, article.txt]) of the files the row was written from. */
	key: string;
	title: string;
	publisher: string | null;
	published: string | null;
	counts: DatasetCounts;
}

const COUNT_NAMES = ['actors', 'links', 'places', 'quotes'] as const;
const MAX_TEXT = 1_000;

const isText = (value: unknown, empty = false): value is string => typeof value === 'string' && (empty || value.length > 0) && value.length <= MAX_TEXT;
const isTextOrNull = (value: unknown): value is string | null => value === null || isText(value, true);
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

function readOne(value: unknown): BuiltSummary | null {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
	const entry = value as Record<string, unknown>;
	const counts = entry.counts as Record<string, unknown> | null | undefined;
	if (typeof entry.key !== 'string' || !/^[0-9a-f]{64}$/.test(entry.key)) return null;
	if (!isText(entry.title) || !isTextOrNull(entry.publisher) || !isTextOrNull(entry.published)) return null;
	if (typeof counts !== 'object' || counts === null || !COUNT_NAMES.every((name) => isCount(counts[name]))) return null;
	return {
		key: entry.key,
		title: entry.title,
		publisher: entry.publisher,
		published: entry.published,
		counts: { actors: counts.actors as number, links: counts.links as number, places: counts.places as number, quotes: counts.quotes as number }
	};
}

/**
 * The rows in a summaries file, by dataset slug. A missing or unreadable file gives none,
 * and an entry of the wrong shape is left out: its dataset is then read to list it.
 */
export function readBuiltSummaries(text: string | null): Map<string, BuiltSummary> {
	const rows = new Map<string, BuiltSummary>();
	if (text === null) return rows;
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch {
		return rows;
	}
	if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return rows;
	for (const [slug, value] of Object.entries(parsed)) {
		const row = readOne(value);
		if (row) rows.set(slug, row);
	}
	return rows;
}

/** The library row of a built-in dataset from the build's summary. */
export function builtInRow(slug: string, built: BuiltSummary): DatasetSummary {
	return {
		id: slug,
		origin: 'built-in',
		title: built.title,
		publisher: built.publisher,
		published: built.published,
		counts: { ...built.counts },
		updatedAt: null,
		problems: []
	};
}
