/**
 * Checks a dataset against its schema and against its article: ids unique,
 * references resolving, every quote a verbatim span at its offsets. Returns every
 * problem found, each named by its JSON path, rather than stopping at the first.
 */
import * as v from 'valibot';
import { DatasetSchema, type Dataset, type DatasetJson } from './schema';

export { isCalendarDate } from './schema';

export interface Problem {
	/** JSON path of the offending value, like `relations[4].evidence[1]`; a file name for file-level problems. */
	path: string;
	message: string;
}

export type ValidationResult =
	| { ok: true; dataset: Dataset }
	| { ok: false; problems: Problem[] };

export function formatProblem(problem: Problem): string {
	return `${problem.path}: ${problem.message}`;
}

/** Valibot's issue path, written the way a person reads JSON: `relations[4].evidence[1]`. */
function pathOf(issue: v.BaseIssue<unknown>): string {
	let path = '';
	for (const item of issue.path ?? []) {
		const key = (item as { key: unknown }).key;
		path += typeof key === 'number' ? `[${key}]` : path === '' ? String(key) : `.${String(key)}`;
	}
	return path || '(dataset)';
}

function messageOf(issue: v.BaseIssue<unknown>): string {
	if (issue.kind !== 'schema' || issue.message.startsWith('must')) return issue.message;
	if (issue.received === 'undefined') return 'is missing';
	return `expected ${issue.expected ?? 'another value'} (got ${issue.received})`;
}

function schemaProblems(issues: v.BaseIssue<unknown>[]): Problem[] {
	return issues.map((issue) => ({ path: pathOf(issue), message: messageOf(issue) }));
}


function duplicateIdProblems(data: DatasetJson): Problem[] {
	const problems: Problem[] = [];
	// Entities, places and relations share one id space: a selection names any of them by id alone.
	const selectable = new Map<string, string>();
	for (const collection of ['entities', 'places', 'relations'] as const) {
		data[collection].forEach((item, index) => {
			const path = `${collection}[${index}].id`;
			const earlier = selectable.get(item.id);
			if (earlier) problems.push({ path, message: `id "${item.id}" is already used at ${earlier}` });
			else selectable.set(item.id, path);
		});
	}
	const quoteIds = new Map<string, string>();
	data.quotes.forEach((quote, index) => {
		const path = `quotes[${index}].id`;
		const earlier = quoteIds.get(quote.id);
		if (earlier) problems.push({ path, message: `id "${quote.id}" is already used at ${earlier}` });
		else quoteIds.set(quote.id, path);
	});
	return problems;
}

function referenceProblems(data: DatasetJson): Problem[] {
	const problems: Problem[] = [];
	const entityIds = new Set(data.entities.map((entity) => entity.id));
	const placeIds = new Set(data.places.map((place) => place.id));
	const quoteIds = new Set(data.quotes.map((quote) => quote.id));

	const checkEvidence = (path: string, evidence: string[]) =>
		evidence.forEach((quoteId, index) => {
			if (!quoteIds.has(quoteId))
				problems.push({ path: `${path}.evidence[${index}]`, message: `quote "${quoteId}" does not exist` });
		});
	const checkPlaces = (path: string, places: string[]) =>
		places.forEach((placeId, index) => {
			if (!placeIds.has(placeId))
				problems.push({ path: `${path}.places[${index}]`, message: `place "${placeId}" does not exist` });
		});

	data.entities.forEach((entity, index) => {
		checkEvidence(`entities[${index}]`, entity.evidence);
		checkPlaces(`entities[${index}]`, entity.places);
	});
	data.places.forEach((place, index) => checkEvidence(`places[${index}]`, place.evidence));
	data.relations.forEach((relation, index) => {
		const path = `relations[${index}]`;
		for (const end of ['source', 'target'] as const) {
			if (!entityIds.has(relation[end]))
				problems.push({ path: `${path}.${end}`, message: `entity "${relation[end]}" does not exist` });
		}
		if (relation.source === relation.target)
			problems.push({ path: `${path}.target`, message: 'must differ from source' });
		if (relation.assertedBy !== null && !entityIds.has(relation.assertedBy))
			problems.push({
				path: `${path}.assertedBy`,
				message: `entity "${relation.assertedBy}" does not exist`
			});
		checkEvidence(path, relation.evidence);
		checkPlaces(path, relation.places);
	});
	return problems;
}

