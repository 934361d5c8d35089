/**
 * The table view of every relation: one flat row per relation, and the sorting
 * behind its column headers. The table is the graph's accessible equivalent, so
 * it says the same things in words.
 */
import { must, type DatasetIndex } from '$lib/dataset/lookup';
import type { RelationType, Stance } from '$lib/dataset/schema';
import { STANCES } from '$lib/dataset/schema-values';
import { asserterName, formatPartialDate, relationLabel } from '$lib/model/describe';

export interface RelationRow {
	id: string;
	source: string;
	type: RelationType;
	stance: Stance;
	/** Who says so: an entity's name, or 'the article'. */
	asserter: string;
	target: string;
	/** The ISO partial date as written in the dataset, kept for sorting. */
	date: string | null;
	/** `2008`, `May 2020`, `29 February 2020`, or 'undated'. */
	displayDate: string;
	quoteCount: number;
	directed: boolean;
	/** The full sentence, used as the row button's accessible name. */
	label: string;
}

export type RelationSortKey = 'source' | 'type' | 'stance' | 'asserter' | 'target' | 'date' | 'quotes';
/** Named as `aria-sort` names them, so the header can use the value directly. */
export type SortDirection = 'ascending' | 'descending';

export interface TableSort {
	key: RelationSortKey;
	direction: SortDirection;
}

export const UNDATED = 'undated';

/** The table's columns, in display order. */
export const RELATION_COLUMNS: readonly { key: RelationSortKey; label: string }[] = [
	{ key: 'source', label: 'Source' },
	{ key: 'type', label: 'Relation' },
	{ key: 'stance', label: 'Stance' },
	{ key: 'asserter', label: 'Asserted by' },
	{ key: 'target', label: 'Target' },
	{ key: 'date', label: 'Date' },
	{ key: 'quotes', label: 'Quotes' }
];

/** One row per relation, in the dataset's order. */
export function relationRows(index: DatasetIndex): RelationRow[] {
	const name = (id: string) => must(index.entity.get(id), `entity ${id}`).name;
	return index.dataset.relations.map((relation) => ({
		id: relation.id,
		source: name(relation.source),
		type: relation.type,
		stance: relation.stance,
		asserter: asserterName(index, relation),
		target: name(relation.target),
		date: relation.date,
		displayDate: relation.date === null ? UNDATED : formatPartialDate(relation.date),
		quoteCount: relation.evidence.length,
		directed: relation.directed,
		label: relationLabel(index, relation)
	}));
}

const compareText = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'accent' });

/**
 * ISO partial dates compare chronologically as plain strings: a year sorts
 * before the months inside it, a month before its days.
 */
const compareIsoDates = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const stanceRank = (stance: Stance) => STANCES.indexOf(stance);

/** Ascending comparison of two rows on one column; dates are handled apart because nulls stay last. */
function compareOn(key: Exclude<RelationSortKey, 'date'>, a: RelationRow, b: RelationRow): number {
	switch (key) {
		case 'stance':
			return stanceRank(a.stance) - stanceRank(b.stance);
		case 'quotes':
			return a.quoteCount - b.quoteCount;
		case 'source':
		case 'type':
		case 'asserter':
		case 'target':
			return compareText(a[key], b[key]);
	}
}

/**
 * A new array sorted on one column. Stable in both directions (descending
 * negates the comparison rather than reversing, so ties keep the dataset order),
 * and undated rows go last whichever way dates are sorted.
 */
export function sortRows(rows: readonly RelationRow[], key: RelationSortKey, direction: SortDirection): RelationRow[] {
	const sign = direction === 'ascending' ? 1 : -1;
	const compare =
		key === 'date'
			? (a: RelationRow, b: RelationRow) => {
					if (a.date === null || b.date === null) return (a.date === null ? 1 : 0) - (b.date === null ? 1 : 0);
					return sign * compareIsoDates(a.date, b.date);
				}
			: (a: RelationRow, b: RelationRow) => sign * compareOn(key, a, b);
	// Array.prototype.sort is stable since ES2019.
	return [...rows].sort(compare);
}

/** What a click on a column header does: a new column sorts ascending, the same column flips. */
export function nextSort(current: TableSort | null, key: RelationSortKey): TableSort {
	if (current?.key !== key) return { key, direction: 'ascending' };
	return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

/** The `aria-sort` value of a column header. */
export function ariaSort(current: TableSort | null, key: RelationSortKey): SortDirection | 'none' {
	return current?.key === key ? current.direction : 'none';
}
