/**
 * The finer provinces and districts for zoomed-in views: decoding
 * region-detail.topo.json, when the map wants it, and drawing from it.
 */
import { readFileSync } from 'node:fs';
import type { Position } from 'geojson';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/lib/dataset/lookup';
import MapAreas from '../../src/lib/map/MapAreas.svelte';
import MapCanvas from '../../src/lib/map/MapCanvas.svelte';
import MapGeography from '../../src/lib/map/MapGeography.svelte';
import {
	DETAIL_LAYER_NAMES,
	DETAIL_ZOOM,
	MAX_ZOOM,
	MIN_ZOOM,
	findArea,
	fetchJson,
	fitRegionProjection,
	loadRegionDetail,
	placeAreas,
	wantsDetail,
	type Area
} from '../../src/lib/map/map-model';
import { parseDetail, parseRegion } from '../../src/lib/map/region-topology';
import { parseProjectedGeography } from '../../src/lib/map/projected-geography-check';
import { loadSeed } from './seed';
import { outlineSource } from '../../src/lib/map/area-outlines';

const read = (file: string): unknown => JSON.parse(readFileSync(new URL(`../../static/geo/${file}`, import.meta.url), 'utf8'));
const regionJson = read('region.topo.json') as { type: string; arcs: unknown[]; objects: Record<string, unknown> };
const detailJson = read('region-detail.topo.json') as { type: string; arcs: unknown[]; objects: Record<string, unknown> };
const region = parseRegion(regionJson, parseProjectedGeography);
const detail = parseDetail(detailJson);
const dataset = loadSeed();
const index = indexDataset(dataset);
const noop = () => {};
/** Where the map takes outlines from: the region's own shapes, and the detail's when it is drawn. */
const outlinesFrom = (drawnDetail: typeof detail | null) => outlineSource({ region, geography: region.projected!, loaded: new Map(), detail: drawnDetail });

/** Every vertex of an area's rings (closing points included). */
function vertexCount(area: Area): number {
	const polygons: Position[][][] = area.geometry.type === 'Polygon' ? [area.geometry.coordinates] : area.geometry.coordinates;
	return polygons.flat().reduce((sum, ring) => sum + ring.length, 0);
}
/** The points of projected path data: one per move or line. */
const vertices = (d: string) => (d.match(/[Ml]/g) ?? []).length;
const ids = (areas: { features: Area[] }) => areas.features.map((area) => String(area.id)).sort();

