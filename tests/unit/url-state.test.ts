import { describe, expect, it } from 'vitest';
import { ID_PATTERN, MAX_ID_LENGTH, RELATION_TYPES, STANCES } from '../../src/lib/dataset/schema';
import { seededRandom } from '../../src/lib/graph/layout';
import { ARTICLE_VOICE, asserterKey, defaultFilters, visibleRelations } from '../../src/lib/view/filters';
import { decodeView, defaultView, encodeView, joinScope, MAX_QUERY_LENGTH, scopeOf, withoutScope, type ViewSnapshot } from '../../src/lib/view/url-state';
import { loadSeed, seedWithEntityId } from './seed';

const seed = loadSeed();

function randomView(random: () => number): ViewSnapshot {
	const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
	const subset = <T>(items: readonly T[]) => new Set(items.filter(() => random() < 0.5));
	const view = defaultView();
	const selectionKind = pick(['none', 'entity', 'relation', 'place'] as const);
	if (selectionKind === 'entity') view.selection = { kind: 'entity', id: pick(seed.entities).id };
	if (selectionKind === 'relation') view.selection = { kind: 'relation', id: pick(seed.relations).id };
	if (selectionKind === 'place') view.selection = { kind: 'place', id: pick(seed.places).id };
	view.mode = pick(['graph', 'table'] as const);
	if (random() < 0.5) view.filters.types = subset(RELATION_TYPES);
	if (random() < 0.5) view.filters.stances = subset(STANCES);
	if (random() < 0.4) view.filters.asserters = subset([ARTICLE_VOICE, ...seed.entities.map((entity) => entity.id)]);
	if (random() < 0.4) {
		const a = `${2000 + Math.floor(random() * 25)}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}`;
		const b = `${2000 + Math.floor(random() * 25)}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}`;
		view.filters.window = a <= b ? { from: a, to: b } : { from: b, to: a };
	}
	view.filters.showUndated = random() < 0.7;
	if (random() < 0.3) view.filters.focus = { entityId: pick(seed.entities).id, depth: pick([1, 2] as const) };
	if (random() < 0.4) view.graphZoom = { k: Number((0.5 + random() * 4).toFixed(3)), x: Number((random() * 800 - 400).toFixed(1)), y: Number((random() * 600 - 300).toFixed(1)) };
	if (random() < 0.3) view.mapZoom = { k: Number((1 + random() * 6).toFixed(3)), x: Number((55 + random() * 25).toFixed(3)), y: Number((22 + random() * 18).toFixed(3)) };
	return view;
}

describe('encodeView / decodeView', () => {
	it('round-trips 500 random views exactly, with no notices', () => {
		const random = seededRandom(7);
		for (let i = 0; i < 500; i++) {
			const view = randomView(random);
			const search = encodeView(view);
			const decoded = decodeView(search, seed);
			expect(decoded.notices, search).toEqual([]);
			expect(decoded.view, search).toEqual(view);
			// Encoding is canonical: the decoded view writes the same link.
			expect(encodeView(decoded.view)).toBe(search);
		}
	});

	it('writes the default view as an empty query and short, readable parameters otherwise', () => {
		expect(encodeView(defaultView())).toBe('');
		const view = defaultView();
		view.selection = { kind: 'entity', id: 'haqqani-network' };
		view.filters.types = new Set(['funding', 'advice and guidance']);
		view.filters.window = { from: '2020-01', to: '2021-12' };
		expect(encodeView(view)).toBe('?actor=haqqani-network&types=funding,advice-and-guidance&from=2020-01&to=2021-12');
	});

	it('reads a bare year as a whole-year window', () => {
		const { view, notices } = decodeView('?from=2020&to=2020', seed);
		expect(notices).toEqual([]);
		expect(view.filters.window).toEqual({ from: '2020-01', to: '2020-12' });
	});

	const badLinks: [string, RegExp][] = [
		['?actor=cia', /actor=cia: no such actor/],
		['?link=nope', /link=nope: no such link/],
		['?place=atlantis', /place=atlantis: no such place/],
		['?types=funding,friendship', /types=friendship: unknown relation type/],
		['?stances=rumoured', /stances=rumoured: unknown stance/],
		['?by=cia', /by=cia: no such actor/],
		['?from=yesterday', /from=yesterday: a date is YYYY or YYYY-MM/],
		['?from=2021-13', /from=2021-13/],
		['?from=2021&to=2008', /the window ends before it starts/],
		['?view=3d', /view=3d: the view is graph or table/],
		['?zoom=NaN,1,2', /zoom=NaN,1,2/],
		['?zoom=1000,0,0', /zoom=1000,0,0/],
		['?mapzoom=2,400,33', /mapzoom=2,400,33: a map zoom is scale,longitude,latitude/],
		['?focus=nobody', /focus=nobody/],
		['?depth=7&focus=taliban', /depth=7: depth is 1 or 2/],
		['?undated=maybe', /undated=maybe/],
		['?actor=taliban&actor=al-qaeda', /given more than once/],
		['?actor=taliban&place=kabul', /only one thing can be selected/],
		['?actor=%E0%A4%A', /actor=/],
		[`?actor=${'x'.repeat(500)}`, /too long/],
		[`?${'a=1&'.repeat(MAX_QUERY_LENGTH)}`, /ignored/]
	];
	for (const [link, message] of badLinks)
		it(`drops the bad part of ${link.slice(0, 50)} with a notice`, () => {
			const { view, notices } = decodeView(link, seed);
			expect(notices.join('\n')).toMatch(message);
			expect(view).toBeDefined();
		});

	it('keeps the good parts of a link when others are bad', () => {
		const { view, notices } = decodeView('?actor=taliban&types=funding,bogus&from=2020&to=banana&view=table', seed);
		expect(notices).toHaveLength(2);
		expect(view.selection).toEqual({ kind: 'entity', id: 'taliban' });
		expect([...view.filters.types]).toEqual(['funding']);
		expect(view.filters.window).toEqual({ from: '2020-01', to: '9999-12' });
		expect(view.mode).toBe('table');
	});

	it('ignores parameters that are not its own without complaint', () => {
		const { view, notices } = decodeView('?utm_source=mail&fbclid=abc', seed);
		expect(notices).toEqual([]);
		expect(view).toEqual(defaultView());
	});

	it('never throws on random garbage', () => {
		const random = seededRandom(99);
		const alphabet = 'abz=&?%,-_.0129 ~#/\\\'"<>ä€\u0000';
		for (let i = 0; i < 300; i++) {
			const length = Math.floor(random() * 80);
			const garbage = Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
			expect(() => decodeView(garbage, seed)).not.toThrow();
		}
	});

	it('starts from the defaults', () => {
		expect(decodeView('', seed).view.filters).toEqual(defaultFilters());
	});
});

