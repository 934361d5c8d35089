/**
 * A corpus carried inside a one-file briefing, as one JSON data block
 * (`<script type="application/json" id="threadboard-corpus">`, see briefing-html.ts):
 *
 *     { "format": "threadboard-corpus", "version": 1, "id", "title",
 *       "decisions": { "actors": {…}, "places": {…} },
 *       "datasets": [ <dataset bundle>, … ] }
 *
 * Each dataset is a dataset bundle (src/lib/dataset/bundle.ts) and the decisions are
 * the corpus's merge decisions, as the library keeps them. Reading it back goes
 * through the same validation as an imported bundle and a stored corpus record: a
 * broken member is left out with its problems named, broken decisions are dropped
 * with theirs, and the rest still opens. Pure: no DOM, no storage.
 */
import * as v from 'valibot';
import { bundleObject, readBundle } from '$lib/dataset/bundle';
import type { Dataset } from '$lib/dataset/schema';
import type { Problem } from '$lib/dataset/validate';
import type { CorpusDecisions } from '$lib/model/corpus';
import { CorpusRecordSchema } from '$lib/storage/corpora';

export const CORPUS_FORMAT = 'threadboard-corpus';
export const CORPUS_VERSION = 1;
/** As many members as a corpus kept in the library may have. */
export const MAX_CARRIED_DATASETS = 200;

/** What a briefing carries of a corpus: enough to build the same merged model the workspace shows. */
export interface CarriedCorpus {
	id: string;
	title: string;
	decisions: CorpusDecisions;
	datasets: Dataset[];
}

/** A member that could not be read, with every problem (paths from the corpus's root). */
export interface LeftOutMember {
	/** The member's id, or `datasets[i]` when it has none that can be read. */
	id: string;
	problems: Problem[];
}

export type CorpusReadResult =
	| {
			ok: true;
			corpus: CarriedCorpus;
			/** Members refused, and why; the others are in `corpus.datasets`. */
			leftOut: LeftOutMember[];
			/** Why the carried decisions were refused (then `corpus.decisions` is empty: merges as proposed). */
			decisionProblems: Problem[];
	  }
	| {
			ok: false;
			/** Every problem, paths from the corpus's root. */
			problems: Problem[];
			/** When it was the members that failed (every one of them): their problems, member by member. */
			leftOut: LeftOutMember[];
	  };

