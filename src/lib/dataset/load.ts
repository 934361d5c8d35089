/**
 * Loads datasets over HTTP (the app) through the same validation the
 * `validate` command uses, so a broken dataset shows its problems, not a blank page.
 * Files the build already checked are read as they are (checked-at-build.ts); the checks
 * are downloaded only for the others.
 */
import { wasCheckedAtBuild } from './checked-at-build';
import type { Dataset } from './schema';
import type { IndexResult, ValidationResult } from './validate';

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

/** A file's text, or null when it is missing or cannot be fetched. */
export const fetchText = (fetch: Fetch, url: string) => fetchBody(fetch, url, (response) => response.text());
const fetchBytes = (fetch: Fetch, url: string) => fetchBody(fetch, url, (response) => response.arrayBuffer());

const loadChecks = () => import('./validate');

export async function loadDatasetIndex(fetch: Fetch, base = ''): Promise<IndexResult> {
	return readDatasetIndex(await fetchText(fetch, `${base}${DATASETS_PATH}/index.json`), 'datasets/index.json');
}

/** The index of built-in datasets from its text: as it is if the build checked it, else checked here. `built` is for tests. */
export async function readDatasetIndex(text: string | null, file: string, built?: readonly string[]): Promise<IndexResult> {
	if (text !== null && (await wasCheckedAtBuild('index', [text], built))) return { ok: true, index: JSON.parse(text) };
	return (await loadChecks()).validateDatasetIndex(text, file);
}

/** A built-in dataset from its two files: as they are if the build checked them together, else checked here. `built` is for tests. */
export async function readDatasetFiles(files: DatasetFiles, slug: string, built?: readonly string[]): Promise<ValidationResult> {
	return (await readCheckedAtBuild(files, slug, built)) ?? (await loadChecks()).validateDatasetFiles(files, slug);
}

/** The dataset when its files are, character for character, ones the build checked (parsed, not checked again); null otherwise. */
export async function readCheckedAtBuild(files: DatasetFiles, slug: string, built?: readonly string[]): Promise<ValidationResult | null> {
	const { datasetJson, articleText } = files;
	if (datasetJson === null || articleText === null || !(await wasCheckedAtBuild('dataset', [datasetJson, articleText], built))) return null;
	const dataset: Dataset = { ...JSON.parse(datasetJson), slug, articleText };
	return { ok: true, dataset, warnings: [] };
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
	return readDatasetFiles(await fetchDatasetFiles(fetch, slug, base), slug);
}