describe('the scope of a view (which dataset it belongs to)', () => {
	it('is kept apart from the view and put back in front', () => {
		expect(scopeOf('?dataset=seed&actor=taliban')).toBe('dataset=seed');
		expect(withoutScope('?dataset=seed&actor=taliban&zoom=1,2,3')).toBe('?actor=taliban&zoom=1,2,3');
		expect(withoutScope('?dataset=seed')).toBe('');
		expect(joinScope('dataset=seed', '?actor=taliban')).toBe('?dataset=seed&actor=taliban');
		expect(joinScope('dataset=seed', '')).toBe('?dataset=seed');
		expect(joinScope('', '?actor=taliban')).toBe('?actor=taliban');
	});
});

describe('the article’s own voice beside an actor called “article”', () => {
	// The Treasury document asserts many relations; renamed, it is an actor whose id is `article`.
	const dataset = seedWithEntityId('treasury-document', 'article');
	const byDocument = dataset.relations.filter((relation) => relation.assertedBy === 'article').map((relation) => relation.id);
	const inOwnVoice = dataset.relations.filter((relation) => relation.assertedBy === null).map((relation) => relation.id);

	it('keys the voice with something no id can be', () => {
		expect(ID_PATTERN.test(ARTICLE_VOICE)).toBe(false);
		expect(byDocument.length).toBeGreaterThan(0);
		expect(inOwnVoice.length).toBeGreaterThan(0);
	});

	it('filters the actor and the voice apart', () => {
		const only = (asserters: string[]) => [...visibleRelations(dataset, { ...defaultFilters(), asserters: new Set(asserters) })].sort();
		expect(only(['article'])).toEqual([...byDocument].sort());
		expect(only([ARTICLE_VOICE])).toEqual([...inOwnVoice].sort());
		expect(new Set(dataset.relations.map(asserterKey)).size).toBe(new Set(dataset.relations.map((relation) => relation.assertedBy)).size);
	});

	it('keeps the two apart through a link', () => {
		const view = defaultView();
		view.filters.asserters = new Set([ARTICLE_VOICE]);
		const encoded = encodeView(view);
		expect(encoded).toBe('?by=~article');
		expect([...decodeView(encoded, dataset).view.filters.asserters!]).toEqual([ARTICLE_VOICE]);
		view.filters.asserters = new Set(['article']);
		expect([...decodeView(encodeView(view), dataset).view.filters.asserters!]).toEqual(['article']);
	});

	it('reads an old link’s by=article as the voice, unless an actor has that id', () => {
		expect([...decodeView('?by=article,taliban-source', seed).view.filters.asserters!].sort()).toEqual([ARTICLE_VOICE, 'taliban-source'].sort());
		expect(decodeView('?by=article', seed).notices).toEqual([]);
		expect([...decodeView('?by=article', dataset).view.filters.asserters!]).toEqual(['article']);
	});
});

describe('ids in links', () => {
	it(`keeps an id of the longest allowed length (${MAX_ID_LENGTH} characters) through a link`, () => {
		const id = `taliban-${'x'.repeat(MAX_ID_LENGTH - 'taliban-'.length)}`;
		expect(id).toHaveLength(MAX_ID_LENGTH);
		const dataset = seedWithEntityId('taliban', id);
		const view = defaultView();
		view.selection = { kind: 'entity', id };
		view.filters.asserters = new Set([ARTICLE_VOICE, 'taliban-source']);
		view.filters.focus = { entityId: id, depth: 2 };
		const decoded = decodeView(encodeView(view), dataset);
		expect(decoded.notices).toEqual([]);
		expect(decoded.view).toEqual(view);
	});

	it('drops a value longer than any id, saying what the limit is', () => {
		const { view, notices } = decodeView(`?actor=${'x'.repeat(MAX_ID_LENGTH + 1)}`, seed);
		expect(view.selection).toBeNull();
		expect(notices).toEqual([`Ignored actor=${'x'.repeat(40)}…: too long (${MAX_ID_LENGTH + 1} characters; ids have at most ${MAX_ID_LENGTH}).`]);
	});

	it('keeps a long list of actors, each within the id limit', () => {
		const ids = seed.entities.map((entity) => entity.id);
		const { view, notices } = decodeView(`?by=${ids.join(',')}`, seed);
		expect(notices).toEqual([]);
		expect(view.filters.asserters!.size).toBe(ids.length);
	});

	it('says nothing about long parameters that are not its own', () => {
		expect(decodeView(`?fbclid=${'a'.repeat(300)}`, seed).notices).toEqual([]);
	});
});
