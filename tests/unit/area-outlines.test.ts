/**
 * The map draws from its drawing and its places' outline files (area-outlines.ts), not from the
 * whole topology: the outlines must land where d3-geo draws the areas, be checked as any fetched
 * file is, and be asked for only when a place names an area the map has.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Place } from '../../src/lib/dataset/schema';
import {
	areaOutlineUrl,
	loadAreaOutline,
	outlineSource,
	outlinesNeeded,
	pathBounds,
	readAreaOutline,
	withOutline
} from '../../src/lib/map/area-outlines';
import { mapDrawingFiles } from '../../src/lib/map/drawing-build';
import { boxInFrame, drawingRegion, findArea, fitRegionProjection, placeAreas } from '../../src/lib/map/map-model';
import { parseDetail, parseRegion } from '../../src/lib/map/region-topology';
import { parseProjectedGeography } from '../../src/lib/map/projected-geography-check';
import { areaBounds } from '../../src/lib/map/projection';
import { loadSeed } from './seed';

const read = (file: string): unknown => JSON.parse(readFileSync(new URL(`../../static/geo/${file}`, import.meta.url), 'utf8'));
const topology = read('region.topo.json');
const region = parseRegion(topology, parseProjectedGeography);
const { drawing, outlines } = mapDrawingFiles(topology);
const drawn = drawingRegion(drawing);
const places = loadSeed().places;
const place = (id: string, boundary: Place['boundary']): Place => ({ ...places[0]!, id, name: id, boundary });

describe('the outline files', () => {
	it('are one per province and district, each named as in the topology', () => {
		expect(outlines).toHaveLength(region.provinces.features.length + region.districts.features.length);
		for (const outline of outlines) {
			const area = findArea(region, outline.layer, outline.id)!;
			expect(outline.name).toBe(area.properties.name);
			expect(drawing.names[outline.layer][outline.id]).toBe(outline.name);
		}
		expect(Object.keys(drawing.names.countries).sort()).toEqual(region.countries.features.map((area) => String(area.id)).sort());
	});

	it('land where d3-geo draws the areas, to within a pixel, in any frame', () => {
		for (const [width, height] of [
			[800, 520],
			[360, 640],
			[1920, 1080]
		] as const) {
			const projection = fitRegionProjection(width, height, region);
			for (const outline of outlines) {
				const exact = areaBounds(findArea(region, outline.layer, outline.id)!.geometry, projection);
				const drawnBox = boxInFrame(pathBounds(outline.d)!, projection, drawing.projected.scale);
				for (const corner of [0, 1] as const)
					for (const axis of [0, 1] as const) expect(Math.abs(drawnBox[corner][axis] - exact[corner][axis])).toBeLessThan(1);
			}
		}
	});

	it('are read only when they are the area asked for, with a name and path data; refused with the field otherwise', () => {
		const good = outlines.find((outline) => outline.id === 'north-waziristan')!;
		expect(readAreaOutline(JSON.parse(JSON.stringify(good)), 'districts', 'north-waziristan')).toEqual(good);
		const url = areaOutlineUrl('districts', 'north-waziristan');
		expect(() => readAreaOutline([good], 'districts', 'north-waziristan')).toThrow(`${url} is not an object.`);
		expect(() => readAreaOutline({ ...good, layer: 'provinces' }, 'districts', 'north-waziristan')).toThrow(`${url}: its layer is not districts.`);
		expect(() => readAreaOutline(good, 'districts', 'bannu')).toThrow('its id is not bannu.');
		expect(() => readAreaOutline({ ...good, name: '  ' }, 'districts', 'north-waziristan')).toThrow(`${url}: its name is missing or not text.`);
		expect(() => readAreaOutline({ ...good, d: 'M0 0" onload="alert(1)' }, 'districts', 'north-waziristan')).toThrow(`${url}: its d is not path data.`);
		expect(() => readAreaOutline({ ...good, d: 'M0 0C1 1 2 2 3 3' }, 'districts', 'north-waziristan')).toThrow('its d is not path data.');
	});

	it('are fetched at an address made from the id, and a failure is a sentence', async () => {
		expect(areaOutlineUrl('provinces', 'a/b?c')).toBe('/geo/areas/provinces/a%2Fb%3Fc.json');
		const asked: string[] = [];
		const fetcher = (async (input: RequestInfo | URL) => {
			asked.push(String(input));
			return new Response('gone', { status: 404, statusText: 'Not Found' });
		}) as typeof fetch;
		await expect(loadAreaOutline('districts', 'bannu', fetcher)).rejects.toThrow('the server answered 404 Not Found for /geo/areas/districts/bannu.json.');
		expect(asked).toEqual(['/geo/areas/districts/bannu.json']);
	});
});

describe('which outlines a dataset needs', () => {
	it('the provinces and districts its places name that the map has, each once; countries come with the drawing', () => {
		expect(outlinesNeeded(places, drawing.names)).toEqual([
			{ layer: 'provinces', id: 'AFG-1767' },
			{ layer: 'districts', id: 'north-waziristan' }
		]);
		const more = [
			...places,
			place('again', { layer: 'districts', featureId: 'north-waziristan' }),
			place('unknown', { layer: 'districts', featureId: 'atlantis' }),
			place('inherited', { layer: 'provinces', featureId: 'constructor' }),
			place('odd-layer', { layer: 'oceans', featureId: 'AFG-1767' })
		];
		expect(outlinesNeeded(more, drawing.names)).toHaveLength(2);
	});
});

describe('where the map takes outlines from', () => {
	const geography = drawing.projected;

	it('read from the drawing: countries at once, provinces and districts once their files are loaded', () => {
		const before = outlineSource({ region: drawn, geography, loaded: new Map(), detail: null });
		expect(before('countries', '004')).toMatchObject({ name: 'Afghanistan', d: geography.countries.find((country) => country.id === '004')!.d });
		expect(before('districts', 'north-waziristan')).toBeNull();
		expect(placeAreas(places, before).map((area) => area.placeId)).toEqual(['afghanistan']);

		const loaded = outlines.filter((outline) => ['AFG-1767', 'north-waziristan'].includes(outline.id)).reduce(withOutline, new Map());
		const after = outlineSource({ region: drawn, geography, loaded, detail: null });
		expect(placeAreas(places, after).map((area) => [area.placeId, area.areaName])).toEqual([
			['afghanistan', 'Afghanistan'],
			['kabul', 'Kabul province'],
			['north-waziristan', 'North Waziristan district']
		]);
		expect(after('countries', 'nowhere')).toBeNull();
		expect(after('oceans' as 'countries', '004')).toBeNull();
	});

	it('draws the same outlines from the drawing and its files as from the topology', () => {
		const loaded = outlines.reduce(withOutline, new Map());
		const fromFiles = placeAreas(places, outlineSource({ region: drawn, geography, loaded, detail: null }));
		const fromTopology = placeAreas(places, outlineSource({ region, geography: region.projected!, loaded: new Map(), detail: null }));
		expect(fromFiles).toEqual(fromTopology);
	});

	it('takes the finer detail first when it is drawn, and never reads the drawing region’s missing shapes', () => {
		const detail = parseDetail(read('region-detail.topo.json'));
		const source = outlineSource({ region: drawn, geography, loaded: new Map(), detail });
		const fine = source('districts', 'north-waziristan')!;
		expect(fine.d).not.toBe(outlines.find((outline) => outline.id === 'north-waziristan')!.d);
		expect(fine.name).toBe('North Waziristan');
		expect(() => drawn.districts).toThrow('the map was read from its drawing, which has no boundary shapes');
	});

	it('reads path bounds through moves and relative lines', () => {
		expect(pathBounds('M10 20l5-30l-20 0zM100 100l1 1')).toEqual([
			[-5, -10],
			[101, 101]
		]);
		expect(pathBounds('')).toBeNull();
	});
});