function quoteProblems(data: DatasetJson, articleText: string): Problem[] {
	const problems: Problem[] = [];
	data.quotes.forEach((quote, index) => {
		const path = `quotes[${index}]`;
		if (quote.end <= quote.start) {
			problems.push({ path: `${path}.end`, message: `must be greater than start (${quote.start})` });
			return;
		}
		if (quote.end > articleText.length) {
			problems.push({
				path: `${path}.end`,
				message: `${quote.end} is past the end of the article (${articleText.length} characters)`
			});
			return;
		}
		const actual = articleText.slice(quote.start, quote.end);
		if (actual !== quote.exact) {
			const foundAt = articleText.indexOf(quote.exact);
			const hint =
				foundAt >= 0
					? `; the text occurs at ${foundAt}–${foundAt + quote.exact.length}`
					: '; the text does not occur anywhere in the article (check quotes, apostrophes and dashes)';
			problems.push({
				path: `${path}.exact`,
				message: `does not match the article at ${quote.start}–${quote.end}, which reads "${actual}"${hint}`
			});
			return;
		}
		const prefix = articleText.slice(Math.max(0, quote.start - quote.prefix.length), quote.start);
		if (prefix !== quote.prefix)
			problems.push({ path: `${path}.prefix`, message: `does not match the ${quote.prefix.length} characters before the quote ("${prefix}")` });
		const suffix = articleText.slice(quote.end, quote.end + quote.suffix.length);
		if (suffix !== quote.suffix)
			problems.push({ path: `${path}.suffix`, message: `does not match the ${quote.suffix.length} characters after the quote ("${suffix}")` });
	});
	return problems;
}

/** Validate parsed `dataset.json` content against the article text it quotes. */
export function validateDataset(json: unknown, articleText: string, slug: string): ValidationResult {
	if (typeof json !== 'object' || json === null || Array.isArray(json))
		return {
			ok: false,
			problems: [{ path: '(dataset)', message: 'must be a JSON object with article, entities, places, relations and quotes' }]
		};
	const parsed = v.safeParse(DatasetSchema, json, { abortEarly: false });
	if (!parsed.success) return { ok: false, problems: schemaProblems(parsed.issues) };
	const data = parsed.output;
	const problems = [
		...duplicateIdProblems(data),
		...referenceProblems(data),
		...quoteProblems(data, articleText)
	];
	if (problems.length > 0) return { ok: false, problems };
	return { ok: true, dataset: { ...data, slug, articleText } };
}

/**
 * Validate a dataset from the raw text of its two files, so malformed JSON and a
 * missing article get the same kind of message as a schema problem.
 */
export function validateDatasetFiles(
	files: { datasetJson: string | null; articleText: string | null },
	slug: string
): ValidationResult {
	const problems: Problem[] = [];
	if (files.datasetJson === null) problems.push({ path: 'dataset.json', message: 'file is missing' });
	if (files.articleText === null) problems.push({ path: 'article.txt', message: 'file is missing' });
	if (files.articleText !== null && files.articleText.trim() === '')
		problems.push({ path: 'article.txt', message: 'file is empty' });
	let json: unknown;
	if (files.datasetJson !== null) {
		try {
			json = JSON.parse(files.datasetJson);
		} catch (error) {
			problems.push({
				path: 'dataset.json',
				message: `is not valid JSON: ${error instanceof Error ? error.message : String(error)}`
			});
		}
	}
	if (problems.length > 0) return { ok: false, problems };
	return validateDataset(json, files.articleText!, slug);
}
