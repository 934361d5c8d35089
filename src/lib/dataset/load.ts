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

async function fetchText(fetch: Fetch, url: string): Promise<string | null> {
	try {
		const response = await fetch(url);
		return response.ok ? await response.text() : null;
	} catch {
		return null;
	}
}

export async function loadDatasetIndex(fetch: Fetch, base = ''): Promise<IndexResult> {
	return validateDatasetIndex(await fetchText(fetch, `${base}${DATASETS_PATH}/index.json`), 'datasets/index.json');
}

/** A built-in dataset's two files as text, each null when it could not be read. */
export async function fetchDatasetFiles(fetch: Fetch, slug: string, base = ''): Promise<DatasetFiles> {
	const folder = `${base}${DATASETS_PATH}/${slug}`;
	const [datasetJson, articleText] = await Promise.all([
		fetchText(fetch, `${folder}/dataset.json`),
		fetchText(fetch, `${folder}/article.txt`)
	]);
	return { datasetJson, articleText };
}

export async function loadDataset(fetch: Fetch, slug: string, base = ''): Promise<ValidationResult> {
	return validateDatasetFiles(await fetchDatasetFiles(fetch, slug, base), slug);
}
