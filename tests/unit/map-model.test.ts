/**
 * The place map's pure model, on the committed region topology and the seed's places.
 */
import { readFileSync } from 'node:fs';
import { geoArea, geoPath } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import type { Place } from '../../src/lib/dataset/schema';
import {
	IDENTITY_VIEW,
	EDGE_INSET,
	applyView,
	areaLabels,
	compassDirection,
	fitRegionProjection,
	formatDistance,
	insideRegionBox,
	loadDrawing,
	findArea,
	placeMarkers,
	REGION_BOX,
	scaleBar,
	westToEast,
	zoomTransformFor
} from '../../src/lib/map/map-model';
import { parseRegion } from '../../src/lib/map/region-topology';
import { parseProjectedGeography } from '../../src/lib/map/projected-geography-check';
import { layoutScreen, overlaps, placeLabels, spreadCoincident, type Box } from '../../src/lib/map/map-labels';
import { loadSeed } from './seed';
import { d3Twin } from './d3-twin';
import { areaBounds } from '../../src/lib/map/projection';

const topology = JSON.parse(readFileSync(new URL('../../static/geo/region.topo.json', import.meta.url), 'utf8'));
const region = parseRegion(topology, parseProjectedGeography);
const places = loadSeed().places;
/** The area a place refers to, as the map finds it. */
const placeFeature = ({ boundary }: Place, where: typeof region) => (boundary ? findArea(where, boundary.layer, boundary.featureId) : null);
const place = (id: string): Place => {
	const found = places.find((item) => item.id === id);
	if (!found) throw new Error(`no place ${id}`);
	return found;
};
const KABUL: [number, number] = [69.17233, 34.52813];
const MIRANSHAH: [number, number] = [70.07117, 33.00059];
const DOHA: [number, number] = [51.531, 25.2854];
const FRAMES = [
	[1000, 700],
	[400, 300]
] as const;

describe('parseRegion', () => {
	it('decodes the three layers and their inner borders', () => {
		expect(region.countries.features.map((area) => area.id)).toEqual(expect.arrayContaining(['004', '586', '364']));
		expect(region.provinces.features).toHaveLength(34);
		expect(region.districts.features.length).toBeGreaterThan(50);
		for (const layer of ['countries', 'provinces', 'districts'] as const) {
			expect(region.innerBorders[layer].type).toBe('MultiLineString');
			expect(region.innerBorders[layer].coordinates.length).toBeGreaterThan(0);
		}
		expect(region.afghanPakistanBorder.coordinates.length).toBeGreaterThan(0);
	});

	it('keeps the extent small (d3 winding) and matching REGION_BOX', () => {
		expect(geoArea(region.extent)).toBeLessThan(0.5);
		expect(topology.bbox).toEqual([...REGION_BOX]);
	});

	it('names what is missing', () => {
		expect(() => parseRegion(null, parseProjectedGeography)).toThrow(/not a TopoJSON topology/);
		expect(() => parseRegion({ type: 'Topology', arcs: [], objects: { countries: topology.objects.countries } }, parseProjectedGeography)).toThrow(
			/no provinces, districts layers/
		);
	});

	it('turns an HTTP failure into a sentence', async () => {
		const fake = (async () => new Response('nope', { status: 404, statusText: 'Not Found' })) as typeof fetch;
		await expect(loadDrawing('/geo/missing.json', fake)).rejects.toThrow('the server answered 404 Not Found for /geo/missing.json.');
	});
});

