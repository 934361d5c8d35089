import { describe, expect, it } from 'vitest';
import type { EntityKind } from '../../src/lib/dataset/schema';
import { clusterMembers, handMerges, matchNames, pairKey, proposeMerges, splitOff, type ActorRecord } from '../../src/lib/model/merge';
import { exactKey, foldName, spellingKey } from '../../src/lib/model/names';

describe('name keys', () => {
	it('fold accents, case, apostrophes and punctuation', () => {
		expect(foldName('Al-Qa’ida')).toBe('al qaida');
		expect(foldName('Ḥaqqānī  Network')).toBe('haqqani network');
	});
	it('drop titles and leading articles from the exact key', () => {
		expect(exactKey('The Haqqani Network')).toBe('haqqani network');
		expect(exactKey('Mullah Mohammad Omar')).toBe('mohammad omar');
		expect(exactKey('al-Qaeda')).toBe('qaeda');
	});
	it('give every transliteration of a name one spelling key', () => {
		const keys = ["al-Qa'ida", 'al-Qa’ida', 'al-Qaeda', 'Al Qaida', 'Qaida', 'al-Qaida'].map(spellingKey);
		expect(new Set(keys).size).toBe(1);
		expect(spellingKey('Baluchistan')).toBe(spellingKey('Balochistan'));
		expect(spellingKey('Paktia')).not.toBe(spellingKey('Paktika'));
	});
});

