/**
 * The dataset bundle: one JSON file that carries a whole dataset, `dataset.json`
 * with the article's text inside it, so a dataset moves between browsers and
 * people as a single file:
 *
 *     { "format": "threadboard-dataset", "version": 1, "id": "<dataset id>",
 *       "article": { ...article, "text": "<article.txt>" },
 *       "entities": [...], "places": [...], "relations": [...], "quotes": [...] }
 *
 * Reading one goes through the same validation as the files on disk.
 */
import type { Dataset } from './schema';
import { validateDataset, type Problem, type ValidationResult } from './validate';

export const BUNDLE_FORMAT = 'threadboard-dataset';
export const BUNDLE_VERSION = 1;

/** The bundle as a value, for a file that carries several (a corpus briefing). */
export function bundleObject(dataset: Dataset) {
	return {
		format: BUNDLE_FORMAT,
		version: BUNDLE_VERSION,
		id: dataset.slug,
		article: { ...dataset.article, text: dataset.articleText },
		entities: dataset.entities,
		places: dataset.places,
		relations: dataset.relations,
		quotes: dataset.quotes
	};
}

export function datasetToBundle(dataset: Dataset): string {
	return `${JSON.stringify(bundleObject(dataset), null, '\t')}\n`;
}

function refused(path: string, message: string): ValidationResult {
	return { ok: false, problems: [{ path, message }], warnings: [] };
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What a JSON file that is not a bundle most likely is, so the message can say so. */
function foreignKind(json: Record<string, unknown>): string {
	if (json.format === 'threadboard-slides') return 'a Threadboard slides file, not a dataset';
	if ('article' in json && 'entities' in json) return 'a dataset.json without its article text (export “Dataset (bundle .json)” instead)';
	if (typeof json.format === 'string') return `a "${json.format.slice(0, 60)}" file, not a Threadboard dataset`;
	return 'not a Threadboard dataset (it has no "format": "threadboard-dataset")';
}

/**
 * Reads a bundle's text into a validated dataset, or every problem with its path.
 * A byte-order mark is ignored; anything else that is not a version 1 bundle is
 * refused with a message saying what it is. Never throws.
 */
export function parseBundle(text: string): ValidationResult {
	const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	let json: unknown;
	try {
		json = JSON.parse(source);
	} catch (error) {
		return refused('(file)', `is not JSON: ${error instanceof Error ? error.message : String(error)}`);
	}
	return readBundle(json);
}

/** A bundle already parsed from JSON (one member of a corpus file), through the same checks. Never throws. */
export function readBundle(json: unknown): ValidationResult {
	try {
		if (!isRecord(json)) return refused('(file)', 'must be a JSON object, the dataset bundle');
		if (json.format !== BUNDLE_FORMAT) return refused('format', `this file is ${foreignKind(json)}`);
		if (json.version !== BUNDLE_VERSION)
			return refused('version', `version ${JSON.stringify(json.version) ?? 'missing'} is not one this app reads (it reads version ${BUNDLE_VERSION})`);
		const problems: Problem[] = [];
		if (typeof json.id !== 'string') problems.push({ path: 'id', message: 'must be the dataset id, a string like "haqqani-al-qaeda-joint-unit"' });
		else if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(json.id)) problems.push({ path: 'id', message: 'must be lower-case words joined by hyphens, like "al-qaeda"' });
		const article = json.article;
		if (!isRecord(article)) problems.push({ path: 'article', message: 'must be an object with the article’s title, publisher and text' });
		else if (typeof article.text !== 'string') problems.push({ path: 'article.text', message: 'must be the article’s text (a string)' });
		else if (article.text.trim() === '') problems.push({ path: 'article.text', message: 'must not be empty' });
		if (problems.length > 0 || !isRecord(article)) return { ok: false, problems, warnings: [] };
		const { text: articleText, ...articleFields } = article;
		const dataset = { article: articleFields, entities: json.entities, places: json.places, relations: json.relations, quotes: json.quotes };
		return validateDataset(dataset, articleText as string, json.id as string);
	} catch (error) {
		return refused('(file)', `could not be read: ${error instanceof Error ? error.message : String(error)}`);
	}
}
