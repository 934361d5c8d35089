import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/lib/dataset/lookup';
import { supportedBy } from '../../src/lib/model/evidence';
import { normalise, searchDataset, selectionForResult } from '../../src/lib/view/search';
import { clampWindow, monthAt, monthIndex, monthLabel } from '../../src/lib/view/timeline';
import { loadSeed } from './seed';

const index = indexDataset(loadSeed());

describe('searchDataset', () => {
	it('finds actors by name and alias, best match first', () => {
		expect(searchDataset(index, 'haqq')[0]).toMatchObject({ kind: 'entity', id: 'haqqani-network' });
		expect(searchDataset(index, 'Afghan Taliban')[0]).toMatchObject({ kind: 'entity', id: 'taliban' });
		expect(searchDataset(index, 'UK daily')[0]).toMatchObject({ kind: 'entity', id: 'the-telegraph' });
	});

	it('finds places and quotes, folding case, accents and typographic apostrophes', () => {
		expect(searchDataset(index, 'waziristan')[0]).toMatchObject({ kind: 'place', id: 'north-waziristan' });
		const quotes = searchDataset(index, "don't see any").filter((result) => result.kind === 'quote');
		expect(quotes[0]?.label).toContain('don’t see any on-ground cooperation');
	});

	it('returns nothing for an empty or unmatched query, and at most the limit', () => {
		expect(searchDataset(index, '   ')).toEqual([]);
		expect(searchDataset(index, 'zeppelin')).toEqual([]);
		expect(searchDataset(index, 'the', 5)).toHaveLength(5);
	});

	it('selects a quote’s relation when it supports one', () => {
		const [result] = searchDataset(index, 'Honestly').filter((item) => item.kind === 'quote');
		expect(selectionForResult(result!, supportedBy(index, result!.id))).toEqual({
			kind: 'relation',
			id: 'source-denies-taliban-al-qaeda-cooperation'
		});
	});

	it('normalises dashes and quotes', () => {
		expect(normalise('“Al-Qaeda’s”  — ok')).toBe('al qaedas ok');
	});
});

describe('timeline months', () => {
	it('round-trips months and labels them', () => {
		expect(monthAt(monthIndex('2020-02'))).toBe('2020-02');
		expect(monthIndex('2021-01') - monthIndex('2020-01')).toBe(12);
		expect(monthLabel('2020-05')).toBe('May 2020');
		expect(clampWindow(5, 1, 0, 10)).toEqual([1, 5]);
		expect(clampWindow(-3, 30, 0, 10)).toEqual([0, 10]);
	});
});
