/**
 * Checks a dataset against its schema and against its article: ids unique,
 * references resolving and never repeated, every quote a verbatim span at its
 * offsets. Returns every problem found, each named by its JSON path, rather than
 * stopping at the first, and warnings about what it accepts but questions.
 */
import * as v from 'valibot';
import { readLoosely, type Found, type LooseDataset } from './loose';
import { DatasetIndexSchema, DatasetSchema, type Dataset, type DatasetIndex } from './schema';
import { LIMITS } from './schema-values';
import { lookalikeKey, stripByteOrderMark } from './text-checks';
import { groupDigits } from '$lib/model/english';
import { issuePath } from '$lib/dataset/issue-path';

export { isCalendarDate } from './schema';

export interface Problem {
	/** JSON path of the offending value, like `relations[4].evidence[1]`; a file name for file-level problems. */
	path: string;
	message: string;
}

/**
 * `problems` refuse a dataset; `warnings` question it (two actors with look-alike
 * names) and come with valid datasets too.
 */
export type ValidationResult =
	| { ok: true; dataset: Dataset; warnings: Problem[] }
	| { ok: false; problems: Problem[]; warnings: Problem[] };

export function formatProblem(problem: Problem): string {
	return `${problem.path}: ${problem.message}`;
}

function messageOf(issue: v.BaseIssue<unknown>): string {
	if (issue.kind !== 'schema' || issue.message.startsWith('must')) return issue.message;
	if (issue.received === 'undefined') return 'is missing';
	return `expected ${issue.expected ?? 'another value'} (got ${issue.received})`;
}

function schemaProblems(issues: v.BaseIssue<unknown>[]): Problem[] {
	return issues.map((issue) => ({ path: issuePath(issue, '(dataset)'), message: messageOf(issue) }));
}


