import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/lib/dataset/lookup';
import { loadSeed } from './seed';

const index = indexDataset(loadSeed());
const all = new Set(index.dataset.relations.map((relation) => relation.id));

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