describe('fitRegionProjection', () => {
	for (const [width, height] of FRAMES) {
		it(`shows Kabul and North Waziristan with a margin, and not Doha, at ${width}×${height}`, () => {
			const projection = fitRegionProjection(width, height, region);
			const margin = Math.min(width, height) * 0.1;
			for (const lonLat of [KABUL, MIRANSHAH]) {
				const [x, y] = projection(lonLat)!;
				expect(x).toBeGreaterThan(margin);
				expect(x).toBeLessThan(width - margin);
				expect(y).toBeGreaterThan(margin);
				expect(y).toBeLessThan(height - margin);
			}
			const [dohaX] = projection(DOHA)!;
			expect(dohaX).toBeLessThan(0);
		});

		it(`shows Afghanistan and Pakistan whole at ${width}×${height}`, () => {
			const projection = fitRegionProjection(width, height, region);
			// Measured by d3-geo itself, points added along curved edges included.
			const path = geoPath(d3Twin(projection));
			for (const id of ['004', '586']) {
				const [[x0, y0], [x1, y1]] = path.bounds(region.countries.features.find((area) => area.id === id)!);
				expect(x0).toBeGreaterThanOrEqual(0);
				expect(y0).toBeGreaterThanOrEqual(0);
				expect(x1).toBeLessThanOrEqual(width);
				expect(y1).toBeLessThanOrEqual(height);
			}
		});
	}
});

describe('findArea', () => {
	it('finds Kabul province and North Waziristan', () => {
		expect(placeFeature(place('kabul'), region)?.properties.name).toBe('Kabul');
		expect(placeFeature(place('north-waziristan'), region)?.properties.name).toBe('North Waziristan');
		expect(placeFeature(place('afghanistan'), region)?.properties.name).toBe('Afghanistan');
	});

	it('decodes only the area asked for while its layer is undecoded, and gives the same area as the decoded layer', () => {
		const fresh = parseRegion(topology, parseProjectedGeography);
		const alone = placeFeature(place('north-waziristan'), fresh);
		const kabul = placeFeature(place('kabul'), fresh);
		// Asked twice, the same object: a view deriving it again gets no new area.
		expect(placeFeature(place('north-waziristan'), fresh)).toBe(alone);
		const inLayer = fresh.districts.features.find((area) => area.id === alone?.id);
		expect(alone).toEqual(inLayer);
		expect(kabul).toEqual(fresh.provinces.features.find((area) => area.id === kabul?.id));
		// Once the layer is decoded, areas come from it.
		expect(placeFeature(place('north-waziristan'), fresh)).toBe(inLayer);
	});

	it('gives null for an unknown layer or id, and for a place without a boundary', () => {
		const kabul = place('kabul');
		expect(placeFeature({ ...kabul, boundary: { layer: 'provinces', featureId: 'AFG-0000' } }, region)).toBeNull();
		expect(placeFeature({ ...kabul, boundary: { layer: 'oceans', featureId: 'AFG-1767' } }, region)).toBeNull();
		expect(placeFeature({ ...kabul, boundary: { layer: 'toString', featureId: 'x' } }, region)).toBeNull();
		expect(placeFeature(place('doha'), region)).toBeNull();
	});
});

