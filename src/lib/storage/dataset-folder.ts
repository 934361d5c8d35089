/**
 * The folder format as one file to hand on: a zip holding `<id>/dataset.json` and
 * `<id>/article.txt`, exactly the two files of a dataset folder under static/datasets/
 * (a browser asks before a page starts two downloads from one click, so one zip it is).
 * Reading one back only takes those two files, each no larger than a dataset file can be.
 */
import { strToU8, strFromU8, unzipSync, zipSync } from 'fflate';
import type { Dataset } from '$lib/dataset/schema';
import type { NamedText } from './dataset-files';
import { MAX_DATASET_FILE_BYTES } from './types';
import { DATASET_ID_PATTERN } from './ids';

/** `dataset.json` as the built-in datasets write it: tab-indented, with a final newline. */
export function datasetJsonText(dataset: Dataset): string {
	const { article, entities, places, relations, quotes } = dataset;
	return `${JSON.stringify({ article, entities, places, relations, quotes }, null, '\t')}\n`;
}

export function datasetFolderZip(dataset: Dataset): Uint8Array {
	// A fixed time, so the same dataset always zips to the same bytes.
	const mtime = new Date('2000-01-01T00:00:00Z');
	return zipSync(
		{
			[dataset.slug]: {
				'dataset.json': [strToU8(datasetJsonText(dataset)), { mtime }],
				'article.txt': [strToU8(dataset.articleText), { mtime }]
			}
		},
		{ level: 6 }
	);
}

/**
 * The dataset.json and article.txt inside a zip, and the dataset id its folder is named
 * after (null when it is not one), or why there are none to read. Never throws.
 */
export function filesFromZip(name: string, bytes: Uint8Array): { ok: true; files: NamedText[]; id: string | null } | { ok: false; problem: string } {
	let tooBig = false;
	let entries: Record<string, Uint8Array>;
	try {
		entries = unzipSync(bytes, {
			filter: (file) => {
				if (!/(^|\/)(dataset\.json|article\.txt)$/.test(file.name)) return false;
				if (file.originalSize > MAX_DATASET_FILE_BYTES) tooBig = true;
				return !tooBig;
			}
		});
	} catch (error) {
		return { ok: false, problem: `${name} is not a zip file that can be read (${error instanceof Error ? error.message : String(error)})` };
	}
	if (tooBig) return { ok: false, problem: `${name} holds a file larger than any dataset file (${MAX_DATASET_FILE_BYTES / 1e6} MB)` };
	const names = Object.keys(entries);
	const json = names.filter((entry) => entry.endsWith('dataset.json'));
	const text = names.filter((entry) => entry.endsWith('article.txt'));
	if (json.length !== 1 || text.length !== 1) return { ok: false, problem: `${name} must hold one dataset.json and one article.txt (it holds ${json.length} and ${text.length})` };
	const read = (entry: string) => ({ name: entry.split('/').pop()!, text: strFromU8(entries[entry]!) });
	const folder = json[0]!.split('/').slice(-2, -1)[0] ?? '';
	const id = folder === text[0]!.split('/').slice(-2, -1)[0] && DATASET_ID_PATTERN.test(folder) ? folder : null;
	return { ok: true, files: [read(json[0]!), read(text[0]!)], id };
}
