import { describe, expect, it } from 'vitest';
import { loadGazetteer, placeKey, spellingSkeleton } from '../../src/lib/gazetteer/gazetteer';

describe('gazetteer', async () => {
	const gazetteer = await loadGazetteer();

	it('finds places under the spellings the region press uses', () => {
		for (const [a, b] of [['Miram Shah', 'Miranshah'], ['Baluchistan', 'Balochistan'], ['Paktia', 'Paktiya'], ['Kandahar', 'Qandahar']]) {
			const first = gazetteer.lookup(a!)[0];
			expect(first, a).toBeDefined();
			expect(gazetteer.lookup(b!)[0]?.coordinates).toEqual(first!.coordinates);
		}
	});

	it('matches countries and provinces to the map layers', () => {
		expect(gazetteer.lookup('Afghanistan')[0]?.boundary).toEqual({ layer: 'countries', featureId: '004' });
		expect(gazetteer.lookup('Paktiya', { kind: 'province' })[0]?.boundary?.layer).toBe('provinces');
		expect(gazetteer.lookup('North Waziristan')[0]?.boundary).toEqual({ layer: 'districts', featureId: 'north-waziristan' });
	});

	it('prefers the region, then the bigger place', () => {
		expect(gazetteer.lookup('Hyderabad')[0]?.country).toBe('PK');
		expect(gazetteer.lookup('Kabul', { kind: 'city' })[0]?.population).toBeGreaterThan(1_000_000);
		expect(gazetteer.lookup('Paris')[0]?.country).toBe('FR');
	});

	it('never matches a two-letter token', () => {
		expect(gazetteer.lookup('US')).toEqual([]);
		expect(gazetteer.lookup('UK')).toEqual([]);
	});

	it('searches by prefix with Afghanistan and Pakistan first', () => {
		const found = gazetteer.search('kan', 5);
		expect(found[0]?.country).toMatch(/AF|PK/);
		expect(found.map((place) => place.name)).toContain('Kandahar');
		expect(gazetteer.search('miram')[0]?.name).toBe('Miran Shah');
		expect(gazetteer.search('')).toEqual([]);
	});

	it('folds accents, apostrophes and hyphens; keeps consonant skeletons for variants', () => {
		expect(placeKey('Mazār-e Sharīf')).toBe('mazar e sharif');
		expect(spellingSkeleton('Baluchistan')).toBe(spellingSkeleton('Balochistan'));
		expect(spellingSkeleton('Paktia')).toBe(spellingSkeleton('Paktiya'));
	});
});