/** The same message at the same path once, however many checks found it. */
function uniqueProblems(problems: Problem[]): Problem[] {
	const seen = new Set<string>();
	return problems.filter((problem) => {
		const key = formatProblem(problem);
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

/** Each value's first place, and a problem at every later one. */
function repeats(found: Found[], message: (item: Found, earlier: string) => string, key = (item: Found) => item.value): Problem[] {
	const first = new Map<string, string>();
	const problems: Problem[] = [];
	for (const item of found) {
		const earlier = first.get(key(item));
		if (earlier !== undefined) problems.push({ path: item.path, message: message(item, earlier) });
		else first.set(key(item), item.path);
	}
	return problems;
}

const present = <T>(list: (T | null)[]): T[] => list.filter((item): item is T => item !== null);

function duplicateIdProblems(data: LooseDataset): Problem[] {
	const used = (item: Found, earlier: string) => `id "${item.value}" is already used at ${earlier}`;
	// Entities, places and relations share one id space: a selection names any of them by id alone.
	const selectable = [...(data.entities ?? []), ...(data.places ?? []), ...(data.relations ?? [])];
	return [...repeats(present(selectable.map((item) => item.id)), used), ...repeats(present((data.quotes ?? []).map((quote) => quote.id)), used)];
}

/**
 * The same quote cited twice by one item, the same place listed twice, an alias given
 * twice: refused, so every list an author writes means what it shows. (The app also
 * drops repeats when it indexes a dataset, so nothing that skipped this check can break it.)
 */
function repeatedReferenceProblems(data: LooseDataset): Problem[] {
	const problems: Problem[] = [];
	for (const item of [...(data.entities ?? []), ...(data.places ?? []), ...(data.relations ?? [])]) {
		problems.push(...repeats(item.evidence, (quote, earlier) => `quote "${quote.value}" is already cited at ${earlier}`));
		problems.push(...repeats(item.places, (place, earlier) => `place "${place.value}" is already listed at ${earlier}`));
	}
	for (const entity of data.entities ?? []) {
		problems.push(...repeats(entity.aliases, (alias, earlier) => `alias "${alias.value}" is already listed at ${earlier}`));
		const name = entity.name;
		if (name)
			for (const alias of entity.aliases)
				if (alias.value === name.value) problems.push({ path: alias.path, message: `alias "${alias.value}" is the same as the name at ${name.path}` });
	}
	return problems;
}

function referenceProblems(data: LooseDataset): Problem[] {
	const problems: Problem[] = [];
	const idsOf = (items: { id: Found | null }[] | null) =>
		items === null ? null : new Set(present(items.map((item) => item.id)).map((id) => id.value));
	const entityIds = idsOf(data.entities);
	const placeIds = idsOf(data.places);
	const quoteIds = idsOf(data.quotes);
	// A missing collection is a schema problem already; every reference into it would only repeat that.
	const check = (found: Found[], ids: Set<string> | null, what: string) => {
		if (ids === null) return;
		for (const item of found) if (!ids.has(item.value)) problems.push({ path: item.path, message: `${what} "${item.value}" does not exist` });
	};

	for (const item of [...(data.entities ?? []), ...(data.places ?? []), ...(data.relations ?? [])]) {
		check(item.evidence, quoteIds, 'quote');
		check(item.places, placeIds, 'place');
	}
	for (const relation of data.relations ?? []) {
		check(present([relation.source, relation.target, relation.assertedBy]), entityIds, 'entity');
		if (relation.source && relation.target && relation.source.value === relation.target.value)
			problems.push({ path: relation.target.path, message: 'must differ from source' });
	}
	return problems;
}

function quoteProblems(data: LooseDataset, articleText: string): Problem[] {
	const problems: Problem[] = [];
	for (const { path, span: quote } of data.quotes ?? []) {
		if (!quote || quote.start < 0) continue;
		if (quote.end <= quote.start) {
			problems.push({ path: `${path}.end`, message: `must be greater than start (${quote.start})` });
			continue;
		}
		if (quote.end > articleText.length) {
			problems.push({
				path: `${path}.end`,
				message: `${quote.end} is past the end of the article (${articleText.length} characters)`
			});
			continue;
		}
		const actual = articleText.slice(quote.start, quote.end);
		if (actual !== quote.exact) {
			const foundAt = quote.exact === '' ? -1 : articleText.indexOf(quote.exact);
			const hint =
				foundAt >= 0
					? `; the text occurs at ${foundAt}–${foundAt + quote.exact.length}`
					: '; the text does not occur anywhere in the article (check quotes, apostrophes and dashes)';
			problems.push({
				path: `${path}.exact`,
				message: `does not match the article at ${quote.start}–${quote.end}, which reads "${excerpt(actual)}"${hint}`
			});
			continue;
		}
		const prefix = articleText.slice(Math.max(0, quote.start - quote.prefix.length), quote.start);
		if (prefix !== quote.prefix)
			problems.push({ path: `${path}.prefix`, message: `does not match the ${quote.prefix.length} characters before the quote ("${prefix}")` });
		const suffix = articleText.slice(quote.end, quote.end + quote.suffix.length);
		if (suffix !== quote.suffix)
			problems.push({ path: `${path}.suffix`, message: `does not match the ${quote.suffix.length} characters after the quote ("${suffix}")` });
	}
	return problems;
}

/** Long passages are cut in messages: the offsets say where to look. */
function excerpt(text: string, limit = 200): string {
	return text.length > limit ? `${text.slice(0, limit)}…` : text;
}

/**
 * Two actors a reader cannot tell apart: the same name, or names that differ only in
 * case, accents, punctuation, spacing or look-alike letters (aliases included).
 * A warning, not a refusal: two people may really share a name.
 */
function lookalikeNameWarnings(data: LooseDataset): Problem[] {
	const warnings: Problem[] = [];
	const firstByKey = new Map<string, { owner: number; found: Found }>();
	const warnedPairs = new Set<string>();
	(data.entities ?? []).forEach((entity, owner) => {
		for (const found of present([entity.name, ...entity.aliases])) {
			const key = lookalikeKey(found.value);
			if (key === '') continue;
			const earlier = firstByKey.get(key);
			if (!earlier) {
				firstByKey.set(key, { owner, found });
				continue;
			}
			const pair = `${earlier.owner}/${owner}`;
			if (earlier.owner === owner || warnedPairs.has(pair)) continue;
			warnedPairs.add(pair);
			const same = earlier.found.value === found.value;
			warnings.push({
				path: found.path,
				message: same
					? `"${found.value}" is also ${earlier.found.path}: two actors with one name are easy to confuse`
					: `"${found.value}" looks like ${earlier.found.path} ("${earlier.found.value}"): two actors with look-alike names are easy to confuse`
			});
		}
	});
	return warnings;
}

/** Validate parsed `dataset.json` content against the article text it quotes. */
export function validateDataset(json: unknown, articleText: string, slug: string): ValidationResult {
	if (typeof json !== 'object' || json === null || Array.isArray(json))
		return {
			ok: false,
			problems: [{ path: '(dataset)', message: 'must be a JSON object with article, entities, places, relations and quotes' }],
			warnings: []
		};
	const parsed = v.safeParse(DatasetSchema, json, { abortEarly: false });
	// Cross-checks read the raw JSON, so a schema problem never hides them.
	const loose = readLoosely(json);
	const problems = uniqueProblems([
		...articleProblems(articleText),
		...(parsed.success ? [] : schemaProblems(parsed.issues)),
		...duplicateIdProblems(loose),
		...repeatedReferenceProblems(loose),
		...referenceProblems(loose),
		...quoteProblems(loose, articleText)
	]);
	const warnings = uniqueProblems(lookalikeNameWarnings(loose));
	if (!parsed.success || problems.length > 0) return { ok: false, problems, warnings };
	return { ok: true, dataset: { ...parsed.output, slug, articleText }, warnings };
}

function articleProblems(articleText: string): Problem[] {
	if (articleText.length <= LIMITS.articleLength) return [];
	return [
		{
			path: 'article.txt',
			message: `is ${groupDigits(articleText.length)} characters long; the limit is ${groupDigits(LIMITS.articleLength)}`
		}
	];
}

/**
 * Validate a dataset from the raw text of its two files, so malformed JSON and a
 * missing article get the same kind of message as a schema problem. Both the app's
 * loader and the `validate` command come through here, so they read files alike
 * (a leading byte-order mark is dropped, as browsers drop it).
 */
export function validateDatasetFiles(
	files: { datasetJson: string | null; articleText: string | null },
	slug: string
): ValidationResult {
	const problems: Problem[] = [];
	const datasetJson = files.datasetJson === null ? null : stripByteOrderMark(files.datasetJson);
	const articleText = files.articleText === null ? null : stripByteOrderMark(files.articleText);
	if (datasetJson === null) problems.push({ path: 'dataset.json', message: 'file is missing' });
	if (articleText === null) problems.push({ path: 'article.txt', message: 'file is missing' });
	if (articleText !== null && articleText.trim() === '')
		problems.push({ path: 'article.txt', message: 'file is empty' });
	let json: unknown;
	if (datasetJson !== null && datasetJson.length > LIMITS.datasetFileLength)
		problems.push({
			path: 'dataset.json',
			message: `is ${groupDigits(datasetJson.length)} characters long; the limit is ${groupDigits(LIMITS.datasetFileLength)}`
		});
	else if (datasetJson !== null) {
		try {
			json = JSON.parse(datasetJson);
		} catch (error) {
			problems.push({
				path: 'dataset.json',
				message: `is not valid JSON: ${error instanceof Error ? error.message : String(error)}`
			});
		}
	}
	if (problems.length > 0) return { ok: false, problems, warnings: [] };
	return validateDataset(json, articleText!, slug);
}

export type IndexResult = { ok: true; index: DatasetIndex } | { ok: false; problems: Problem[] };

/** Validate the text of `index.json` (null when the file is missing); `file` names it in messages. */
export function validateDatasetIndex(text: string | null, file: string): IndexResult {
	if (text === null) return { ok: false, problems: [{ path: file, message: 'file is missing' }] };
	let json: unknown;
	try {
		json = JSON.parse(stripByteOrderMark(text));
	} catch (error) {
		return { ok: false, problems: [{ path: file, message: `is not valid JSON: ${(error as Error).message}` }] };
	}
	const parsed = v.safeParse(DatasetIndexSchema, json, { abortEarly: false });
	if (!parsed.success)
		return {
			ok: false,
			problems: parsed.issues.map((issue) => ({ path: `${file} ${issuePath(issue, '(dataset)')}`, message: messageOf(issue) }))
		};
	return { ok: true, index: parsed.output };
}
