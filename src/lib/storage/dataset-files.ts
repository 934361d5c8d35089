/**
 * Reads dataset files a user opens into a validated dataset: the one-file bundle
 * (a dataset.json with the article inside) or the folder format (dataset.json +
 * article.txt). Pure: the caller reads the files; nothing here throws.
 */
import { BUNDLE_FORMAT, parseBundle } from '$lib/dataset/bundle';
import type { Dataset } from '$lib/dataset/schema';
import { stripByteOrderMark } from '$lib/dataset/text-checks';
import { validateDatasetFiles, type Problem } from '$lib/dataset/validate';

export interface NamedText {
	name: string;
	text: string;
}

export type DatasetFileResult =
	| { ok: true; dataset: Dataset; /** The id the file carries (bundles do), or null. */ id: string | null }
	| { ok: false; problems: Problem[] };


const fail = (path: string, message: string): DatasetFileResult => ({ ok: false, problems: [{ path, message }] });

function readBundle(name: string, text: string): DatasetFileResult {
	const result = parseBundle(text);
	if (!result.ok) return { ok: false, problems: result.problems.map((problem) => ({ ...problem, path: `${name}: ${problem.path}` })) };
	return { ok: true, dataset: result.dataset, id: result.dataset.slug };
}

export function readDatasetFiles(files: NamedText[]): DatasetFileResult {
	if (files.length === 0) return fail('(files)', 'none chosen');
	const jsonFiles = files.filter((file) => /\.json$/i.test(file.name));
	const textFiles = files.filter((file) => /\.txt$/i.test(file.name));
	if (jsonFiles.length !== 1 || jsonFiles.length + textFiles.length !== files.length || textFiles.length > 1)
		return fail('(files)', 'choose one Threadboard dataset file (.json), or a dataset.json together with its article.txt');
	const jsonFile = jsonFiles[0]!;
	let json: unknown;
	try {
		json = JSON.parse(stripByteOrderMark(jsonFile.text));
	} catch (error) {
		return fail(jsonFile.name, `is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
	}
	if (typeof json === 'object' && json !== null && !Array.isArray(json) && (json as { format?: unknown }).format === BUNDLE_FORMAT)
		return textFiles.length > 0 ? fail('(files)', `${jsonFile.name} already holds its article; open it on its own`) : readBundle(jsonFile.name, jsonFile.text);
	if (textFiles.length === 0) {
		const format = (json as { format?: unknown } | null)?.format;
		return typeof format === 'string'
			? fail(jsonFile.name, `is a “${format.slice(0, 60)}” file, not a Threadboard dataset`)
			: fail('article.txt', `is needed with ${jsonFile.name}: choose both files together`);
	}
	// validateDatasetFiles drops byte-order marks itself, as the loader and the validate command do.
	const result = validateDatasetFiles({ datasetJson: jsonFile.text, articleText: textFiles[0]!.text }, 'imported');
	return result.ok ? { ok: true, dataset: result.dataset, id: null } : { ok: false, problems: result.problems };
}
