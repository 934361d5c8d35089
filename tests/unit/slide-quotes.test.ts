import { describe, expect, it } from 'vitest';
import { citedQuotes } from '../../src/lib/briefing/cited-quotes';
import { countThatFit, headlineEnd, slideQuoteGroups, type QuoteGroup } from '../../src/lib/briefing/slide-quotes';
import { indexCorpus, indexDataset } from '../../src/lib/dataset/lookup';
import type { Dataset, Entity } from '../../src/lib/dataset/schema';
import { modelOfCorpus } from '../../src/lib/model/corpus';
import { decodeView } from '../../src/lib/view/url-state';
import { viewModel } from '../../src/lib/view/view-model';
import type { Selection } from '../../src/lib/view/selection';
import { loadSeed } from './seed';

const index = indexDataset(loadSeed());
const all = new Set(index.dataset.relations.map((relation) => relation.id));
const headline = headlineEnd(index.dataset);

/** The groups a slide of this view shows, with the filters the view sets. */
function groupsFor(view: string): QuoteGroup[] {
	const decoded = decodeView(view, index.dataset).view;
	return slideQuoteGroups(index, decoded.selection, viewModel(index, decoded.filters, decoded.selection).seen.relations);
}
const quoteIds = (groups: QuoteGroup[]) => groups.flatMap((group) => group.quotes.map((quote) => quote.id));
const relationIds = (groups: QuoteGroup[]) => groups.flatMap((group) => group.claims.flatMap((claim) => (claim.kind === 'relation' ? [claim.relation.id] : [])));
const isHeadline = (id: string) => index.quote.get(id)!.end <= headline;

describe('headlineEnd', () => {
	it('is the end of the first line when that line is the article’s title', () => {
		expect(headline).toBe(index.dataset.article.title.length);
		expect(index.dataset.articleText.slice(0, headline)).toBe(index.dataset.article.title);
	});
	it('is 0 when the text does not open with its title', () => {
		expect(headlineEnd({ articleText: 'First paragraph.\nSecond.', article: index.dataset.article })).toBe(0);
		expect(headlineEnd({ articleText: '\nBody', article: { ...index.dataset.article, title: '' } })).toBe(0);
	});
});

describe('slideQuoteGroups', () => {
	it('puts an actor’s visible relations’ quotes before the headline that mentions it', () => {
		// The joint-unit slide: the actor, with only joint operations and funding shown.
		const groups = groupsFor('?actor=haqqani-network&types=joint-operation,funding');
		const ids = quoteIds(groups);
		expect(isHeadline(ids[0]!)).toBe(false);
		expect(groups[0]!.claims[0]).toMatchObject({ kind: 'relation', stance: 'proposed', asserter: index.entity.get('treasury-document')!.name });
		expect(ids.indexOf('q-joint-unit-document')).toBeLessThan(ids.indexOf('q-title'));
		// Hidden relations contribute nothing; the actor's own mentions come after its relations.
		expect(relationIds(groups).every((id) => ['joint operation', 'funding'].includes(index.relation.get(id)!.type))).toBe(true);
		expect(groups.at(-1)!.claims[0]!.kind).toBe('mention');
	});

	it('gives a selected relation one group, body quotes in reading order and its headline last', () => {
		const groups = slideQuoteGroups(index, { kind: 'relation', id: 'haqqani-al-qaeda-joint-unit' }, all);
		expect(groups).toHaveLength(1);
		expect(groups[0]!.claims).toHaveLength(1);
		expect(quoteIds(groups)).toEqual(['q-joint-unit-lede', 'q-joint-unit-document', 'q-title']);
	});

	it('says a relation once, and merges relations that rest on the same quote under one quote', () => {
		const groups = slideQuoteGroups(index, { kind: 'entity', id: 'afghan-security-forces' }, all);
		expect(quoteIds(groups)).toEqual(['q-joint-team']);
		expect(relationIds(groups).sort()).toEqual(
			index.dataset.relations.filter((relation) => relation.source === 'afghan-security-forces' || relation.target === 'afghan-security-forces').map((relation) => relation.id).sort()
		);
	});

	it('for every selection: each quote once, each visible relation once, body before headline', () => {
		const selections: Selection[] = [
			...index.dataset.entities.map((entity) => ({ kind: 'entity' as const, id: entity.id })),
			...index.dataset.relations.map((relation) => ({ kind: 'relation' as const, id: relation.id })),
			...index.dataset.places.map((place) => ({ kind: 'place' as const, id: place.id }))
		];
		for (const selection of selections) {
			const groups = slideQuoteGroups(index, selection, all);
			const ids = quoteIds(groups);
			expect(new Set(ids).size, `${selection.id}: a quote repeated`).toBe(ids.length);
			const relations = relationIds(groups);
			expect(new Set(relations).size, `${selection.id}: a relation said twice`).toBe(relations.length);
			expect(groups.every((group) => group.quotes.length > 0 && group.claims.length > 0)).toBe(true);
			for (const group of groups) {
				const flags = group.quotes.map((quote) => isHeadline(quote.id));
				expect(flags, `${selection.id}: headline before body within a group`).toEqual([...flags].sort((a, b) => Number(a) - Number(b)));
			}
			const headlineOnly = groups.map((group) => group.quotes.every((quote) => isHeadline(quote.id)));
			expect(headlineOnly, `${selection.id}: headline-only group before a body group`).toEqual([...headlineOnly].sort((a, b) => Number(a) - Number(b)));
		}
	});

	it('shows nothing without a selection, and only what the filters let through', () => {
		expect(slideQuoteGroups(index, null, all)).toEqual([]);
		const onlyFounding = new Set(['jalaluddin-founded-haqqani']);
		const groups = slideQuoteGroups(index, { kind: 'entity', id: 'haqqani-network' }, onlyFounding);
		expect(relationIds(groups)).toEqual(['jalaluddin-founded-haqqani']);
	});
});

