/**
 * The library's summary worker: reads and checks built-in datasets off the page's main
 * thread, so listing a library of large datasets never freezes it. Checking a 5,000-actor
 * dataset takes about 300 ms on a two-core machine, and even turning its 7 MB of text into
 * a string took 100–300 ms of the page's time; here neither does. Only the row comes back.
 */
import { expose } from 'comlink';
import { fetchDatasetFiles } from '$lib/dataset/load';
import { summaryOfFiles } from './summary';

const service = {
	summarise: async (slug: string, title: string) => summaryOfFiles(slug, title, await fetchDatasetFiles(fetch, slug))
};
export type SummaryService = typeof service;

expose(service);