describe('placeMarkers', () => {
	for (const [width, height] of FRAMES) {
		it(`puts Doha at the frame edge, about 1,800 km away, at ${width}×${height}`, () => {
			const projection = fitRegionProjection(width, height, region);
			const { markers, unlocated } = placeMarkers(places, projection, width, height);
			expect(unlocated).toEqual([]);
			const doha = markers.find((marker) => marker.place.id === 'doha')!;
			expect(doha.inside).toBe(false);
			expect(doha.edge).not.toBeNull();
			const { x, y, distanceKm, direction } = doha.edge!;
			const onSide = [x - EDGE_INSET, width - EDGE_INSET - x, y - EDGE_INSET, height - EDGE_INSET - y].map(Math.abs);
			expect(Math.min(...onSide)).toBeLessThan(0.001);
			expect(x).toBeGreaterThanOrEqual(EDGE_INSET - 0.001);
			expect(distanceKm).toBeGreaterThan(1500);
			expect(distanceKm).toBeLessThan(2500);
			expect(direction).toMatch(/west/);
			for (const marker of markers.filter((item) => item.place.id !== 'doha')) {
				expect(marker.inside, marker.place.id).toBe(true);
				expect(marker.edge).toBeNull();
			}
		});
	}

	it('lists places with null coordinates apart', () => {
		const nowhere: Place = { ...place('doha'), id: 'nowhere', name: 'Nowhere', coordinates: null };
		const projection = fitRegionProjection(1000, 700, region);
		const { markers, unlocated } = placeMarkers([...places, nowhere], projection, 1000, 700);
		expect(unlocated.map((item) => item.id)).toEqual(['nowhere']);
		expect(markers.map((marker) => marker.place.id)).not.toContain('nowhere');
	});

	it('keeps the edge arrow pointing at Doha when zoomed in on Kabul', () => {
		const projection = fitRegionProjection(1000, 700, region);
		const view = zoomTransformFor({ box: areaBounds(placeFeature(place('kabul'), region)!.geometry, projection) }, projection, 1000, 700);
		const doha = placeMarkers(places, projection, 1000, 700, view).markers.find((marker) => marker.place.id === 'doha')!;
		expect(doha.inside).toBe(false);
		expect(Math.abs(doha.edge!.angle)).toBeGreaterThan(90);
		expect(doha.edge!.distanceKm).toBeGreaterThan(1500);
	});

	it('orders markers west to east', () => {
		const projection = fitRegionProjection(1000, 700, region);
		const order = westToEast(placeMarkers(places, projection, 1000, 700).markers);
		expect(order[0]).toBe('doha');
		expect(order[1]).toBe('afghanistan');
		expect(order.at(-1)).toBe('north-waziristan');
	});

	it('words distances and directions', () => {
		expect(formatDistance(1798.4)).toBe('1,800 km');
		expect(formatDistance(42.4)).toBe('42 km');
		expect(compassDirection(255)).toBe('west');
		expect(compassDirection(350)).toBe('north');
		expect(insideRegionBox(DOHA)).toBe(false);
		expect(insideRegionBox(KABUL)).toBe(true);
	});
});

describe('labels', () => {
	const reservedFor = (width: number, height: number): Box[] => [
		{ x0: width - 320, y0: 0, x1: width, y1: 44 },
		{ x0: 0, y0: height - 40, x1: 180, y1: height },
		{ x0: width - 300, y0: height - 30, x1: width, y1: height }
	];

	for (const [width, height] of FRAMES) {
		it(`places the seed's labels with no overlaps at ${width}×${height}`, () => {
			const projection = fitRegionProjection(width, height, region);
			const { markers } = placeMarkers(places, projection, width, height);
			const reserved = reservedFor(width, height);
			const { points, labels } = layoutScreen({
				markers,
				areaLabels: areaLabels(region, projection, new Set(['004'])),
				view: IDENTITY_VIEW,
				width,
				height,
				reserved
			});
			const boxes = labels.placed.map((label) => label.box);
			let collisions = 0;
			for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) if (overlaps(boxes[i]!, boxes[j]!)) collisions++;
			expect(collisions).toBe(0);
			for (const box of boxes) {
				for (const area of reserved) expect(overlaps(box, area)).toBe(false);
				for (const [id, point] of points) {
					const onMarker = { x0: point.x - 4, y0: point.y - 4, x1: point.x + 4, y1: point.y + 4 };
					const own = labels.placed.find((label) => label.box === box)!.id === id;
					if (!own) expect(overlaps(box, onMarker)).toBe(false);
				}
				expect(box.x0).toBeGreaterThanOrEqual(0);
				expect(box.x1).toBeLessThanOrEqual(width);
			}
			// Every place is labelled at the larger size; Doha's label carries the distance.
			if (width === 1000) {
				expect(labels.hidden.filter((id) => !id.includes(':'))).toEqual([]);
				expect(labels.placed.find((label) => label.id === 'doha')?.text).toBe('Doha, 1,800 km');
				expect(labels.placed.map((label) => label.text)).toEqual(expect.arrayContaining(['PAKISTAN', 'Afghanistan']));
			}
			// The three Kabul places no longer sit on one another.
			const kabulPoints = ['kabul', 'indian-embassy-kabul', 'sikh-place-of-worship-kabul'].map((id) => points.get(id)!);
			for (let i = 0; i < 3; i++) {
				for (let j = i + 1; j < 3; j++) {
					expect(Math.hypot(kabulPoints[i]!.x - kabulPoints[j]!.x, kabulPoints[i]!.y - kabulPoints[j]!.y)).toBeGreaterThanOrEqual(21.9);
				}
			}
			expect(points.get('kabul')!.displaced).toBe(false);
		});
	}

	it('hides a label rather than overlap one', () => {
		const request = { text: 'Somewhere long', x: 50, y: 50, clearance: 8, placement: 'centre' as const, tone: 'place' as const };
		const layout = placeLabels([{ ...request, id: 'a' }, { ...request, id: 'b' }], [], { x0: 0, y0: 0, x1: 200, y1: 100 });
		expect(layout.placed.map((label) => label.id)).toEqual(['a']);
		expect(layout.hidden).toEqual(['b']);
	});

	it('does not label countries whose centroid is outside the frame', () => {
		const projection = fitRegionProjection(400, 300, region);
		const view = zoomTransformFor({ box: areaBounds(placeFeature(place('north-waziristan'), region)!.geometry, projection) }, projection, 400, 300);
		const { labels } = layoutScreen({ markers: [], areaLabels: areaLabels(region, projection), view, width: 400, height: 300, reserved: [] });
		const texts = labels.placed.map((label) => label.text);
		expect(texts).not.toContain('IRAN');
		expect(texts).not.toContain('AFGHANISTAN');
	});

	it('fans out coincident markers at the minimum gap', () => {
		const spread = spreadCoincident(
			[
				{ id: 'a', x: 10, y: 10 },
				{ id: 'b', x: 10, y: 10 },
				{ id: 'c', x: 200, y: 10 }
			],
			20
		);
		expect(spread.get('a')).toMatchObject({ x: 10, y: 10, displaced: false });
		expect(Math.hypot(spread.get('b')!.x - 10, spread.get('b')!.y - 10)).toBeCloseTo(20);
		expect(spread.get('c')!.displaced).toBe(false);
	});
});