describe('citedQuotes', () => {
	it('cites a denial as a denial, by its source', () => {
		const [first] = citedQuotes(index, { kind: 'relation', id: 'source-denies-taliban-al-qaeda-cooperation' }, all);
		expect(first!.stance).toBe('denied');
		expect(first!.citation).toBe('Taliban cooperate with al-Qaeda, denied by Taliban source quoted by The Telegraph');
	});

	it('flattens the groups in order, citing mentions as mentions, and caps the list', () => {
		const cited = citedQuotes(index, { kind: 'entity', id: 'jalaluddin-haqqani' }, all);
		expect(cited.map((item) => item.quote.id)).toEqual(['q-founded']);
		expect(cited[0]!.citation).toBe('Jalaluddin Haqqani founded Haqqani Network, asserted by the article');
		const mention = citedQuotes(index, { kind: 'entity', id: 'haqqani-network' }, new Set(), 50);
		expect(mention.every((item) => item.stance === null && item.citation === 'About Haqqani Network, in the article')).toBe(true);
		expect(citedQuotes(index, { kind: 'entity', id: 'haqqani-network' }, all, 3)).toHaveLength(3);
	});
});

describe('countThatFit', () => {
	it('counts items from the first until one ends below the room', () => {
		expect(countThatFit([100, 220, 330], 250)).toBe(2);
		expect(countThatFit([100, 220, 330], 330)).toBe(3);
		expect(countThatFit([100, 220], 50)).toBe(0);
		expect(countThatFit([], 50)).toBe(0);
	});
});

describe('slideQuoteGroups in a corpus', () => {
	/** An article whose first line is its title, quoted once in the headline and once in the body. */
	function headlinedArticle(slug: string, title: string): Dataset {
		const body = 'The Harbour Guild pays the Ridge Militia, a ledger shows.';
		const articleText = `${title}\n\n${body}`;
		const quote = (id: string, start: number, end: number) => ({ id, start, end, exact: articleText.slice(start, end), prefix: '', suffix: '' });
		const headlineQuote = quote('headline', 0, title.length);
		const bodyStart = articleText.indexOf(body);
		const bodyQuote = quote('body', bodyStart, bodyStart + body.length);
		const actor = (id: string, name: string): Entity => ({ id, name, kind: 'armed group', aliases: [], summary: '', plural: false, places: [], evidence: ['headline'] });
		return {
			slug,
			articleText,
			article: { title, publisher: `${slug} Press`, url: null, published: '2021-01-01' },
			entities: [actor('guild', 'Harbour Guild'), actor('militia', 'Ridge Militia')],
			places: [],
			// The headline quote first, as a hand annotator often lists it.
			relations: [{ id: 'pays', source: 'guild', target: 'militia', type: 'funding', directed: true, stance: 'asserted', assertedBy: null, date: null, places: [], summary: '', evidence: ['headline', 'body'] }],
			quotes: [headlineQuote, bodyQuote]
		};
	}

	it("puts every article's body quotes before any headline, each measured against its own article", () => {
		const corpus = indexCorpus(
			modelOfCorpus('pair', 'Pair', [headlinedArticle('north', 'Guild funds militia, ledger says'), headlinedArticle('south', 'A much longer headline about the Harbour Guild and its money')], { actors: {}, places: {} })
		);
		const claim = corpus.dataset.relations[0]!;
		expect(claim.evidence).toHaveLength(4);
		const [group] = slideQuoteGroups(corpus, { kind: 'relation', id: claim.id }, new Set([claim.id]));
		const headlines = new Set(['Guild funds militia, ledger says', 'A much longer headline about the Harbour Guild and its money']);
		const order = group!.quotes.map((quote) => (headlines.has(quote.exact) ? 'headline' : 'body'));
		expect(order).toEqual(['body', 'body', 'headline', 'headline']);
	});
});
