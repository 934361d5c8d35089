/**
 * A dataset being annotated: the same JSON as `dataset.json` plus the article's text
 * and the draft's candidate metadata, kept whole even while it does not validate (a
 * link without a quote yet, an empty summary). Read back through a structural schema
 * only: the finished-dataset rules are the validator's, checked live, never on load.
 */
import * as v from 'valibot';
import { ArticleSchema, BoundaryRefSchema, type Dataset, type DatasetJson, type Entity, type Place, type Quote, type Relation } from './schema';
import { ENTITY_KINDS, PLACE_KINDS, RELATION_TYPES, STANCES } from './schema-values';
import { validateDataset, type ValidationResult } from './validate';

export const WORK_VERSION = 1;

/** Why a drafted item exists, shown until the analyst accepts, edits or rejects it. */
export interface Candidate {
	/** The entity, place or relation id. */
	id: string;
	collection: 'entities' | 'places' | 'relations';
	/** 0–1: how likely the analyst is to accept it as drafted. */
	confidence: number;
	/** The words or pattern that produced it. */
	cue: string;
}

export interface Work {
	/** The dataset id it is saved under: the same before and after it is finished. */
	id: string;
	version: typeof WORK_VERSION;
	article: DatasetJson['article'];
	/** Fixed once annotation starts: every quote is an offset into it. */
	articleText: string;
	entities: Entity[];
	places: Place[];
	relations: Relation[];
	quotes: Quote[];
	/** Drafted items not yet reviewed; accepting one removes its entry. */
	candidates: Candidate[];
	createdAt: string;
	updatedAt: string;
}

const Text = v.string();
const Ids = v.array(v.string());

// Shapes only: a value may be empty or not yet valid, but it is the right kind of value.
const LooseArticle = v.object({
	...ArticleSchema.entries,
	title: Text,
	publisher: Text,
	url: v.nullable(Text),
	published: v.nullable(Text)
});
const LooseEntity = v.object({
	id: Text,
	name: Text,
	aliases: v.array(Text),
	kind: v.picklist(ENTITY_KINDS),
	summary: Text,
	plural: v.optional(v.boolean(), false),
	places: v.optional(Ids, []),
	evidence: Ids
});
const LoosePlace = v.object({
	id: Text,
	name: Text,
	kind: v.picklist(PLACE_KINDS),
	coordinates: v.nullable(v.tuple([v.number(), v.number()])),
	boundary: v.optional(BoundaryRefSchema),
	note: v.optional(Text),
	evidence: Ids
});
const LooseRelation = v.object({
	id: Text,
	source: Text,
	target: Text,
	type: v.picklist(RELATION_TYPES),
	directed: v.boolean(),
	stance: v.picklist(STANCES),
	assertedBy: v.nullable(Text),
	date: v.nullable(Text),
	dateNote: v.optional(Text),
	places: Ids,
	summary: Text,
	evidence: Ids
});
const LooseQuote = v.object({
	id: Text,
	start: v.number(),
	end: v.number(),
	exact: Text,
	prefix: Text,
	suffix: Text
});
const CandidateSchema = v.object({
	id: Text,
	collection: v.picklist(['entities', 'places', 'relations']),
	confidence: v.number(),
	cue: Text
});

export const WorkSchema = v.object({
	id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
	version: v.literal(WORK_VERSION),
	article: LooseArticle,
	articleText: Text,
	entities: v.array(LooseEntity),
	places: v.array(LoosePlace),
	relations: v.array(LooseRelation),
	quotes: v.array(LooseQuote),
	candidates: v.optional(v.array(CandidateSchema), []),
	createdAt: Text,
	updatedAt: Text
});

export type WorkReadResult = { ok: true; work: Work } | { ok: false; problem: string };

/** A stored record, untrusted: a work in progress written by this or an older version, or damaged. */
export function readWork(record: unknown): WorkReadResult {
	const parsed = v.safeParse(WorkSchema, record);
	if (parsed.success) return { ok: true, work: parsed.output as Work };
	const issue = parsed.issues[0];
	return { ok: false, problem: `${v.getDotPath(issue) ?? 'the record'}: ${issue.message}` };
}

/** A new work in progress for an imported article: nothing annotated yet. */
export function newWork(id: string, article: DatasetJson['article'], articleText: string, now = new Date()): Work {
	const stamp = now.toISOString();
	return { id, version: WORK_VERSION, article, articleText, entities: [], places: [], relations: [], quotes: [], candidates: [], createdAt: stamp, updatedAt: stamp };
}

/** A work in progress on a copy of a saved dataset. */
export function workFromDataset(dataset: Dataset, now = new Date()): Work {
	const { slug, articleText, article, entities, places, relations, quotes } = structuredClone(toPlain(dataset));
	const stamp = now.toISOString();
	return { id: slug, version: WORK_VERSION, article, articleText, entities, places, relations, quotes, candidates: [], createdAt: stamp, updatedAt: stamp };
}

/** The `dataset.json` the work would be saved as. */
export function workJson(work: Work): DatasetJson {
	const { article, entities, places, relations, quotes } = work;
	return { article, entities, places, relations, quotes };
}

/** Every problem the validator finds, exactly as it would refuse the finished dataset. */
export function validateWork(work: Work): ValidationResult {
	return validateDataset(workJson(work), work.articleText, work.id);
}

/** A summary for the library's list of work in progress. */
export interface WorkSummary {
	id: string;
	title: string;
	counts: { actors: number; links: number; places: number; quotes: number };
	/** How many problems stand between it and a finished dataset. */
	problems: number;
	/** Drafted items waiting for review. */
	candidates: number;
	updatedAt: string;
}

export function summariseWork(work: Work): WorkSummary {
	const result = validateWork(work);
	return {
		id: work.id,
		title: work.article.title.trim() || 'Untitled article',
		counts: { actors: work.entities.length, links: work.relations.length, places: work.places.length, quotes: work.quotes.length },
		problems: result.ok ? 0 : result.problems.length,
		candidates: work.candidates.length,
		updatedAt: work.updatedAt
	};
}

/** Plain data: state proxies and class instances cannot be cloned into IndexedDB. */
export function toPlain<T>(value: T): T {
	return JSON.parse(JSON.stringify(value)) as T;
}