describe('scaleBar', () => {
	for (const [width, height] of FRAMES) {
		for (const k of [1, 3, 12]) {
			it(`is a round distance 80–160 px long at ${width}×${height}, zoom ${k}`, () => {
				const bar = scaleBar(fitRegionProjection(width, height, region), width, height, k);
				expect(bar.px).toBeGreaterThanOrEqual(80);
				expect(bar.px).toBeLessThanOrEqual(160);
				const mantissa = bar.km / 10 ** Math.floor(Math.log10(bar.km));
				expect([1, 2, 2.5, 5]).toContain(Number(mantissa.toFixed(6)));
				expect(bar.label).toMatch(/^[\d,.]+ km$/);
				expect(bar.y).toBeGreaterThan(height - 40);
			});
		}
	}
});

describe('zoomTransformFor', () => {
	it('zooms in on North Waziristan and centres it', () => {
		const [width, height] = [1000, 700];
		const projection = fitRegionProjection(width, height, region);
		const area = placeFeature(place('north-waziristan'), region)!;
		const view = zoomTransformFor({ box: areaBounds(area.geometry, projection) }, projection, width, height);
		expect(view.k).toBeGreaterThan(1);
		expect(view.k).toBeLessThanOrEqual(12);
		const [[x0, y0], [x1, y1]] = areaBounds(area.geometry, projection);
		const centre = applyView(view, { x: (x0 + x1) / 2, y: (y0 + y1) / 2 });
		expect(centre.x).toBeCloseTo(width / 2, 5);
		expect(centre.y).toBeCloseTo(height / 2, 5);
		const corner = applyView(view, { x: x1, y: y1 });
		expect(corner.x).toBeLessThanOrEqual(width);
		expect(corner.y).toBeLessThanOrEqual(height);
	});

	it('clamps k to [1, 12] and centres a point', () => {
		const projection = fitRegionProjection(400, 300, region);
		expect(zoomTransformFor({ box: areaBounds(region.countries.features[0]!.geometry, projection) }, projection, 400, 300).k).toBeGreaterThanOrEqual(1);
		const view = zoomTransformFor(KABUL, projection, 400, 300, { pointZoom: 50 });
		expect(view.k).toBe(12);
		const [x, y] = projection(KABUL)!;
		expect(applyView(view, { x, y }).x).toBeCloseTo(200, 5);
	});
});