describe('parseDetail', () => {
	it('decodes both layers of the committed file, with the same ids as region.topo.json', () => {
		expect(DETAIL_LAYER_NAMES).toEqual(['provinces', 'districts']);
		expect(detail.provinces.type).toBe('FeatureCollection');
		expect(detail.districts.type).toBe('FeatureCollection');
		expect(ids(detail.provinces)).toEqual(ids(region.provinces));
		expect(ids(detail.districts)).toEqual(ids(region.districts));
		expect(detail.innerBorders.provinces.coordinates.length).toBeGreaterThan(0);
		expect(detail.innerBorders.districts.coordinates.length).toBeGreaterThan(0);
		for (const area of [...detail.provinces.features, ...detail.districts.features]) expect(typeof area.id).toBe('string');
	});

	it('has North Waziristan and Kabul province (AFG-1767) with more vertices than the simplified file', () => {
		for (const [layer, id] of [
			['districts', 'north-waziristan'],
			['provinces', 'AFG-1767']
		] as const) {
			const fine = detail[layer].features.find((area) => area.id === id);
			const coarse = findArea(region, layer, id);
			expect(fine, `${layer}/${id} in the detail`).toBeDefined();
			expect(coarse, `${layer}/${id} in the region`).not.toBeNull();
			expect(fine!.properties.name).toBe(coarse!.properties.name);
			expect(vertexCount(fine!)).toBeGreaterThan(vertexCount(coarse!));
		}
	});

	it('refuses anything without both objects, saying what is missing', () => {
		expect(() => parseDetail(null)).toThrow(/not a TopoJSON topology/);
		expect(() => parseDetail('{"type":"Topology"}')).toThrow(/not a TopoJSON topology/);
		expect(() => parseDetail({ type: 'Topology', objects: detailJson.objects })).toThrow(/no arcs/);
		expect(() => parseDetail({ type: 'Topology', arcs: [], objects: {} })).toThrow(
			'the detailed map data has no provinces, districts layers (expected objects: provinces, districts).'
		);
		expect(() => parseDetail({ ...detailJson, objects: { provinces: detailJson.objects.provinces } })).toThrow(/has no districts layer \(/);
		expect(() => parseDetail({ ...detailJson, objects: { districts: detailJson.objects.districts } })).toThrow(/has no provinces layer \(/);
		expect(() => parseDetail({ ...detailJson, objects: { ...detailJson.objects, districts: { type: 'Polygon', arcs: [] } } })).toThrow(
			/no districts layer/
		);
	});

	it('leaves parseRegion as it was (its messages included)', () => {
		expect(() => parseRegion(null, parseProjectedGeography)).toThrow('the map data is not a TopoJSON topology.');
		expect(() => parseRegion(detailJson, parseProjectedGeography)).toThrow('the map data has no countries layer (expected objects: countries, provinces, districts).');
	});
});

describe('loading the detail', () => {
	const answering = (response: Response | Error): typeof fetch => async () => {
		if (response instanceof Error) throw response;
		return response;
	};

	it('fetches and decodes, failing with the same sentences as loadRegion', async () => {
		const ok = await loadRegionDetail('/geo/region-detail.topo.json', answering(new Response(JSON.stringify(detailJson))));
		expect(ids(ok.districts)).toEqual(ids(detail.districts));
		await expect(loadRegionDetail('/geo/region-detail.topo.json', answering(new Response('gone', { status: 404, statusText: 'Not Found' })))).rejects.toThrow(
			'the server answered 404 Not Found for /geo/region-detail.topo.json.'
		);
		await expect(fetchJson('/x.json', answering(new Response('{nope')))).rejects.toThrow('/x.json is not valid JSON.');
		await expect(fetchJson('/x.json', answering(new TypeError('offline')))).rejects.toThrow('the request for /x.json failed (offline).');
		await expect(loadRegionDetail('/x.json', answering(new Response('{"type":"Topology","arcs":[],"objects":{}}')))).rejects.toThrow(
			/no provinces, districts layers/
		);
	});
});

describe('wantsDetail', () => {
	it('is true from DETAIL_ZOOM (3) on, within the zoom range', () => {
		expect(DETAIL_ZOOM).toBe(3);
		expect(wantsDetail(MIN_ZOOM)).toBe(false);
		expect(wantsDetail(1.5)).toBe(false);
		expect(wantsDetail(2.999)).toBe(false);
		expect(wantsDetail(DETAIL_ZOOM)).toBe(true);
		expect(wantsDetail(3.01)).toBe(true);
		expect(wantsDetail(MAX_ZOOM)).toBe(true);
	});

	it('is false for scales that are not numbers', () => {
		expect(wantsDetail(Number.NaN)).toBe(false);
		expect(wantsDetail(Number.POSITIVE_INFINITY)).toBe(false);
	});
});

describe('outlines when the detail is drawn', () => {
	it('gives the focus areas (Kabul province, North Waziristan) their finer outlines', () => {
		const coarse = placeAreas(dataset.places, outlinesFrom(null));
		const fine = placeAreas(dataset.places, outlinesFrom(detail));
		expect(fine.map((area) => [area.placeId, area.layer, area.areaName])).toEqual(coarse.map((area) => [area.placeId, area.layer, area.areaName]));
		for (const placeId of ['kabul', 'north-waziristan']) {
			const before = coarse.find((area) => area.placeId === placeId)!;
			const after = fine.find((area) => area.placeId === placeId)!;
			expect(after.focus).toBe(true);
			expect(vertices(after.d)).toBeGreaterThan(vertices(before.d));
		}
		const country = fine.find((area) => area.layer === 'countries')!;
		expect(country.d).toBe(coarse.find((area) => area.layer === 'countries')!.d);
	});
});

describe('drawing the detail', () => {
	const projection = fitRegionProjection(800, 520, region);
	/** The attribute of each `<path>` whose classes start with `selector` (Svelte adds its scoping class after them). */
	const attribute = (html: string, selector: string, name: string) =>
		[...html.matchAll(new RegExp(`<path[^>]*class="${selector}(?: [^"]*)?"[^>]*${name}="([^"]*)"`, 'g'))].map((match) => match[1] ?? '');

	it('MapGeography draws province and district lines from the detail, countries from the region', () => {
		const geography = region.projected!;
		const plain = render(MapGeography, { props: { geography, projection } }).body;
		const fine = render(MapGeography, { props: { geography, projection, detail } }).body;
		for (const line of ['line province', 'line district']) {
			const [before] = attribute(plain, line, 'd');
			const [after] = attribute(fine, line, 'd');
			expect(after!.length).toBeGreaterThan(before!.length);
		}
		for (const line of ['line coast', 'line border', 'line afghan-pakistan']) expect(attribute(fine, line, 'd')).toEqual(attribute(plain, line, 'd'));
		expect(fine.match(/class="country[^"]*"[^>]*d="[^"]*"/g)).toEqual(plain.match(/class="country[^"]*"[^>]*d="[^"]*"/g));
	});

	it('MapAreas outlines North Waziristan from whichever layers it is given', () => {
		const toneOf = () => 'plain' as const;
		const shape = (html: string) => html.match(/<path[^>]*d="([^"]*)"[^>]*data-area-place-id="north-waziristan"/)?.[1] ?? '';
		const scale = region.projected!.scale;
		const plain = render(MapAreas, { props: { areas: placeAreas(dataset.places, outlinesFrom(null)), scale, projection, toneOf, fadedPlaceIds: new Set<string>() } }).body;
		const fine = render(MapAreas, { props: { areas: placeAreas(dataset.places, outlinesFrom(detail)), scale, projection, toneOf, fadedPlaceIds: new Set<string>() } }).body;
		expect(shape(plain)).not.toBe('');
		expect(shape(fine).length).toBeGreaterThan(shape(plain).length);
	});

	it('MapCanvas in the fitted view (scale 1) draws the simplified layers even with the detail loaded', () => {
		const props = { region, index, selection: null, emphasis: null, fadedPlaceIds: new Set<string>(), width: 800, height: 520, onselect: noop, onhover: noop };
		const plain = render(MapCanvas, { props }).body;
		const withLoaded = render(MapCanvas, { props: { ...props, detail, onscale: noop } }).body;
		expect(plain).toContain('data-detail="off"');
		expect(withLoaded).toContain('data-detail="off"');
		expect(attribute(plain, 'line district', 'd')).toHaveLength(1);
		expect(attribute(withLoaded, 'line district', 'd')).toEqual(attribute(plain, 'line district', 'd'));
	});
});
