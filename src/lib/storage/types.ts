/**
 * What the library knows about a dataset without opening it, and how a dataset is
 * kept in the browser. Nothing above the storage layer knows where a dataset
 * came from, except whether it may be changed or deleted (`origin`).
 */
import type { DatasetJson } from '$lib/dataset/schema';
import type { Problem } from '$lib/dataset/validate';

/** Built-in datasets ship with the app (static/datasets/) and are read-only; own ones live in this browser. */
export type DatasetOrigin = 'built-in' | 'own';

export interface DatasetCounts {
	actors: number;
	links: number;
	places: number;
	quotes: number;
}

export interface DatasetSummary {
	id: string;
	origin: DatasetOrigin;
	title: string;
	publisher: string | null;
	/** The article's publication date as the dataset gives it (YYYY, YYYY-MM or YYYY-MM-DD), or null. */
	published: string | null;
	/** Null when the dataset could not be read: `problems` then says why. */
	counts: DatasetCounts | null;
	/** ISO timestamp of the last change (own datasets only). */
	updatedAt: string | null;
	/** Why the dataset cannot be opened, when it cannot. */
	problems: Problem[];
}

/**
 * What the library lists of an own dataset, kept beside it when it is saved, so a library
 * of hundreds lists without checking every dataset first (the check follows: own-datasets.ts).
 */
export interface StoredSummary {
	title: string;
	publisher: string | null;
	published: string | null;
	counts: DatasetCounts;
}

/** An own dataset as IndexedDB keeps it: the two files of the folder format, plus bookkeeping. */
export interface OwnDatasetRecord {
	id: string;
	dataset: DatasetJson;
	articleText: string;
	createdAt: string;
	updatedAt: string;
	/** Absent in records saved before summaries were kept, or dropped when the dataset no longer checks. */
	summary?: StoredSummary;
}

/** Something the browser's storage refused, worded for the person using the app. */
export class StorageProblem extends Error {
	constructor(
		message: string,
		readonly kind: 'unavailable' | 'full' | 'corrupt' | 'not-found' | 'read-only' | 'failed'
	) {
		super(message);
		this.name = 'StorageProblem';
	}
}

/** Dataset files are text; anything larger than this is not one. */
export const MAX_DATASET_FILE_BYTES = 20 * 1024 * 1024;
