import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { indexDataset } from '../../src/lib/dataset/lookup';
import {
	accordingTo,
	evidenceAnnouncement,
	formatCoordinates,
	quoteExcerpt,
	quotesFor,
	relationCount,
	sentenceCase,
	stanceAttribution,
	supportedBy
} from '../../src/lib/model/evidence';
import { formatPartialDate, relationLabel } from '../../src/lib/model/describe';
import EvidencePanel from '../../src/lib/evidence/EvidencePanel.svelte';
import { busiestActor } from '../../src/lib/evidence/warm-up';
import { loadSeed } from './seed';

const index = indexDataset(loadSeed());
const relation = (id: string) => {
	const found = index.relation.get(id);
	if (!found) throw new Error(`no relation ${id}`);
	return found;
};

describe('quotesFor on the seed', () => {
	it('gives an actor its own quotes in reading order and its relations grouped by type', () => {
		const evidence = quotesFor(index, { kind: 'entity', id: 'haqqani-network' });
		if (evidence?.kind !== 'entity') throw new Error('expected entity evidence');
		expect(evidence.entity.name).toBe('Haqqani Network');
		const starts = evidence.quotes.map((quote) => quote.start);
		expect(starts).toEqual([...starts].sort((a, b) => a - b));
		expect(evidence.quotes.map((quote) => quote.id)).toEqual(['q-title', 'q-joint-unit-lede', 'q-pakistan-backing', 'q-safe-haven']);

		const jointUnit = evidence.groups.flatMap((group) => group.relations).find((item) => item.relation.id === 'haqqani-al-qaeda-joint-unit');
		expect(jointUnit).toBeDefined();
		expect(jointUnit!.quotes.some((quote) => quote.exact.includes('Senior Haqqani Network figures have discussed forming a new joint unit'))).toBe(true);
		// Groups follow the vocabulary's order and each holds only its own type.
		for (const group of evidence.groups) expect(group.relations.every((item) => item.relation.type === group.type)).toBe(true);
		expect(relationCount(evidence.groups)).toBe(index.dataset.relations.filter((r) => r.source === 'haqqani-network' || r.target === 'haqqani-network').length);
	});

	it('keeps a denial a denial, with the denier’s own words', () => {
		const evidence = quotesFor(index, { kind: 'relation', id: 'source-denies-taliban-al-qaeda-cooperation' });
		if (evidence?.kind !== 'relation') throw new Error('expected relation evidence');
		expect(evidence.relation.stance).toBe('denied');
		expect(evidence.quotes.some((quote) => quote.exact.includes('Honestly I don’t see any on-ground cooperation'))).toBe(true);
		expect(stanceAttribution(index, evidence.relation)).toBe('denied by Taliban source quoted by The Telegraph');
	});

	it('gives a place its quotes and the actors tied to it', () => {
		const evidence = quotesFor(index, { kind: 'place', id: 'north-waziristan' });
		if (evidence?.kind !== 'place') throw new Error('expected place evidence');
		expect(evidence.quotes.some((quote) => quote.exact.includes('safe haven in North Waziristan'))).toBe(true);
		expect(evidence.entities.map((entity) => entity.id)).toContain('haqqani-network');
	});

	it('gives Kabul the 2008 embassy attack and the Sikh attack', () => {
		const evidence = quotesFor(index, { kind: 'place', id: 'kabul' });
		if (evidence?.kind !== 'place') throw new Error('expected place evidence');
		const ids = evidence.groups.flatMap((group) => group.relations.map((item) => item.relation.id));
		expect(ids).toContain('haqqani-indian-embassy-attack');
		expect(relation('haqqani-indian-embassy-attack').date).toBe('2008');
		expect(ids).toContain('haqqani-claims-sikh-attack');
	});

	it('gives null for ids not in the dataset', () => {
		expect(quotesFor(index, { kind: 'entity', id: 'nobody' })).toBeNull();
		expect(quotesFor(index, { kind: 'relation', id: 'nothing' })).toBeNull();
		expect(quotesFor(index, { kind: 'place', id: 'nowhere' })).toBeNull();
	});

	it('finds everything a shared quote supports', () => {
		const supported = supportedBy(index, 'q-joint-team');
		expect(supported.length).toBeGreaterThan(1);
		expect(supported).toContainEqual({ kind: 'place', id: 'kabul' });
		expect(supported).toContainEqual({ kind: 'relation', id: 'haqqani-islamic-state-joint-team' });
	});
});

describe('describe.ts helpers', () => {
	it('names a relation starting with its source', () => {
		expect(relationLabel(index, relation('al-qaeda-funds-taliban'))).toBe(
			'al-Qaeda funds Taliban, asserted by US Treasury document of 4 January 2021, 4 January 2021'
		);
	});

	it('formats partial dates as the text gives them', () => {
		expect(formatPartialDate('2020-02-29')).toBe('29 February 2020');
		expect(formatPartialDate('2020-05')).toBe('May 2020');
		expect(formatPartialDate('2008')).toBe('2008');
	});
});

