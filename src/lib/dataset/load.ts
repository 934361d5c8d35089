/**
 * Loads datasets over HTTP (the app) through the same validation the
 * `validate` command uses, so a broken dataset shows its problems, not a blank page.
 */
import * as v from 'valibot';
import { DatasetIndexSchema, type DatasetIndex } from './schema';
import { validateDatasetFiles, type Problem, type ValidationResult } from './validate';

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

export type IndexResult = { ok: true; index: DatasetIndex } | { ok: false; problems: Problem[] };

export async function loadDatasetIndex(fetch: Fetch, base = ''): Promise<IndexResult> {
	const text = await fetchText(fetch, `${base}${DATASETS_PATH}/index.json`);
	if (text === null) return { ok: false, problems: [{ path: 'datasets/index.json', message: 'file is missing' }] };
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		return { ok: false, problems: [{ path: 'datasets/index.json', message: `is not valid JSON: ${(error as Error).message}` }] };
	}
	const parsed = v.safeParse(DatasetIndexSchema, json);
	if (!parsed.success)
		return {
			ok: false,
			problems: parsed.issues.map((issue) => ({
				path: `datasets/index.json ${v.getDotPath(issue) ?? ''}`.trim(),
				message: issue.message
			}))
		};
	return { ok: true, index: parsed.output };
}

export async function loadDataset(fetch: Fetch, slug: string, base = ''): Promise<ValidationResult> {
	const folder = `${base}${DATASETS_PATH}/${slug}`;
	const [datasetJson, articleText] = await Promise.all([
		fetchText(fetch, `${folder}/dataset.json`),
		fetchText(fetch, `${folder}/article.txt`)
	]);
	return validateDatasetFiles({ datasetJson, articleText }, slug);
}
