/**
 * The dataset worker: reads and checks built-in datasets off the page's main thread, so
 * neither the library nor the workspace freezes on a large one. Checking a 5,000-actor
 * dataset takes about 300 ms on a two-core machine, and turning its 7 MB of text into a
 * string took 100–300 ms more of the page's time; here neither does. For the library only
 * the row comes back; for the workspace, the checked dataset.
 */
import { expose } from 'comlink';
import { decodeDatasetFiles, fetchDatasetFiles, type DatasetBytes } from '$lib/dataset/load';
import { validateDatasetFiles } from '$lib/dataset/validate';
import { summaryOfFiles } from './summary';

const service = {
	summarise: async (slug: string, title: string) => summaryOfFiles(slug, title, await fetchDatasetFiles(fetch, slug)),
	open: (slug: string, bytes: DatasetBytes) => validateDatasetFiles(decodeDatasetFiles(bytes), slug)
};
export type DatasetService = typeof service;

expose(service);