describe('panel wording', () => {
	it('attributes the article’s own claims to the article, not to nobody', () => {
		const embassy = relation('haqqani-indian-embassy-attack');
		expect(accordingTo(index, embassy)).toBe('in the article’s own voice');
		expect(stanceAttribution(index, embassy)).toBe('asserted in the article’s own voice');
		expect(accordingTo(index, relation('al-qaeda-funds-taliban'))).toBe('according to US Treasury document of 4 January 2021');
	});

	it('formats coordinates latitude first with hemispheres', () => {
		expect(formatCoordinates([69.17233, 34.52813])).toBe('34.53° N, 69.17° E');
		expect(formatCoordinates([-0.1276, -51.5])).toBe('51.50° S, 0.13° W');
	});

	it('shortens a quote to its first words without altering them', () => {
		expect(quoteExcerpt('“Honestly I don’t see any on-ground cooperation')).toBe('Honestly I don’t see any on-ground…');
		expect(quoteExcerpt('It had carried out a terror attack on the Indian embassy')).toBe('It had carried out a terror…');
		expect(quoteExcerpt('the Doha deal')).toBe('the Doha deal');
	});

	it('puts a vocabulary word in sentence case', () => {
		expect(sentenceCase('joint operation')).toBe('Joint operation');
	});

	it('announces one line per selection', () => {
		expect(evidenceAnnouncement(index, null)).toBe('Nothing selected.');
		const denial = quotesFor(index, { kind: 'relation', id: 'source-denies-taliban-al-qaeda-cooperation' });
		expect(evidenceAnnouncement(index, denial)).toBe(
			'Taliban cooperate with al-Qaeda, denied by Taliban source quoted by The Telegraph: 2 quotes.'
		);
	});
});

describe('EvidencePanel markup', () => {
	const html = (selection: Parameters<typeof quotesFor>[1] | null) =>
		render(EvidencePanel, { props: { index, selection, onselect: () => {}, onshowquote: () => {} } }).body;

	it('is a polite live region named Evidence with a hint when nothing is selected', () => {
		const body = html(null);
		expect(body).toMatch(/<section[^>]*aria-label="Evidence"[^>]*aria-live="polite"/);
		expect(body).toContain('Select an actor, a link or a place');
	});

	it('marks every quote and relation card, and keeps the quote text verbatim', () => {
		const body = html({ kind: 'entity', id: 'haqqani-network' });
		for (const id of ['q-title', 'q-safe-haven', 'q-joint-unit-document']) expect(body).toContain(`data-quote-id="${id}"`);
		expect(body).toMatch(/data-relation-id="haqqani-al-qaeda-joint-unit"[^>]*data-stance="proposed"/);
		expect(body).toContain('Show in article: “Senior Haqqani Network figures have discussed…”');
		// Every quote appears exactly as the article has it: same characters, same curly quotes.
		const escape = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
		const evidence = quotesFor(index, { kind: 'entity', id: 'haqqani-network' });
		if (evidence?.kind !== 'entity') throw new Error('expected entity evidence');
		const shown = [...evidence.quotes, ...evidence.groups.flatMap((group) => group.relations.flatMap((item) => item.quotes))];
		for (const quote of shown) expect(body).toContain(`<blockquote class="${/<blockquote class="([^"]*)"/.exec(body)![1]}">${escape(quote.exact)}</blockquote>`);
	});

	it('shows a denial as a denial', () => {
		const body = html({ kind: 'relation', id: 'source-denies-taliban-al-qaeda-cooperation' });
		expect(body).toContain('data-stance="denied"');
		expect(body).toContain('stance-denied');
		expect(body).toContain('Honestly I don’t see any on-ground cooperation');
		expect(body).toContain('denied by Taliban source quoted by The Telegraph');
	});

	it('says when a place has coordinates', () => {
		expect(html({ kind: 'place', id: 'kabul' })).toContain('34.53° N, 69.17° E');
	});
});

describe('busiestActor (the panel drawn unseen before the first click)', () => {
	const entity = (id: string) => ({ id });
	const link = (source: string, target: string) => ({ source, target });

	it('is the actor in the most relations', () => {
		const dataset = { entities: [entity('a'), entity('b'), entity('c')], relations: [link('a', 'b'), link('b', 'c'), link('c', 'b')] };
		expect(busiestActor(dataset as never)).toBe('b');
	});

	it('counts a relation from an actor to itself once, and breaks ties by the first listed', () => {
		const dataset = { entities: [entity('a'), entity('b')], relations: [link('b', 'b'), link('a', 'a')] };
		expect(busiestActor(dataset as never)).toBe('a');
	});

	it('is an actor with no relations when none has any, and none when there are no actors', () => {
		expect(busiestActor({ entities: [entity('lonely')], relations: [] } as never)).toBe('lonely');
		expect(busiestActor({ entities: [], relations: [] })).toBeNull();
	});

	it('counts no further than enough to draw every part, so a hub never makes the unseen copy long', () => {
		const dataset = {
			entities: [entity('a'), entity('hub'), ...Array.from({ length: 40 }, (_, i) => entity(`n${i}`))],
			relations: [...Array.from({ length: 13 }, (_, i) => link('a', `n${i}`)), ...Array.from({ length: 40 }, (_, i) => link('hub', `n${i}`))]
		};
		expect(busiestActor(dataset as never, 12)).toBe('a');
		expect(busiestActor(dataset as never, 50)).toBe('hub');
	});

	it('on the seed, is the actor whose relations are the most of any', () => {
		const id = busiestActor(index.dataset, Infinity)!;
		const count = (actor: string) => index.dataset.relations.filter((r) => r.source === actor || r.target === actor).length;
		expect(Math.max(...index.dataset.entities.map((e) => count(e.id)))).toBe(count(id));
	});
});
