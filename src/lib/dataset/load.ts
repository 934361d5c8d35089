/**
 * Loads datasets over HTTP (the app) through the same validation the
 * `validate` command uses, so a broken dataset shows its problems, not a blank page.
 */
import { validateDatasetFiles, validateDatasetIndex, type IndexResult, type ValidationResult } from './validate';

export type { IndexResult } from './validate';

export const DATASETS_PATH = '/datasets';

type Fetch = typeof fetch;

export interface DatasetFiles {
	datasetJson: string | null;
	articleText: string | null;
}

/** The same two files as bytes, as they arrived: they can be handed to a worker without a copy. */
export interface DatasetBytes {
	datasetJson: ArrayBuffer | null;
	articleText: ArrayBuffer | null;
}

/** A file's body read by `read`, or null when it is missing or cannot be fetched. */
async function fetchBody<T>(fetch: Fetch, url: string, read: (response: Response) => Promise<T>): Promise<T | null> {
	try {
		const response = await fetch(url);
		return response.ok ? await read(response) : null;
	} catch {
		return null;
	}
}

const fetchText = (fetch: Fetch, url: string) => fetchBody(fetch, url, (response) => response.text());
const fetchBytes = (fetch: Fetch, url: string) => fetchBody(fetch, url, (response) => response.arrayBuffer());

export async function loadDatasetIndex(fetch: Fetch, base = ''): Promise<IndexResult> {
	return validateDatasetIndex(await fetchText(fetch, `${base}${DATASETS_PATH}/index.json`), 'datasets/index.json');
}

/** A built-in dataset's two files, each read by `read`, or null when it could not be read. */
async function fetchBoth<T>(fetch: Fetch, slug: string, base: string, read: (fetch: Fetch, url: string) => Promise<T | null>) {
	const folder = `${base}${DATASETS_PATH}/${slug}`;
	const [datasetJson, articleText] = await Promise.all([read(fetch, `${folder}/dataset.json`), read(fetch, `${folder}/article.txt`)]);
	return { datasetJson, articleText };
}

/** A built-in dataset's two files as bytes, each null when it could not be read. */
export function fetchDatasetBytes(fetch: Fetch, slug: string, base = ''): Promise<DatasetBytes> {
	return fetchBoth(fetch, slug, base, fetchBytes);
}

/** The files as text, read as UTF-8 as `Response.text()` reads them (a leading byte-order mark dropped). */
export function decodeDatasetFiles(bytes: DatasetBytes): DatasetFiles {
	const decode = (buffer: ArrayBuffer | null) => (buffer === null ? null : new TextDecoder().decode(buffer));
	return { datasetJson: decode(bytes.datasetJson), articleText: decode(bytes.articleText) };
}

/** A built-in dataset's two files as text, each null when it could not be read. */
export function fetchDatasetFiles(fetch: Fetch, slug: string, base = ''): Promise<DatasetFiles> {
	return fetchBoth(fetch, slug, base, fetchText);
}

export async function loadDataset(fetch: Fetch, slug: string, base = ''): Promise<ValidationResult> {
	return validateDatasetFiles(await fetchDatasetFiles(fetch, slug, base), slug);
}
