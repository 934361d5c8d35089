/**
 * Loads datasets over HTTP (the app) through the same validation the
 * `validate` command uses, so a broken dataset shows its problems, not a blank page.
 */
import { validateDatasetFiles, validateDatasetIndex, type IndexResult, type ValidationResult } from './validate';

export type { IndexResult } from './validate';

export const DATASETS_PATH = '/datasets';

type Fetch = typeof fetch;

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

export async function loadDataset(fetch: Fetch, slug: string, base = ''): Promise<ValidationResult> {
	const folder = `${base}${DATASETS_PATH}/${slug}`;
	const [datasetJson, articleText] = await Promise.all([
		fetchText(fetch, `${folder}/dataset.json`),
		fetchText(fetch, `${folder}/article.txt`)
	]);
	return validateDatasetFiles({ datasetJson, articleText }, slug);
}
