import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/lib/dataset/schema';
import { claimKey, countClaim, headlineStance, isContested } from '../../src/lib/model/claims';
import { corpusProposals, modelOfCorpus } from '../../src/lib/model/corpus';
import { modelOfDataset } from '../../src/lib/model/dataset-model';
import { loadSeed } from './seed';

/** A second article that says some of the same things, spelled its own way, from another publisher. */
function echoOfSeed(): Dataset {
	const seed = structuredClone(loadSeed());
	seed.slug = 'echo';
	seed.article = { ...seed.article, title: 'Echo', publisher: 'Another Paper', published: '2021-02-01' };
	const alQaeda = seed.entities.find((entity) => entity.id === 'al-qaeda')!;
	alQaeda.id = 'aq';
	alQaeda.name = 'al-Qa’ida';
	for (const relation of seed.relations) {
		if (relation.source === 'al-qaeda') relation.source = 'aq';
		if (relation.target === 'al-qaeda') relation.target = 'aq';
	}
	// This paper's source denies the funding the seed's document asserts.
	const funding = seed.relations.find((relation) => relation.id === 'al-qaeda-funds-taliban')!;
	funding.stance = 'denied';
	funding.assertedBy = 'taliban-source';
	return seed;
}

describe('claims', () => {
	it('key undirected ties the same whichever way round', () => {
		expect(claimKey('a', 'b', 'cooperation', false)).toBe(claimKey('b', 'a', 'cooperation', false));
		expect(claimKey('a', 'b', 'funding', true)).not.toBe(claimKey('b', 'a', 'funding', true));
	});
	it('are contested when one source asserts what another denies, not when a plan is denied', () => {
		const source = (stance: 'asserted' | 'denied' | 'proposed') => ({ stance, assertedBy: null, article: 'x' });
		expect(isContested([source('asserted'), source('denied')])).toBe(true);
		expect(isContested([source('proposed'), source('denied')])).toBe(false);
		expect(isContested([source('asserted'), source('asserted')])).toBe(false);
		expect(headlineStance([source('denied'), source('proposed')])).toBe('proposed');
	});
	it('count supporting articles and distinct publishers, and the span of dates', () => {
		const articles = new Map([
			['a', { id: 'a', title: 'A', publisher: 'Paper', published: '2020-01', url: null, text: '' }],
			['b', { id: 'b', title: 'B', publisher: 'paper ', published: '2021', url: null, text: '' }],
			['c', { id: 'c', title: 'C', publisher: 'Other', published: null, url: null, text: '' }]
		]);
		const source = (article: string, stance: 'asserted' | 'denied', date: string | null) => ({ article, publisher: '', published: null, relationId: 'r', stance, assertedBy: null, date, evidence: [] });
		expect(countClaim([source('a', 'asserted', null), source('b', 'asserted', '2019'), source('c', 'denied', '2022-05')], articles)).toEqual({
			articleCount: 2,
			publisherCount: 1,
			earliest: '2019',
			latest: '2022-05'
		});
	});
});

describe('a corpus model', () => {
	const seed = loadSeed();
	const corpus = modelOfCorpus('test', 'Test', [seed, echoOfSeed()], { actors: {}, places: {} });

	it('has one node per actor and one point per place across articles', () => {
		expect(corpus.entities).toHaveLength(seed.entities.length);
		expect(corpus.places).toHaveLength(seed.places.length);
		const alQaeda = corpus.entity.get('al-qaeda')!;
		expect(alQaeda.name).toBe('al-Qaeda');
		expect(alQaeda.aliases).toContain('al-Qa’ida');
		expect(alQaeda.articles).toEqual([seed.slug, 'echo']);
		expect(alQaeda.members).toEqual([{ dataset: seed.slug, id: 'al-qaeda' }, { dataset: 'echo', id: 'aq' }]);
		expect(corpus.mergedId.get('echo/aq')).toBe('al-qaeda');
	});

	it('is the same model from proposals made once and kept across decisions', () => {
		const datasets = [seed, echoOfSeed()];
		const proposals = corpusProposals(datasets);
		const keep = proposals.actorProposals.find((proposal) => proposal.key === `echo/aq|${seed.slug}/al-qaeda`)!;
		for (const decisions of [{ actors: {}, places: {} }, { actors: { [keep.key]: 'separate' as const }, places: {} }]) {
			const kept = modelOfCorpus('test', 'Test', datasets, decisions, proposals);
			expect(kept).toEqual(modelOfCorpus('test', 'Test', datasets, decisions));
			expect(kept.actorProposals).toBe(proposals.actorProposals);
		}
		expect(modelOfCorpus('test', 'Test', datasets, { actors: { [keep.key]: 'separate' }, places: {} }, proposals).mergedId.get('echo/aq')).not.toBe('al-qaeda');
	});

	it('makes claims with a source per article, counts them, and finds the contested one', () => {
		const funding = corpus.relations.find((claim) => claim.source === 'al-qaeda' && claim.target === 'taliban' && claim.type === 'funding')!;
		expect(funding.sources.map((source) => [source.article, source.stance])).toEqual([[seed.slug, 'asserted'], ['echo', 'denied']]);
		expect(funding.contested).toBe(true);
		expect(funding.articleCount).toBe(1);
		expect(funding.stance).toBe('asserted');
		const founding = corpus.relations.find((claim) => claim.type === 'founding')!;
		expect(founding).toMatchObject({ articleCount: 2, publisherCount: 2, contested: false });
		// Quotes keep their article, and the evidence of a claim comes from both.
		expect(new Set(founding.evidence.map((id) => corpus.quote.get(id)!.article))).toEqual(new Set([seed.slug, 'echo']));
	});

	it('keeps a refused merge apart', () => {
		const proposal = corpus.actorProposals.find((p) => p.key === `echo/aq|${seed.slug}/al-qaeda`)!;
		expect(proposal).toMatchObject({ reason: 'spelling variant', strength: 'strong' });
		const apart = modelOfCorpus('test', 'Test', [seed, echoOfSeed()], { actors: { [proposal.key]: 'separate' }, places: {} });
		expect(apart.entities).toHaveLength(seed.entities.length + 1);
		expect(apart.entity.get('aq')?.name).toBe('al-Qa’ida');
	});

	it('merges by hand what no proposal joined', () => {
		const key = `echo/us-treasury|${seed.slug}/treasury-document`;
		const joined = modelOfCorpus('test', 'Test', [seed, echoOfSeed()], { actors: { [key]: 'merge' }, places: {} });
		expect(joined.mergedId.get('echo/us-treasury')).toBe(joined.mergedId.get(`${seed.slug}/treasury-document`));
		expect(joined.entities).toHaveLength(seed.entities.length - 1);
	});

	it('is the same as the dataset model for one dataset, less the merging', () => {
		const single = modelOfDataset(seed);
		expect(single.relations).toHaveLength(seed.relations.length);
		expect(single.relations.every((claim) => claim.sources.length === 1 && !claim.contested)).toBe(true);
		expect(single.quote.get(seed.quotes[0]!.id)?.article).toBe(seed.slug);
	});
});
