/**
 * Built-in datasets read and checked in the dataset worker (dataset.worker.ts, started by
 * dataset-worker-client.ts, downloaded when first needed): the library's rows, built-in
 * and own, and large built-in datasets the workspace opens. Null where no worker can start (outside a browser, or a
 * page opened from disk). One worker per listing or opening, ended with it. A worker that
 * cannot be downloaded, cannot start or dies rejects, and the page does the work instead.
 */
import type { DatasetBytes } from '$lib/dataset/load';
import type { ValidationResult } from '$lib/dataset/validate';
import type { DatasetSummary } from './types';

/** One worker's calls; `done` ends it. */
export interface OffPageDatasets {
	/** The library row of a built-in dataset: the worker fetches and checks it. */
	summarise(slug: string, title: string): Promise<DatasetSummary>;
	/** A dataset's files, checked: the bytes are handed to the worker and are unusable afterwards. */
	open(slug: string, bytes: DatasetBytes): Promise<ValidationResult>;
	/** The library rows of this browser's own datasets, read in the worker (from their stored summaries). */
	listOwn(): Promise<DatasetSummary[]>;
	/** Checks this browser's own datasets against their stored summaries and mends those that differ: how many were. */
	checkOwn(): Promise<number>;
	done(): void;
}

export function workerDatasets(): (() => OffPageDatasets) | null {
	if (typeof Worker === 'undefined' || typeof location === 'undefined' || !location.protocol.startsWith('http')) return null;
	return () => {
		let started: Promise<OffPageDatasets> | null = null;
		const client = () => (started ??= import('./dataset-worker-client').then(({ startDatasetWorker }) => startDatasetWorker()));
		return {
			summarise: (slug, title) => client().then((worker) => worker.summarise(slug, title)),
			open: (slug, bytes) => client().then((worker) => worker.open(slug, bytes)),
			listOwn: () => client().then((worker) => worker.listOwn()),
			checkOwn: () => client().then((worker) => worker.checkOwn()),
			done: () => void started?.then((worker) => worker.done(), () => {})
		};
	};
}
