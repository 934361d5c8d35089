/** Library rows from datasets: pure, so the list and its tests agree. */
import type { DatasetJson } from '$lib/dataset/schema';
import type { Problem, ValidationResult } from '$lib/dataset/validate';
import type { DatasetCounts, DatasetOrigin, DatasetSummary, StoredSummary } from './types';
import { compareText } from '$lib/model/english';

export function countsOf(dataset: DatasetJson): DatasetCounts {
	return {
		actors: dataset.entities.length,
		links: dataset.relations.length,
		places: dataset.places.length,
		quotes: dataset.quotes.length
	};
}

export function summarise(
	id: string,
	origin: DatasetOrigin,
	dataset: DatasetJson,
	updatedAt: string | null = null
): DatasetSummary {
	return {
		id,
		origin,
		title: dataset.article.title,
		publisher: dataset.article.publisher,
		published: dataset.article.published,
		counts: countsOf(dataset),
		updatedAt,
		problems: []
	};
}

/** What an own dataset's record keeps for the library's row (OwnDatasetRecord.summary). */
export function storedSummaryOf(dataset: DatasetJson): StoredSummary {
	const { title, publisher, published } = dataset.article;
	return { title, publisher, published, counts: countsOf(dataset) };
}

const isCount = (value: unknown) => typeof value === 'number' && Number.isInteger(value) && value >= 0;
const isTextOrNull = (value: unknown) => value === null || typeof value === 'string';

/** A stored summary read back, or null when it is missing or not one (an older or damaged record): the dataset is then checked instead. */
export function readStoredSummary(value: unknown): StoredSummary | null {
	if (typeof value !== 'object' || value === null) return null;
	const { title, publisher, published, counts } = value as Record<string, unknown>;
	if (typeof title !== 'string' || !isTextOrNull(publisher) || !isTextOrNull(published)) return null;
	if (typeof counts !== 'object' || counts === null) return null;
	const { actors, links, places, quotes } = counts as Record<string, unknown>;
	if (![actors, links, places, quotes].every(isCount)) return null;
	return { title, publisher: publisher as string | null, published: published as string | null, counts: { actors, links, places, quotes } as DatasetCounts };
}

/** An own dataset's row from its stored summary. */
export function rowFromStored(id: string, stored: StoredSummary, updatedAt: string | null): DatasetSummary {
	return { id, origin: 'own', title: stored.title, publisher: stored.publisher, published: stored.published, counts: { ...stored.counts }, updatedAt, problems: [] };
}

/** Whether two stored summaries say the same (a missing one equals only another missing one). */
export function sameStoredSummary(a: StoredSummary | null, b: StoredSummary | null): boolean {
	if (a === null || b === null) return a === b;
	return (
		a.title === b.title &&
		a.publisher === b.publisher &&
		a.published === b.published &&
		a.counts.actors === b.counts.actors &&
		a.counts.links === b.counts.links &&
		a.counts.places === b.counts.places &&
		a.counts.quotes === b.counts.quotes
	);
}

/** A built-in dataset's row from its checked files: a broken one listed under its index title, with its problems. */
export function summaryOf(slug: string, title: string, result: ValidationResult): DatasetSummary {
	return result.ok ? summarise(slug, 'built-in', result.dataset) : brokenSummary(slug, 'built-in', title, result.problems);
}

/** A row for a dataset that could not be read: still listed, so it can be deleted or reported. */
export function brokenSummary(id: string, origin: DatasetOrigin, title: string, problems: Problem[], updatedAt: string | null = null): DatasetSummary {
	return { id, origin, title, publisher: null, published: null, counts: null, updatedAt, problems };
}

/** Own datasets first, most recently edited first; built-ins in the order their index lists them. */
export function sortSummaries(summaries: DatasetSummary[]): DatasetSummary[] {
	const own = summaries.filter((summary) => summary.origin === 'own');
	const builtIn = summaries.filter((summary) => summary.origin === 'built-in');
	own.sort((a, b) => compareText(b.updatedAt ?? '', a.updatedAt ?? '') || compareText(a.title, b.title));
	return [...own, ...builtIn];
}
