import { describe, expect, it } from 'vitest';
import { citedQuotes } from '../../src/lib/briefing/cited-quotes';
import { indexDataset } from '../../src/lib/dataset/lookup';
import { loadSeed } from './seed';

const index = indexDataset(loadSeed());
const all = new Set(index.dataset.relations.map((relation) => relation.id));

describe('citedQuotes', () => {
	it('cites a denial as a denial, by its source', () => {
		const [first] = citedQuotes(index, { kind: 'relation', id: 'source-denies-taliban-al-qaeda-cooperation' }, all);
		expect(first!.stance).toBe('denied');
		expect(first!.citation).toBe('Taliban cooperate with al-Qaeda, denied by Taliban source quoted by The Telegraph');
	});

	it('gives an actor’s own quotes first, then its visible relations’, each quote once', () => {
		const cited = citedQuotes(index, { kind: 'entity', id: 'jalaluddin-haqqani' }, all);
		expect(cited.map((item) => item.quote.id)).toEqual(['q-founded']);
		expect(cited[0]!.citation).toBe('About Jalaluddin Haqqani, in the article');
		const haqqani = citedQuotes(index, { kind: 'entity', id: 'haqqani-network' }, all, 50);
		expect(new Set(haqqani.map((item) => item.quote.id)).size).toBe(haqqani.length);
	});

	it('leaves out relations the filters hide, and caps the list', () => {
		const onlyFounding = new Set(['jalaluddin-founded-haqqani']);
		const cited = citedQuotes(index, { kind: 'entity', id: 'haqqani-network' }, onlyFounding, 50);
		expect(cited.every((item) => item.stance === null || item.citation.startsWith('Jalaluddin Haqqani founded'))).toBe(true);
		expect(citedQuotes(index, { kind: 'entity', id: 'haqqani-network' }, all, 3)).toHaveLength(3);
		expect(citedQuotes(index, null, all)).toEqual([]);
	});
});

describe('describeView', async () => {
	const { describeView } = await import('../../src/lib/briefing/describe-view');
	it('summarises a view in a line', () => {
		expect(describeView(index, '')).toBe('The whole picture');
		expect(describeView(index, '?actor=haqqani-network&types=funding&from=2020-01&to=2020-12')).toBe(
			'Haqqani Network · funding only · Jan 2020 – Dec 2020'
		);
		expect(describeView(index, '?link=source-denies-taliban-al-qaeda-cooperation&by=taliban-source')).toBe(
			'Taliban cooperate with al-Qaeda · said by Taliban source quoted by The Telegraph'
		);
	});
});
