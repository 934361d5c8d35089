/**
 * The parts of a raw `dataset.json` that are well-formed enough to cross-check,
 * each with its JSON path. The validator reads ids, references and quotes through
 * this even when the schema check fails, so one run names every problem: a
 * misspelt kind does not hide a duplicate id or a quote that does not match.
 */

/** A string found at a JSON path. */
export interface Found {
	path: string;
	value: string;
}

export interface LooseItem {
	/** `entities[3]` */
	path: string;
	id: Found | null;
	evidence: Found[];
	places: Found[];
}

export interface LooseEntity extends LooseItem {
	name: Found | null;
	aliases: Found[];
}

export interface LooseRelation extends LooseItem {
	source: Found | null;
	target: Found | null;
	assertedBy: Found | null;
}

export interface LooseQuote {
	path: string;
	id: Found | null;
	/** Present only when start, end, exact, prefix and suffix all have the right types. */
	span: { start: number; end: number; exact: string; prefix: string; suffix: string } | null;
}

export interface LooseDataset {
	/** Null where the collection itself is missing or not a list: references into it are not checked then. */
	entities: LooseEntity[] | null;
	places: LooseItem[] | null;
	relations: LooseRelation[] | null;
	quotes: LooseQuote[] | null;
}

type Raw = Record<string, unknown>;

const isRecord = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Names are compared as the schema keeps them (trimmed); ids as written. */
const asWritten = (text: string) => text;
const trimmed = (text: string) => text.trim();

function stringAt(item: Raw, key: string, path: string, read = asWritten): Found | null {
	const value = item[key];
	return typeof value === 'string' ? { path: `${path}.${key}`, value: read(value) } : null;
}

function stringsAt(item: Raw, key: string, path: string, read = asWritten): Found[] {
	const list = item[key];
	if (!Array.isArray(list)) return [];
	return list.flatMap((value, index) =>
		typeof value === 'string' ? [{ path: `${path}.${key}[${index}]`, value: read(value) }] : []
	);
}

/** The objects of a collection with their paths; null if the collection is not a list. */
function itemsOf(json: Raw, key: string): { item: Raw; path: string }[] | null {
	const list = json[key];
	if (!Array.isArray(list)) return null;
	return list.flatMap((item, index) => (isRecord(item) ? [{ item, path: `${key}[${index}]` }] : []));
}

function looseItem(item: Raw, path: string): LooseItem {
	return { path, id: stringAt(item, 'id', path), evidence: stringsAt(item, 'evidence', path), places: stringsAt(item, 'places', path) };
}

function looseSpan(item: Raw): LooseQuote['span'] {
	const { start, end, exact, prefix, suffix } = item;
	if (!Number.isInteger(start) || !Number.isInteger(end)) return null;
	if (typeof exact !== 'string' || typeof prefix !== 'string' || typeof suffix !== 'string') return null;
	return { start: start as number, end: end as number, exact, prefix, suffix };
}

export function readLoosely(json: unknown): LooseDataset {
	if (!isRecord(json)) return { entities: null, places: null, relations: null, quotes: null };
	return {
		entities:
			itemsOf(json, 'entities')?.map(({ item, path }) => ({
				...looseItem(item, path),
				name: stringAt(item, 'name', path, trimmed),
				aliases: stringsAt(item, 'aliases', path, trimmed)
			})) ?? null,
		places: itemsOf(json, 'places')?.map(({ item, path }) => looseItem(item, path)) ?? null,
		relations:
			itemsOf(json, 'relations')?.map(({ item, path }) => ({
				...looseItem(item, path),
				source: stringAt(item, 'source', path),
				target: stringAt(item, 'target', path),
				assertedBy: stringAt(item, 'assertedBy', path)
			})) ?? null,
		quotes:
			itemsOf(json, 'quotes')?.map(({ item, path }) => ({
				path,
				id: stringAt(item, 'id', path),
				span: looseSpan(item)
			})) ?? null
	};
}
