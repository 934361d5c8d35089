import { describe, expect, it } from 'vitest';
import { buildActors } from '../../src/lib/draft/actors';
import { findMentions } from '../../src/lib/draft/mentions';
import { findPlaces } from '../../src/lib/draft/places';
import { splitSentences } from '../../src/lib/draft/sentences';
import { gazetteer, lookupPlace } from './draft-helpers';

function placesOf(text: string) {
	const sentences = splitSentences(text);
	const { mentions, places } = findMentions(text, sentences, lookupPlace);
	return findPlaces(text, places, buildActors(text, mentions, sentences), gazetteer);
}

describe('places', () => {
	it('chooses the town for a bare name, the province when the text says so', () => {
		const places = placesOf('He was born in Kandahar, Afghanistan, and worked in Helmand Province.');
		const kandahar = places.find((place) => place.name === 'Kandahar');
		const helmand = places.find((place) => place.name === 'Helmand Province');
		expect(kandahar).toMatchObject({ name: 'Kandahar', kind: 'city' });
		expect(kandahar!.coordinates![1]).toBeCloseTo(31.61, 1);
		expect(helmand).toMatchObject({ name: 'Helmand Province', kind: 'province', boundary: { layer: 'provinces' } });
	});

	it('finds alternate spellings and matches the map layers', () => {
		const places = placesOf('He lived in Miranshah, North Waziristan, and in Baluchistan and Paktia.');
		expect(places.map((place) => place.name)).toEqual(['Miranshah', 'North Waziristan', 'Baluchistan', 'Paktia']);
		expect(places[1]!.boundary).toEqual({ layer: 'districts', featureId: 'north-waziristan' });
		expect(places[3]!.boundary?.layer).toBe('provinces');
	});

	it('makes no place from a person’s name or a two-letter token', () => {
		const names = placesOf('Abdul Baqi Bari met the US envoy. Bari later left for Kabul.').map((place) => place.name);
		expect(names).toEqual(['Kabul']);
	});

	it('gives countries a place and keeps their map feature', () => {
		expect(placesOf('Funds moved from Pakistan to Afghanistan.').map((place) => place.boundary?.featureId)).toEqual(['586', '004']);
	});
});