/** The corpus as compact JSON, each member as its dataset bundle. */
export function corpusToJson(corpus: CarriedCorpus): string {
	return JSON.stringify({
		format: CORPUS_FORMAT,
		version: CORPUS_VERSION,
		id: corpus.id,
		title: corpus.title,
		decisions: corpus.decisions,
		// The bundle's own shape, so a member is exactly what “Export” would give.
		datasets: corpus.datasets.map(bundleObject)
	});
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const refused = (path: string, message: string): CorpusReadResult => ({ ok: false, problems: [{ path, message }], leftOut: [] });
/** A decision is kept against a pair of members: `dataset/id|dataset/id` (merge.ts, pairKey). */
const PAIR_KEY = /^[^/|]+\/[^/|]+\|[^/|]+\/[^/|]+$/;

function issuesAsProblems(issues: readonly v.BaseIssue<unknown>[], root: string): Problem[] {
	return issues.map((issue) => {
		const path = v.getDotPath(issue);
		return { path: path ? `${root}.${path}` : root, message: issue.message };
	});
}

function readDecisions(value: unknown): { decisions: CorpusDecisions; problems: Problem[] } {
	const none: CorpusDecisions = { actors: {}, places: {} };
	const parsed = v.safeParse(CorpusRecordSchema.entries.decisions, value);
	if (!parsed.success) return { decisions: none, problems: issuesAsProblems(parsed.issues, 'decisions') };
	const problems: Problem[] = [];
	for (const kind of ['actors', 'places'] as const)
		for (const key of Object.keys(parsed.output[kind]))
			if (!PAIR_KEY.test(key)) problems.push({ path: `decisions.${kind}[${JSON.stringify(key.slice(0, 120))}]`, message: 'is not a pair of members written “dataset/id|dataset/id”' });
	return problems.length > 0 ? { decisions: none, problems } : { decisions: parsed.output, problems };
}

/** One member through the bundle's validation, its problems' paths made relative to the corpus. */
function readMember(value: unknown, index: number, seen: Map<string, number>): { dataset: Dataset } | LeftOutMember {
	const root = `datasets[${index}]`;
	const id = isRecord(value) && typeof value.id === 'string' && value.id.length <= 120 ? value.id : root;
	if (!isRecord(value)) return { id, problems: [{ path: root, message: 'must be a dataset bundle (a JSON object)' }] };
	const result = readBundle(value);
	if (!result.ok) return { id, problems: result.problems.map((problem) => ({ path: problem.path === '(file)' ? root : `${root}.${problem.path}`, message: problem.message })) };
	const earlier = seen.get(result.dataset.slug);
	if (earlier !== undefined) return { id, problems: [{ path: `${root}.id`, message: `"${id}" is already datasets[${earlier}]` }] };
	seen.set(result.dataset.slug, index);
	return { dataset: result.dataset };
}

/**
 * Reads a carried corpus's text. Refused as a whole (`ok: false`, every problem named)
 * when it is not a version 1 corpus with an id and a title, or when no member can be read;
 * otherwise the members that validate, with the others and any refused decisions named.
 * Never throws.
 */
export function parseCorpusJson(text: string): CorpusReadResult {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		return refused('(corpus)', `is not JSON: ${error instanceof Error ? error.message : String(error)}`);
	}
	if (!isRecord(json)) return refused('(corpus)', 'must be a JSON object, the corpus');
	if (json.format !== CORPUS_FORMAT) return refused('format', `must be "${CORPUS_FORMAT}" (got ${JSON.stringify(json.format)?.slice(0, 60) ?? 'nothing'})`);
	if (json.version !== CORPUS_VERSION)
		return refused('version', `version ${JSON.stringify(json.version)?.slice(0, 20) ?? 'missing'} is not one this app reads (it reads version ${CORPUS_VERSION})`);

	const problems: Problem[] = [];
	const id = v.safeParse(CorpusRecordSchema.entries.id, json.id);
	if (!id.success) problems.push({ path: 'id', message: 'must be the corpus id: lower-case words joined by hyphens, at most 120 characters' });
	const title = v.safeParse(CorpusRecordSchema.entries.title, json.title);
	if (!title.success) problems.push(...issuesAsProblems(title.issues, 'title'));
	if (!Array.isArray(json.datasets)) problems.push({ path: 'datasets', message: 'must be a list of dataset bundles' });
	else if (json.datasets.length === 0) problems.push({ path: 'datasets', message: 'must hold at least one dataset' });
	else if (json.datasets.length > MAX_CARRIED_DATASETS) problems.push({ path: 'datasets', message: `holds ${json.datasets.length} datasets; a corpus holds at most ${MAX_CARRIED_DATASETS}` });
	if (problems.length > 0 || !id.success || !title.success || !Array.isArray(json.datasets)) return { ok: false, problems, leftOut: [] };

	const seen = new Map<string, number>();
	const datasets: Dataset[] = [];
	const leftOut: LeftOutMember[] = [];
	json.datasets.forEach((value: unknown, index) => {
		const member = readMember(value, index, seen);
		if ('dataset' in member) datasets.push(member.dataset);
		else leftOut.push(member);
	});
	if (datasets.length === 0) return { ok: false, problems: leftOut.flatMap((member) => member.problems), leftOut };

	const decisions = readDecisions(json.decisions);
	return { ok: true, corpus: { id: id.output, title: title.output, decisions: decisions.decisions, datasets }, leftOut, decisionProblems: decisions.problems };
}

/**
 * What the workspace says above a carried corpus: each refused member with its first
 * problem and how many more (its “Left out” line), and refused decisions.
 */
export function corpusNotices(read: Extract<CorpusReadResult, { ok: true }>): { missing: { id: string; reason: string }[]; problems: string[] } {
	const missing = read.leftOut.map(({ id, problems }) => {
		const first = problems[0];
		const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
		return { id, reason: first ? `is refused: ${first.path}: ${first.message}${more}` : 'is refused' };
	});
	const [first, ...others] = read.decisionProblems;
	const more = others.length > 0 ? ` and ${others.length} more` : '';
	const problems = first ? [`The merge decisions in this file are refused (${first.path}: ${first.message}${more}); actors and places are merged as proposed.`] : [];
	return { missing, problems };
}
