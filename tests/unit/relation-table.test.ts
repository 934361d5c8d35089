import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/lib/dataset/lookup';
import { STANCES } from '../../src/lib/dataset/schema';
import {
	ariaSort,
	nextSort,
	relationRows,
	sortRows,
	type RelationRow
} from '../../src/lib/view/relation-table';
import { loadSeed } from './seed';

const index = indexDataset(loadSeed());
const rows = relationRows(index);
const datasetOrder = (subset: RelationRow[]) => subset.map((row) => rows.indexOf(row));

/** A row with only the fields a test cares about, for cases the seed does not have. */
function row(id: string, fields: Partial<RelationRow>): RelationRow {
	return {
		id,
		source: 'A',
		type: 'funding',
		stance: 'asserted',
		asserter: 'the article',
		target: 'B',
		date: null,
		displayDate: 'undated',
		quoteCount: 1,
		directed: true,
		label: id,
		...fields
	};
}

describe('relationRows', () => {
	it('has one row per relation, in the dataset order', () => {
		expect(rows).toHaveLength(index.dataset.relations.length);
		expect(rows.map((r) => r.id)).toEqual(index.dataset.relations.map((relation) => relation.id));
	});

	it('names the article as asserter where assertedBy is null, else the entity', () => {
		for (const relation of index.dataset.relations) {
			const found = rows.find((r) => r.id === relation.id)!;
			const expected = relation.assertedBy === null ? 'the article' : index.entity.get(relation.assertedBy)!.name;
			expect(found.asserter).toBe(expected);
		}
		expect(rows.some((r) => r.asserter === 'the article')).toBe(true);
		expect(rows.some((r) => r.asserter !== 'the article')).toBe(true);
	});

	it('resolves names, counts quotes and formats dates', () => {
		const first = rows.find((r) => r.id === 'haqqani-affiliated-with-taliban')!;
		expect(first.source).toBe(index.entity.get('haqqani-network')!.name);
		expect(first.target).toBe(index.entity.get('taliban')!.name);
		expect(first.quoteCount).toBe(1);
		expect(first.displayDate).toBe('undated');
		const dated = rows.find((r) => r.date === '2020-05')!;
		expect(dated.displayDate).toBe('May 2020');
		expect(rows.find((r) => r.id === 'haqqani-al-qaeda-joint-unit')!.quoteCount).toBe(3);
	});
});

describe('sortRows by date', () => {
	const datesOf = (sorted: RelationRow[]) => sorted.map((r) => r.date);

	it('sorts ascending chronologically with partial dates, undated last', () => {
		const dates = datesOf(sortRows(rows, 'date', 'ascending'));
		const dated = dates.filter((d) => d !== null);
		expect(dates.slice(dated.length).every((d) => d === null)).toBe(true);
		expect(dated[0]).toBe('2008');
		// '2020' sits before the months and days inside it; '2020-02-29' before '2020-05'.
		expect([...new Set(dated)]).toEqual(['2008', '2020', '2020-02-29', '2020-05', '2021-01-04']);
	});

	it('sorts descending with undated still last', () => {
		const dates = datesOf(sortRows(rows, 'date', 'descending'));
		const dated = dates.filter((d) => d !== null);
		expect(dates.slice(dated.length).every((d) => d === null)).toBe(true);
		expect([...new Set(dated)]).toEqual(['2021-01-04', '2020-05', '2020-02-29', '2020', '2008']);
	});

	it('orders the example partial dates chronologically', () => {
		const sample = [
			row('d', { date: '2021-01-04' }),
			row('n', {}),
			row('c', { date: '2020-05' }),
			row('a', { date: '2008' }),
			row('b', { date: '2020-02-29' })
		];
		expect(sortRows(sample, 'date', 'ascending').map((r) => r.id)).toEqual(['a', 'b', 'c', 'd', 'n']);
		expect(sortRows(sample, 'date', 'descending').map((r) => r.id)).toEqual(['d', 'c', 'b', 'a', 'n']);
	});
});

describe('sortRows by stance', () => {
	it('follows the order of STANCES, strongest first, not the alphabet', () => {
		const stances = sortRows(rows, 'stance', 'ascending').map((r) => r.stance);
		const ranks = stances.map((stance) => STANCES.indexOf(stance));
		expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
		expect(stances[0]).toBe('asserted');
		expect(stances.at(-1)).toBe('denied');
	});

	it('reverses that order when descending', () => {
		const stances = sortRows(rows, 'stance', 'descending').map((r) => r.stance);
		expect(stances[0]).toBe('denied');
		expect(stances.at(-1)).toBe('asserted');
	});
});

describe('sortRows stability', () => {
	it('keeps the dataset order among equal keys, in both directions', () => {
		for (const direction of ['ascending', 'descending'] as const) {
			for (const key of ['stance', 'date', 'asserter', 'quotes'] as const) {
				const sorted = sortRows(rows, key, direction);
				const groups = new Map<string, RelationRow[]>();
				for (const r of sorted) {
					const value = key === 'quotes' ? String(r.quoteCount) : String(r[key]);
					groups.set(value, [...(groups.get(value) ?? []), r]);
				}
				for (const group of groups.values()) {
					const order = datasetOrder(group);
					expect(order).toEqual([...order].sort((a, b) => a - b));
				}
			}
		}
	});

	it('does not change the array it is given', () => {
		const copy = [...rows];
		sortRows(rows, 'source', 'descending');
		expect(rows).toEqual(copy);
	});
});

describe('sortRows on text and numbers', () => {
	it('sorts text case-insensitively, ties in input order', () => {
		const sample = [
			row('1', { source: 'beta' }),
			row('2', { source: 'Alpha' }),
			row('3', { source: 'alpha' }),
			row('4', { source: 'Gamma' })
		];
		expect(sortRows(sample, 'source', 'ascending').map((r) => r.id)).toEqual(['2', '3', '1', '4']);
		expect(sortRows(sample, 'source', 'descending').map((r) => r.id)).toEqual(['4', '1', '2', '3']);
	});

	it('sorts the seed targets with localeCompare', () => {
		const targets = sortRows(rows, 'target', 'ascending').map((r) => r.target);
		for (let i = 1; i < targets.length; i++) {
			expect(targets[i - 1]!.localeCompare(targets[i]!, 'en', { sensitivity: 'accent' })).toBeLessThanOrEqual(0);
		}
	});

	it('sorts quote counts numerically', () => {
		const sample = [row('ten', { quoteCount: 10 }), row('two', { quoteCount: 2 }), row('one', { quoteCount: 1 })];
		expect(sortRows(sample, 'quotes', 'ascending').map((r) => r.id)).toEqual(['one', 'two', 'ten']);
	});
});

describe('header behaviour', () => {
	it('sorts a new column ascending and flips the same column', () => {
		const first = nextSort(null, 'date');
		expect(first).toEqual({ key: 'date', direction: 'ascending' });
		const second = nextSort(first, 'date');
		expect(second).toEqual({ key: 'date', direction: 'descending' });
		expect(nextSort(second, 'date').direction).toBe('ascending');
		expect(nextSort(second, 'source')).toEqual({ key: 'source', direction: 'ascending' });
	});

	it('reports aria-sort only on the sorted column', () => {
		const sort = { key: 'stance', direction: 'descending' } as const;
		expect(ariaSort(sort, 'stance')).toBe('descending');
		expect(ariaSort(sort, 'date')).toBe('none');
		expect(ariaSort(null, 'date')).toBe('none');
	});
});
