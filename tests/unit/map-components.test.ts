/**
 * The place map's components rendered on the server: the loading placeholder,
 * the loaded map's markers and their accessible names, and the place list.
 */
import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/lib/dataset/lookup';
import MapCanvas from '../../src/lib/map/MapCanvas.svelte';
import PlaceList from '../../src/lib/map/PlaceList.svelte';
import PlaceMap from '../../src/lib/map/PlaceMap.svelte';
import { mapDescription, placeAreas, placeDescription, placeTone } from '../../src/lib/map/map-model';
import { parseRegion } from '../../src/lib/map/region-topology';
import { outlineSource } from '../../src/lib/map/area-outlines';
import { parseProjectedGeography } from '../../src/lib/map/projected-geography-check';
import { emphasisFor } from '../../src/lib/view/emphasis';
import { loadSeed } from './seed';

const dataset = loadSeed();
const index = indexDataset(dataset);
const region = parseRegion(JSON.parse(readFileSync(new URL('../../static/geo/region.topo.json', import.meta.url), 'utf8')), parseProjectedGeography);
const noop = () => {};
const attribute = (html: string, name: string) => [...html.matchAll(new RegExp(`${name}="([^"]*)"`, 'g'))].map((match) => match[1] ?? '');

describe('PlaceMap on the server', () => {
	it('renders the loading placeholder (the topology is fetched in the browser)', () => {
		const { body } = render(PlaceMap, { props: { index, selection: null, emphasis: null, onselect: noop, onhover: noop } });
		expect(body).toContain('Loading the map…');
		expect(body).toContain('role="status"');
	});
});

describe('MapCanvas', () => {
	const selection = { kind: 'place' as const, id: 'north-waziristan' };
	const { body } = render(MapCanvas, {
		props: {
			region,
			index,
			selection,
			emphasis: emphasisFor(index, selection),
			fadedPlaceIds: new Set(['afghanistan']),
			width: 800,
			height: 520,
			onselect: noop,
			onhover: noop
		}
	});

	it('draws every located place as one button, west to east, with one tab stop', () => {
		expect(attribute(body, 'data-place-id')).toEqual([
			'doha',
			'afghanistan',
			'indian-embassy-kabul',
			'kabul',
			'sikh-place-of-worship-kabul',
			'north-waziristan'
		]);
		expect((body.match(/role="button"/g) ?? []).length).toBe(6);
		expect(attribute(body, 'tabindex').filter((value) => value === '0')).toHaveLength(1);
		expect(body).toMatch(/aria-pressed="true"[^>]*data-place-id="north-waziristan"/);
	});

	it('names markers starting with the place name, and says where Doha is', () => {
		const names = attribute(body, 'aria-label');
		expect(names).toContain('North Waziristan, district, 1 quote');
		expect(names.find((name) => name.startsWith('Doha'))).toMatch(/^Doha, city, 1 quote, outside the map: 1,\d{3} km west of its centre$/);
		expect(names).toContain('Afghanistan, country, 3 quotes, its relations are hidden by the filters');
		expect(body).toContain('role="group"');
	});

	it('shows the focus areas, the toolbar, the scale bar and the attribution', () => {
		expect(attribute(body, 'data-area-place-id')).toEqual(['kabul', 'north-waziristan']);
		expect(body).toContain('aria-label="Zoom to North Waziristan"');
		expect(body).toContain('aria-label="Zoom to Kabul"');
		expect(body).toMatch(/>\s*\d+ km\s*</);
		expect(body).toContain('Boundaries: © OpenStreetMap contributors (ODbL); Made with Natural Earth. Places: GeoNames (CC BY 4.0).');
		expect(body).toMatch(/Doha, 1,\d{3} km/);
	});
});

describe('PlaceList', () => {
	it('lists every place with its notes, and marks the selection', () => {
		const nowhere = { ...dataset.places[0]!, id: 'nowhere', name: 'Nowhere', coordinates: null };
		const withUnlocated = indexDataset({ ...dataset, places: [...dataset.places, nowhere] });
		const { body } = render(PlaceList, {
			props: { index: withUnlocated, selection: { kind: 'place', id: 'kabul' }, onselect: noop }
		});
		expect(attribute(body, 'data-list-place-id')).toHaveLength(7);
		expect(attribute(body, 'data-list-place-id').at(-1)).toBe('nowhere');
		expect(body).not.toContain('data-place-id');
		expect(body).toContain('no coordinates in the dataset');
		expect(body).toContain('outside the map: shown at the edge');
		expect(body).toMatch(/aria-pressed="true"[^>]*data-list-place-id="kabul"/);
	});
});

describe('map wording and state', () => {
	it('describes places and the map', () => {
		expect(placeDescription(index.place.get('kabul')!)).toBe('Kabul, city, 3 quotes');
		const description = mapDescription({ markers: [], unlocated: [dataset.places[0]!] });
		expect(description).toContain('0 places on the map, 1 place without coordinates');
	});

	it('tones places by selection and emphasis', () => {
		const emphasis = emphasisFor(index, { kind: 'entity', id: 'haqqani-network' });
		expect(placeTone('kabul', { kind: 'place', id: 'kabul' }, emphasis)).toBe('selected');
		expect(placeTone('north-waziristan', null, emphasis)).toBe('emphasized');
		expect(placeTone('doha', null, emphasis)).toBe('dimmed');
		expect(placeTone('doha', null, null)).toBe('plain');
	});

	it('finds the areas to draw, provinces before districts', () => {
		const areas = placeAreas(dataset.places, outlineSource({ region, geography: region.projected!, loaded: new Map(), detail: null }));
		expect(areas.map((area) => [area.placeId, area.areaName, area.focus])).toEqual([
			['afghanistan', 'Afghanistan', false],
			['kabul', 'Kabul province', true],
			['north-waziristan', 'North Waziristan district', true]
		]);
	});
});
