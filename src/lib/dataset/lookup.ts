/**
 * The model of one dataset, as the views read it: the dataset without repeats, its
 * article, and lookup tables by id. A corpus of several datasets has the same shape
 * (see src/lib/model), so every view works on either.
 */
import type { Model } from '$lib/model/types';
import { modelOfDataset } from '$lib/model/dataset-model';
import type { CorpusModel } from '$lib/model/corpus';
import type { Dataset } from './schema';

export type DatasetIndex = Model & {
	/**
	 * The model's items as one dataset (for a corpus: the merged items, titled after
	 * it), for the views that still read a dataset. Text lives with each article.
	 */
	dataset: Dataset;
};

export function indexDataset(dataset: Dataset): DatasetIndex {
	const clean = withoutRepeats(dataset);
	const model = modelOfDataset(clean);
	return { ...model, dataset: { ...clean, entities: model.entities, places: model.places, relations: model.relations, quotes: model.quotes } };
}

export function indexCorpus(corpus: CorpusModel): DatasetIndex {
	const publishers = new Set(corpus.articles.map((article) => article.publisher));
	return {
		...corpus,
		dataset: {
			slug: corpus.id,
			article: { title: corpus.title, publisher: [...publishers].join(', '), url: null, published: null },
			articleText: '',
			entities: corpus.entities,
			places: corpus.places,
			relations: corpus.relations,
			quotes: corpus.quotes
		}
	};
}

/** The list with each value once, in first-seen order; the same array when nothing repeats. */
export function unique<T>(items: T[], key: (item: T) => unknown = (item) => item): T[] {
	const seen = new Set<unknown>();
	const kept = items.filter((item) => {
		const value = key(item);
		if (seen.has(value)) return false;
		seen.add(value);
		return true;
	});
	return kept.length === items.length ? items : kept;
}

/** The item with repeats dropped from the named lists; the same object when none repeat. */
function withUniqueLists<T extends object>(item: T, keys: (keyof T)[]): T {
	let copy: T | null = null;
	for (const key of keys) {
		const list = item[key] as unknown[];
		const kept = unique(list);
		if (kept !== list) (copy ??= { ...item })[key] = kept as T[keyof T];
	}
	return copy ?? item;
}

function sameItems<T>(a: T[], b: T[]): boolean {
	return a.length === b.length && a.every((item, index) => item === b[index]);
}

/**
 * The validator refuses repeated ids, quotes cited twice, places listed twice and
 * aliases given twice. A dataset that reached the app some other way (built in code,
 * imported, edited) must still not break it: a repeat would key two elements of one
 * list alike and throw. So the model keeps the first of each and drops the rest.
 * Arrays and items without repeats are kept as they are, so caches keyed on them hold.
 */
export function withoutRepeats(dataset: Dataset): Dataset {
	const entities = unique(dataset.entities, (entity) => entity.id).map((entity) =>
		withUniqueLists(entity, ['aliases', 'places', 'evidence'])
	);
	const places = unique(dataset.places, (place) => place.id).map((place) => withUniqueLists(place, ['evidence']));
	const relations = unique(dataset.relations, (relation) => relation.id).map((relation) =>
		withUniqueLists(relation, ['places', 'evidence'])
	);
	const quotes = unique(dataset.quotes, (quote) => quote.id);
	const keep = <T>(original: T[], cleaned: T[]) => (sameItems(original, cleaned) ? original : cleaned);
	const clean = {
		entities: keep(dataset.entities, entities),
		places: keep(dataset.places, places),
		relations: keep(dataset.relations, relations),
		quotes: keep(dataset.quotes, quotes)
	};
	const changed = (Object.keys(clean) as (keyof typeof clean)[]).some((key) => clean[key] !== dataset[key]);
	return changed ? { ...dataset, ...clean } : dataset;
}

/** The entities and quotes are validated to exist, so a miss here is a programming error. */
export function must<T>(value: T | undefined, what: string): T {
	if (value === undefined) throw new Error(`${what} is not in the dataset`);
	return value;
}
