import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { indexDataset, unique, withoutRepeats } from '../../src/lib/dataset/lookup';
import type { Dataset } from '../../src/lib/dataset/schema';
import { placesById, quoteIdsOf, quotesById, quotesFor, supportedBy } from '../../src/lib/model/evidence';
import EvidencePanel from '../../src/lib/evidence/EvidencePanel.svelte';
import { loadSeed } from './seed';

/**
 * The seed with every kind of repeat the validator refuses, as a dataset built in
 * code or imported some other way could carry: the model must take it without throwing.
 */
function seedWithRepeats(): Dataset {
	const seed = structuredClone(loadSeed());
	const haqqani = seed.entities.find((entity) => entity.id === 'haqqani-network')!;
	haqqani.evidence = [...haqqani.evidence, haqqani.evidence[0]!, haqqani.evidence[1]!];
	haqqani.aliases = [...haqqani.aliases, haqqani.aliases[0]!];
	haqqani.places = [...haqqani.places, haqqani.places[0]!];
	const relation = seed.relations[0]!;
	relation.places = ['kabul', 'kabul', 'afghanistan', 'kabul'];
	relation.evidence = [relation.evidence[0]!, relation.evidence[0]!];
	const place = seed.places[0]!;
	place.evidence = [place.evidence[0]!, place.evidence[0]!];
	seed.entities.push({ ...seed.entities[1]!, name: 'A second al-Qaeda with the same id' });
	seed.relations.push({ ...seed.relations[2]!, summary: 'A repeated relation id' });
	seed.quotes.push({ ...seed.quotes[3]! });
	return seed;
}

const ids = (items: { id: string }[]) => items.map((item) => item.id);
const hasRepeats = (values: unknown[]) => new Set(values).size !== values.length;

describe('unique', () => {
	it('keeps the first of each value in order, and the same array when nothing repeats', () => {
		expect(unique(['a', 'b', 'a', 'c', 'b'])).toEqual(['a', 'b', 'c']);
		const clean = ['a', 'b'];
		expect(unique(clean)).toBe(clean);
		expect(unique([{ id: 1 }, { id: 1 }], (item) => item.id)).toEqual([{ id: 1 }]);
	});
});

describe('withoutRepeats', () => {
	it('drops repeated items and repeated references, keeping the first', () => {
		const raw = seedWithRepeats();
		const clean = withoutRepeats(raw);
		for (const collection of ['entities', 'places', 'relations', 'quotes'] as const) expect(hasRepeats(ids(clean[collection]))).toBe(false);
		expect(clean.entities.find((entity) => entity.id === 'al-qaeda')!.name).toBe('al-Qaeda');
		for (const entity of clean.entities) {
			expect(hasRepeats(entity.evidence)).toBe(false);
			expect(hasRepeats(entity.aliases)).toBe(false);
			expect(hasRepeats(entity.places)).toBe(false);
		}
		for (const item of [...clean.places, ...clean.relations]) expect(hasRepeats(item.evidence)).toBe(false);
		expect(clean.relations[0]!.places).toEqual(['kabul', 'afghanistan']);
	});

	it('gives back the very same dataset, arrays and items when nothing repeats (layout caches key on them)', () => {
		const seed = loadSeed();
		expect(withoutRepeats(seed)).toBe(seed);
		const raw = seedWithRepeats();
		const clean = withoutRepeats(raw);
		expect(clean.entities[3]).toBe(raw.entities[3]);
	});
});

describe('the evidence functions on a dataset with repeats', () => {
	const index = indexDataset(seedWithRepeats());

	it('index only the cleaned dataset', () => {
		expect(index.dataset.entities).toHaveLength(17);
		expect(index.dataset.quotes).toHaveLength(25);
	});

	it('give each quote and place once, whatever the ids they are handed', () => {
		const quoteId = index.dataset.quotes[0]!.id;
		expect(ids(quotesById(index, [quoteId, quoteId, quoteId]))).toEqual([quoteId]);
		expect(ids(placesById(index, ['kabul', 'kabul', 'afghanistan']))).toEqual(['kabul', 'afghanistan']);
	});

	it('give every selection its evidence without a repeated key', () => {
		const selections = [
			...index.dataset.entities.map((item) => ({ kind: 'entity' as const, id: item.id })),
			...index.dataset.relations.map((item) => ({ kind: 'relation' as const, id: item.id })),
			...index.dataset.places.map((item) => ({ kind: 'place' as const, id: item.id }))
		];
		for (const selection of selections) {
			const evidence = quotesFor(index, selection)!;
			expect(hasRepeats(ids(evidence.quotes)), selection.id).toBe(false);
			if (evidence.kind !== 'place') expect(hasRepeats(ids(evidence.places)), selection.id).toBe(false);
			if (evidence.kind !== 'relation')
				for (const group of evidence.groups) expect(hasRepeats(group.relations.map((item) => item.relation.id))).toBe(false);
			expect(quoteIdsOf(index, selection).size).toBe(evidence.quotes.length);
		}
		for (const quote of index.dataset.quotes) {
			const supported = supportedBy(index, quote.id).map((item) => `${item.kind}:${item.id}`);
			expect(hasRepeats(supported)).toBe(false);
		}
	});

	it('render the panel for a link that cited its quote twice and listed a place three times: each once', () => {
		const relation = index.dataset.relations[0]!;
		const body = render(EvidencePanel, {
			props: { index, selection: { kind: 'relation', id: relation.id }, onselect: () => {}, onshowquote: () => {} }
		}).body;
		expect([...body.matchAll(/data-quote-id="([^"]+)"/g)].map((match) => match[1])).toEqual([relation.evidence[0]]);
		expect(body.match(/>Kabul</g)).toHaveLength(1);
	});
});
