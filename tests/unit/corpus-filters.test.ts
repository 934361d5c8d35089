import { describe, expect, it } from 'vitest';
import { indexCorpus } from '../../src/lib/dataset/lookup';
import type { Dataset } from '../../src/lib/dataset/schema';
import { modelOfCorpus } from '../../src/lib/model/corpus';
import type { ClaimSource } from '../../src/lib/model/types';
import { claimPasses, defaultFilters, supportCount, visibleRelations, type Filters } from '../../src/lib/view/filters';
import { decodeView, defaultView, encodeView } from '../../src/lib/view/url-state';
import { loadSeed } from './seed';

const source = (article: string, publisher: string, stance: ClaimSource['stance'], date: string | null = null, assertedBy: string | null = null): ClaimSource => ({
	article,
	publisher,
	published: null,
	relationId: 'r',
	stance,
	assertedBy,
	date,
	evidence: []
});
const filters = (changes: Partial<Filters>): Filters => ({ ...defaultFilters(), ...changes });

describe('a claim judged by its sources', () => {
	const claim = [source('a', 'Paper', 'asserted', '2011'), source('b', 'Paper', 'believed', '2012'), source('c', 'Wire', 'denied', '2013', 'x')];

	it('counts support in distinct articles or publishers, never a denial', () => {
		expect(supportCount(claim, 'articles')).toBe(2);
		expect(supportCount(claim, 'publishers')).toBe(1);
	});
	it('needs enough support among the sources shown', () => {
		expect(claimPasses(claim, filters({ minSupport: 2, supportBy: 'articles' }))).toBe(true);
		expect(claimPasses(claim, filters({ minSupport: 2, supportBy: 'publishers' }))).toBe(false);
		expect(claimPasses(claim, filters({ minSupport: 2, articles: new Set(['a', 'c']) }))).toBe(false);
	});
	it('is contested by a denial in scope, even when the stance filter hides the denial', () => {
		expect(claimPasses(claim, filters({ contestedOnly: true }))).toBe(true);
		expect(claimPasses(claim, filters({ contestedOnly: true, stances: new Set(['asserted']) }))).toBe(true);
		expect(claimPasses(claim, filters({ contestedOnly: true, publishers: new Set(['Paper']) }))).toBe(false);
	});
	it('keeps only the sources in the time window, articles and publishers chosen', () => {
		expect(claimPasses(claim, filters({ window: { from: '2013-01', to: '2013-12' } }))).toBe(true);
		expect(claimPasses(claim, filters({ window: { from: '2013-01', to: '2013-12' }, stances: new Set(['asserted']) }))).toBe(false);
		expect(claimPasses(claim, filters({ publishers: new Set(['Nobody']) }))).toBe(false);
		expect(claimPasses(claim, filters({ asserters: new Set(['x']) }))).toBe(true);
		expect(claimPasses(claim, filters({ asserters: new Set(['y']) }))).toBe(false);
	});
});

/** The seed and a second article from another publisher that repeats one claim and denies another. */
function twoArticles(): Dataset[] {
	const seed = loadSeed();
	const other = structuredClone(seed);
	other.slug = 'other';
	other.article = { ...other.article, title: 'Other', publisher: 'Other Wire, Inc.', published: '2021-03' };
	const denied = other.relations.find((relation) => relation.type === 'funding')!;
	denied.stance = 'denied';
	return [seed, other];
}

describe('a corpus view', () => {
	const [seed, other] = twoArticles();
	const index = indexCorpus(modelOfCorpus('pair', 'Pair', [seed!, other!], { actors: {}, places: {} }));

	it('shows every claim by default, the contested ones alone when asked', () => {
		expect(visibleRelations(index.dataset, defaultFilters()).size).toBe(index.relations.length);
		const contested = visibleRelations(index.dataset, filters({ contestedOnly: true }));
		expect([...contested]).toEqual(index.relations.filter((claim) => claim.contested).map((claim) => claim.id));
		expect(contested.size).toBeGreaterThan(0);
	});
	it('with two publishers required, keeps the claims both articles hold up', () => {
		const both = visibleRelations(index.dataset, filters({ minSupport: 2, supportBy: 'publishers' }));
		expect(both.size).toBeGreaterThan(0);
		for (const id of both) expect(index.relation.get(id)!.publisherCount).toBeGreaterThanOrEqual(2);
		expect(both.size).toBe(index.relations.filter((claim) => claim.publisherCount >= 2).length);
	});
	it('round-trips its filters through the address, a publisher with a comma included', () => {
		const view = { ...defaultView(), filters: filters({ publishers: new Set(['Other Wire, Inc.']), articles: new Set(['other']), minSupport: 2, supportBy: 'publishers', contestedOnly: true }) };
		const encoded = encodeView(view);
		expect(encoded).toContain('support=2-publishers');
		expect(encoded).toContain('contested=only');
		const decoded = decodeView(encoded, index.dataset);
		expect(decoded.notices).toEqual([]);
		expect(decoded.view.filters.publishers).toEqual(new Set(['Other Wire, Inc.']));
		expect(decoded.view.filters.articles).toEqual(new Set(['other']));
		expect(decoded.view.filters.minSupport).toBe(2);
		expect(decoded.view.filters.supportBy).toBe('publishers');
		expect(decoded.view.filters.contestedOnly).toBe(true);
	});
	it('drops unknown articles and publishers and bad support values with a notice', () => {
		const decoded = decodeView('?articles=nope&publishers=Nobody&support=zero&contested=maybe', index.dataset);
		expect(decoded.view.filters.articles).toBeNull();
		expect(decoded.view.filters.publishers).toBeNull();
		expect(decoded.view.filters.minSupport).toBe(1);
		expect(decoded.view.filters.contestedOnly).toBe(false);
		expect(decoded.notices).toHaveLength(4);
	});
});