describe('merge proposals', () => {
	const match = (a: string, b: string, person = false) => matchNames(a, b, person, false);
	it('propose strongly what must merge', () => {
		expect(match('Haqqani Network', 'the Haqqani Network')).toMatchObject({ reason: 'same name', strength: 'strong' });
		expect(match('al-Qaeda', 'al-Qa’ida')).toMatchObject({ reason: 'spelling variant', strength: 'strong' });
		expect(match("al-Qa'ida", 'Al Qaida')).toMatchObject({ strength: 'strong' });
		expect(match('Office of Foreign Assets Control', 'OFAC')).toMatchObject({ reason: 'acronym', strength: 'strong' });
		expect(match('Sirajuddin Haqqani', 'Sirajuddin Haqqani', true)).toMatchObject({ strength: 'strong' });
		expect(match('Mullah Sirajuddin Haqqani', 'Sirajuddin Haqqani', true)).toMatchObject({ strength: 'strong' });
	});
	it('only suggest what a person must confirm', () => {
		expect(match('Sirajuddin Haqqani', 'Siraj Haqqani', true)).toMatchObject({ reason: 'short name', strength: 'weak' });
		expect(match('Khalil Haqqani', 'Khalil al-Rahman Haqqani', true)).toMatchObject({ strength: 'weak' });
	});
	it('never match what must not merge', () => {
		expect(match('Haqqani', 'Sirajuddin Haqqani', true)).toBeNull();
		expect(match('Jalaluddin Haqqani', 'Badruddin Haqqani', true)).toBeNull();
		expect(match('Jalaluddin Haqqani', 'Sirajuddin Haqqani', true)).toBeNull();
		expect(match('Nasiruddin Haqqani', 'Sirajuddin Haqqani', true)).toBeNull();
		expect(match('Haqqani Network', 'Taliban')).toBeNull();
		expect(match('Islamic State', 'Islamic Emirate')).toBeNull();
		expect(match('ISIS', 'Islamic State')).toBeNull();
		expect(match('US Treasury Department', 'US Treasury document of 4 January 2021')).toBeNull();
		// Stand-ins for a name inside one article name nothing across articles.
		expect(matchNames('the group', 'The Group', false, true)).toBeNull();
		expect(matchNames('the network', 'the Network', false, true)).toBeNull();
	});

	const actor = (dataset: string, id: string, name: string, kind: EntityKind, aliases: string[] = []): ActorRecord => ({ ref: { dataset, id }, name, aliases, kind });
	const actors = [
		actor('seed', 'al-qaeda', 'al-Qaeda', 'armed group'),
		actor('seed', 'haqqani-network', 'Haqqani Network', 'armed group'),
		actor('seed', 'jalaluddin-haqqani', 'Jalaluddin Haqqani', 'person'),
		actor('t1', 'aq', "al-Qa'ida", 'armed group', ['AQ']),
		actor('t1', 'hn', 'Haqqani Network', 'armed group', ['HQN']),
		actor('t1', 'siraj', 'Sirajuddin Haqqani', 'person', ['Siraj Haqqani']),
		actor('t1', 'haqqani-person', 'Haqqani', 'person'),
		actor('t2', 'siraj', 'Siraj Haqqani', 'person'),
		actor('t2', 'aq', 'al-Qa’ida', 'armed group'),
		actor('t2', 'hn-person', 'Haqqani', 'person')
	];

	it('join the same actor across articles and never within one', () => {
		const proposals = proposeMerges(actors);
		const clusters = clusterMembers(actors.map((a) => a.ref), proposals, {});
		const groupOf = (dataset: string, id: string) => clusters.get(`${dataset}/${id}`);
		expect(groupOf('t1', 'aq')).toBe(groupOf('seed', 'al-qaeda'));
		expect(groupOf('t2', 'aq')).toBe(groupOf('seed', 'al-qaeda'));
		expect(groupOf('t1', 'hn')).toBe(groupOf('seed', 'haqqani-network'));
		// Through an alias, strongly: t1's Sirajuddin lists "Siraj Haqqani".
		expect(groupOf('t2', 'siraj')).toBe(groupOf('t1', 'siraj'));
		// Bare surnames stay apart from everyone.
		expect(groupOf('t1', 'haqqani-person')).toBe('t1/haqqani-person');
		expect(groupOf('t2', 'hn-person')).toBe('t2/hn-person');
		expect(groupOf('seed', 'jalaluddin-haqqani')).toBe('seed/jalaluddin-haqqani');
	});

	it('let the analyst refuse a proposal, confirm a weak one, and split a member off', () => {
		const people = [actor('a', 'x', 'Sirajuddin Haqqani', 'person'), actor('b', 'y', 'Siraj Haqqani', 'person')];
		const proposals = proposeMerges(people);
		expect(proposals).toHaveLength(1);
		const refs = people.map((a) => a.ref);
		expect(clusterMembers(refs, proposals, {}).get('b/y')).toBe('b/y');
		const confirmed = { [proposals[0]!.key]: 'merge' as const };
		expect(clusterMembers(refs, proposals, confirmed).get('b/y')).toBe('a/x');
		const split = splitOff({ dataset: 'b', id: 'y' }, proposals, confirmed);
		expect(clusterMembers(refs, proposals, split).get('b/y')).toBe('b/y');

		const all = proposeMerges(actors);
		const aq = all.find((p) => p.key === 'seed/al-qaeda|t1/aq')!;
		const refused = clusterMembers(actors.map((a) => a.ref), all, { [aq.key]: 'separate' });
		// Still joined through the other article's al-Qa’ida, which matches both.
		expect(refused.get('t1/aq')).toBe('seed/al-qaeda');
		const splitAll = splitOff({ dataset: 't1', id: 'aq' }, all, {});
		expect(clusterMembers(actors.map((a) => a.ref), all, splitAll).get('t1/aq')).toBe('t1/aq');
	});

	it('key a pair as decisions saved before were keyed: the two member keys sorted and joined', () => {
		const refs = [{ dataset: 'b', id: 'x' }, { dataset: 'B', id: 'y' }, { dataset: 'é', id: 'z' }, { dataset: 'e', id: 'z' }, { dataset: 'a-b', id: 'c' }, { dataset: 'a', id: 'b-c' }, { dataset: '😀', id: 'q' }];
		for (const a of refs)
			for (const b of refs) expect(pairKey(a, b)).toBe([`${a.dataset}/${a.id}`, `${b.dataset}/${b.id}`].sort().join('|'));
	});

	it('lead each merged actor by its earliest member, whatever the proposals’ order, and join two through a member no longer listed', () => {
		const proposals = proposeMerges(actors);
		const refs = actors.map((a) => a.ref);
		const forwards = clusterMembers(refs, proposals, {});
		expect(clusterMembers(refs, [...proposals].reverse(), {})).toEqual(forwards);
		expect(forwards.get('t2/aq')).toBe('seed/al-qaeda');
		// Merges by hand with a member of a dataset since taken out of the corpus still tie the two on either side of it.
		const decisions = { 'gone/x|seed/jalaluddin-haqqani': 'merge' as const, 'gone/x|t1/hn': 'merge' as const };
		const byHand = handMerges(proposals, decisions);
		expect(byHand).toHaveLength(2);
		const clusters = clusterMembers(refs, [...proposals, ...byHand], decisions);
		expect(clusters.get('t1/hn')).toBe('seed/haqqani-network');
		expect(clusters.get('seed/jalaluddin-haqqani')).toBe('seed/haqqani-network');
		expect(clusters.has('gone/x')).toBe(false);
		expect(handMerges(proposals, { [proposals[0]!.key]: 'separate' })).toEqual([]);
	});
});
