/**
 * The dataset worker: reads and checks built-in datasets off the page's main thread, so
 * neither the library nor the workspace freezes on a large one. Checking a 5,000-actor
 * dataset takes about 300 ms on a two-core machine, and turning its 7 MB of text into a
 * string took 100–300 ms more of the page's time; here neither does. For the library only
 * the rows come back (of built-in datasets, and of this browser's own, read from IndexedDB
 * and checked here too, in the background after the list); for the workspace, the checked dataset.
 */
import { expose } from 'comlink';
import { decodeDatasetFiles, fetchDatasetFiles, type DatasetBytes } from '$lib/dataset/load';
import { validateDatasetFiles } from '$lib/dataset/validate';
import { OwnDatasets } from './own-datasets';
import { summaryOf } from './summary';

const service = {
	// Checked in full here, even a file the build checked: the worker already holds the checks.
	summarise: async (slug: string, title: string) => summaryOf(slug, title, validateDatasetFiles(await fetchDatasetFiles(fetch, slug), slug)),
	open: (slug: string, bytes: DatasetBytes) => validateDatasetFiles(decodeDatasetFiles(bytes), slug),
	// This browser's own datasets, read from IndexedDB here: the worker shares the page's origin and its storage.
	listOwn: () => new OwnDatasets().list(),
	checkOwn: () => new OwnDatasets().checkSummaries()
};
export type DatasetService = typeof service;

expose(service);
