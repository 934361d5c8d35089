/** Library rows from datasets: pure, so the list and its tests agree. */
import type { DatasetJson } from '$lib/dataset/schema';
import type { Problem, ValidationResult } from '$lib/dataset/validate';
import type { DatasetCounts, DatasetOrigin, DatasetSummary } from './types';
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
