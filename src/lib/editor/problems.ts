/**
 * The validator's problems, placed where the analyst will look for them: on the actor,
 * place or link they concern (a quote's problem on every item citing it), on the
 * article's details, or on the dataset as a whole; worded for a person, path kept.
 */
import type { Problem } from '$lib/dataset/validate';
import type { Work } from '$lib/dataset/work';
import type { ItemKind, ItemRef } from './operations';
import { shortQuote } from './quotes';

export type ProblemPlace = { kind: 'item'; item: ItemRef } | { kind: 'article' } | { kind: 'dataset' };

export interface PlacedProblem {
	at: ProblemPlace;
	/** The field it concerns (`summary`, `evidence`, `target`, `title`), or null for the whole item. */
	field: string | null;
	/** What is wrong, in words. */
	message: string;
	/** The validator's own path and message, for the record. */
	path: string;
}

const ITEM_KINDS: Record<string, ItemKind> = { entities: 'entity', places: 'place', relations: 'relation' };

/** Friendlier words for what an unfinished item usually lacks; anything else keeps the validator's message. */
function explain(kind: ItemKind | 'article', field: string, message: string, empty = false): string {
	if (field === 'evidence' && /at least one quote/.test(message)) return kind === 'relation' ? 'The link has no quote: select the words that support it and add them.' : 'No quote backs it: select its words in the article and add them.';
	if (/must not be empty/.test(message)) return `The ${FIELD_LABELS[field] ?? field} is empty.`;
	// An end not chosen yet fails several checks (the id pattern, existence, “differs from source”): one message says it.
	if ((field === 'source' || field === 'target') && (/lower-case words/.test(message) || message === 'entity "" does not exist' || (empty && /differ from source/.test(message))))
		return field === 'source' ? 'Choose the actor the link starts from.' : 'Choose the actor the link goes to.';
	if (field === 'target' && /differ from source/.test(message)) return 'The link ties an actor to itself: choose another target.';
	return `${FIELD_LABELS[field] ? `${FIELD_LABELS[field]}: ` : ''}${message}`;
}

export const FIELD_LABELS: Record<string, string> = {
	name: 'name',
	summary: 'summary',
	kind: 'kind',
	aliases: 'aliases',
	evidence: 'quotes',
	places: 'places',
	source: 'source',
	target: 'target',
	type: 'type',
	stance: 'stance',
	assertedBy: 'asserted by',
	date: 'date',
	dateNote: 'date note',
	coordinates: 'coordinates',
	title: 'title',
	publisher: 'publisher',
	url: 'web address',
	published: 'publication date'
};

/** `entities[3].evidence[0]` → `{ collection: 'entities', index: 3, field: 'evidence' }`. */
function parsePath(path: string): { collection: string; index: number | null; field: string | null } {
	const match = /^([a-z]+)(?:\[(\d+)\])?(?:\.([A-Za-z]+))?/.exec(path);
	if (!match) return { collection: '', index: null, field: null };
	return { collection: match[1]!, index: match[2] === undefined ? null : Number(match[2]), field: match[3] ?? null };
}

export function placeProblems(work: Work, problems: readonly Problem[]): PlacedProblem[] {
	const placed: PlacedProblem[] = [];
	for (const problem of problems) {
		const { collection, index, field } = parsePath(problem.path);
		const kind = ITEM_KINDS[collection];
		const path = problem.path;
		if (kind && index !== null) {
			const item = work[collection as 'entities' | 'places' | 'relations'][index];
			if (item) {
				const value = field ? (item as unknown as Record<string, unknown>)[field] : undefined;
				placed.push({ at: { kind: 'item', item: { kind, id: item.id } }, field, message: explain(kind, field ?? '', problem.message, value === ''), path });
				continue;
			}
		}
		if (collection === 'quotes' && index !== null && work.quotes[index]) {
			const quote = work.quotes[index]!;
			const message = `The quote “${shortQuote(quote.exact, 50)}” no longer matches the article (${field ?? 'quote'} ${problem.message}).`;
			const citing = (['entities', 'places', 'relations'] as const).flatMap((name) => work[name].filter((item) => item.evidence.includes(quote.id)).map((item) => ({ kind: ITEM_KINDS[name]!, id: item.id })));
			for (const item of citing) placed.push({ at: { kind: 'item', item }, field: 'evidence', message, path });
			if (citing.length === 0) placed.push({ at: { kind: 'dataset' }, field: null, message, path });
			continue;
		}
		if (collection === 'article') {
			placed.push({ at: { kind: 'article' }, field, message: explain('article', field ?? '', problem.message), path });
			continue;
		}
		const message = collection === 'entities' && /at least one entity/.test(problem.message) ? 'Add at least one actor: select a name in the article and choose “New actor”.' : collection === 'quotes' && /at least one quote/.test(problem.message) ? 'No quotes yet: every actor, place and link is backed by words of the article.' : `${path}: ${problem.message}`;
		placed.push({ at: { kind: 'dataset' }, field: null, message, path });
	}
	return unique(placed);
}

/** One problem per item, field and message, however many checks found it. */
function unique(placed: PlacedProblem[]): PlacedProblem[] {
	const seen = new Set<string>();
	return placed.filter((problem) => {
		const key = `${problem.at.kind === 'item' ? itemKey(problem.at.item) : problem.at.kind}|${problem.field}|${problem.message}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

export function problemsOf(placed: readonly PlacedProblem[], item: ItemRef): PlacedProblem[] {
	return placed.filter((problem) => problem.at.kind === 'item' && problem.at.item.kind === item.kind && problem.at.item.id === item.id);
}

/** `itemKey({ kind: 'entity', id: 'taliban' })` → `entity:taliban`, for maps and element ids. */
export function itemKey(item: ItemRef): string {
	return `${item.kind}:${item.id}`;
}

/** Problems counted per item, for the badges in the lists. */
export function problemCounts(placed: readonly PlacedProblem[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const problem of placed) if (problem.at.kind === 'item') counts.set(itemKey(problem.at.item), (counts.get(itemKey(problem.at.item)) ?? 0) + 1);
	return counts;
}
