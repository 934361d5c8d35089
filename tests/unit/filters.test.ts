import { describe, expect, it } from 'vitest';
import { RELATION_TYPES } from '../../src/lib/dataset/schema';
import {
	activeFilterParts,
	dateRange,
	datedExtent,
	defaultFilters,
	neighbourhood,
	typeCounts,
	visibility,
	visibleRelations
} from '../../src/lib/view/filters';
import { loadSeed } from './seed';

const seed = loadSeed();
const all = seed.relations.length;

describe('visibleRelations', () => {
	it('shows everything by default', () => {
		expect(visibleRelations(seed, defaultFilters()).size).toBe(all);
	});

	it('shows only funding relations when only funding is on', () => {
		const filters = defaultFilters();
		filters.types = new Set(['funding']);
		const visible = visibleRelations(seed, filters);
		const funding = seed.relations.filter((relation) => relation.type === 'funding');
		expect(funding.length).toBeGreaterThan(0);
		expect([...visible].sort()).toEqual(funding.map((relation) => relation.id).sort());
	});

	it('hides the denial when only asserted relations show', () => {
		const filters = defaultFilters();
		filters.stances = new Set(['asserted']);
		const visible = visibleRelations(seed, filters);
		expect(visible.has('source-denies-taliban-al-qaeda-cooperation')).toBe(false);
		expect(seed.relations.filter((relation) => visible.has(relation.id)).every((relation) => relation.stance === 'asserted')).toBe(true);
	});

	it('shows only what the US Treasury document says, or that beside the Taliban source’s denial', () => {
		const filters = defaultFilters();
		filters.asserters = new Set(['treasury-document']);
		const documentOnly = visibleRelations(seed, filters);
		expect(seed.relations.filter((relation) => documentOnly.has(relation.id)).every((relation) => relation.assertedBy === 'treasury-document')).toBe(true);
		filters.asserters = new Set(['treasury-document', 'taliban-source']);
		const both = visibleRelations(seed, filters);
		expect(both.has('source-denies-taliban-al-qaeda-cooperation')).toBe(true);
		expect(both.size).toBeGreaterThan(documentOnly.size);
	});

	it('drops the 2008 embassy attack from a 2020 window and keeps undated relations unless asked', () => {
		const filters = defaultFilters();
		filters.window = { from: '2020-01', to: '2020-12' };
		let visible = visibleRelations(seed, filters);
		expect(visible.has('haqqani-indian-embassy-attack')).toBe(false);
		expect(visible.has('taliban-us-doha-deal')).toBe(true);
		expect(visible.has('haqqani-affiliated-with-taliban')).toBe(true);
		filters.showUndated = false;
		visible = visibleRelations(seed, filters);
		expect(visible.has('haqqani-affiliated-with-taliban')).toBe(false);
		expect(visible.has('document-answers-inspector-general')).toBe(false);
	});

	it('focuses on an actor and its neighbours at depth 1 and 2', () => {
		const filters = defaultFilters();
		filters.focus = { entityId: 'jalaluddin-haqqani', depth: 1 };
		expect([...visibleRelations(seed, filters)]).toEqual(['jalaluddin-founded-haqqani']);
		filters.focus.depth = 2;
		const wider = visibleRelations(seed, filters);
		expect(wider.has('haqqani-al-qaeda-joint-unit')).toBe(true);
		expect(wider.has('treasury-issued-document')).toBe(false);
	});
});

describe('visibility', () => {
	it('fades entities and places left with no visible relation', () => {
		const filters = defaultFilters();
		filters.types = new Set(['funding']);
		const seen = visibility(seed, filters);
		expect(seen.entities.has('al-qaeda')).toBe(true);
		expect(seen.entities.has('the-telegraph')).toBe(false);
		expect(seen.places.has('doha')).toBe(false);
		// The Haqqani Network's safe haven stays lit while the network is.
		expect(seen.places.has('north-waziristan')).toBe(true);
		expect(seen.filtered).toBe(true);
	});
});

describe('helpers', () => {
	it('reads partial dates as month ranges', () => {
		expect(dateRange('2008')).toEqual({ from: '2008-01', to: '2008-12' });
		expect(dateRange('2020-02-29')).toEqual({ from: '2020-02', to: '2020-02' });
	});

	it('finds the dated extent of the seed: 2008 to January 2021', () => {
		expect(datedExtent(seed)).toEqual({ from: '2008-01', to: '2021-01' });
	});

	it('counts relations per type under the other filters', () => {
		const filters = defaultFilters();
		filters.stances = new Set(['asserted']);
		const counts = typeCounts(seed, filters);
		expect(counts.size).toBe(RELATION_TYPES.length);
		expect(counts.get('cooperation')).toBe(1);
		filters.types = new Set(['attack']);
		expect(typeCounts(seed, filters).get('cooperation')).toBe(1);
	});

	it('walks neighbourhoods', () => {
		expect([...neighbourhood(seed.relations, 'the-telegraph', 1)].sort()).toEqual(['taliban-source', 'the-telegraph']);
	});

	it('names the active filters', () => {
		const filters = defaultFilters();
		expect(activeFilterParts(filters)).toEqual([]);
		filters.showUndated = false;
		filters.focus = { entityId: 'taliban', depth: 1 };
		expect(activeFilterParts(filters)).toEqual(['undated', 'focus']);
	});
});

describe('timelineTicks', () => {
	it('marks each month in which a dated relation starts once, in order, whatever the number of relations', async () => {
		const { timelineTicks, monthIndex } = await import('../../src/lib/view/timeline');
		const relations = [{ date: '2020-03-04' }, { date: null }, { date: '2008' }, { date: '2020-03' }, { date: '2020-03-31' }, { date: '2019-12' }];
		expect(timelineTicks(relations)).toEqual([monthIndex('2008-01'), monthIndex('2019-12'), monthIndex('2020-03')]);
		const many = Array.from({ length: 10_000 }, (_, n) => ({ date: `20${String(10 + (n % 12)).padStart(2, '0')}-${String((n % 12) + 1).padStart(2, '0')}` }));
		expect(timelineTicks(many)).toHaveLength(12);
		// The seed: one tick per distinct month its dated relations start in.
		const seed = loadSeed();
		const months = new Set(seed.relations.filter((relation) => relation.date).map((relation) => monthIndex(dateRange(relation.date!).from)));
		expect(timelineTicks(seed.relations)).toEqual([...months].sort((a, b) => a - b));
	});
});
