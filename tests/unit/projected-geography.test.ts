/**
 * The geography region.topo.json carries already projected: fitted and placed by
 * scale and translate alone, it must land where d3-geo would draw it, and a
 * topology without it must give the same picture by projecting in the page.
 */
import { readFileSync } from 'node:fs';
import { geoPath } from 'd3-geo';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import MapAreas from '../../src/lib/map/MapAreas.svelte';
import MapGeography from '../../src/lib/map/MapGeography.svelte';
import { areaLabels, findArea, fitRegionProjection, geographyTransform, placeAreas } from '../../src/lib/map/map-model';
import { parseRegion } from '../../src/lib/map/region-topology';
import { outlineSource } from '../../src/lib/map/area-outlines';
import { parseProjectedGeography } from '../../src/lib/map/projected-geography-check';
import { loadSeed } from './seed';
import { d3Twin } from './d3-twin';
import { PROJECTED_SCALE, projectGeography, projectShape } from '../../src/lib/map/projected-geography';

const regionJson = JSON.parse(readFileSync(new URL('../../static/geo/region.topo.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const shipped = parseRegion(regionJson, parseProjectedGeography);
const { projected: _left, ...withoutProjected } = regionJson;
const computed = parseRegion(withoutProjected, parseProjectedGeography);
const FRAMES: [number, number][] = [
	[800, 520],
	[360, 640],
	[1920, 1080],
	[241, 240]
];

/** The absolute points of a path written as moves and relative lines. */
function points(d: string): [number, number][] {
	const out: [number, number][] = [];
	let x = 0;
	let y = 0;
	for (const [, command, a, b] of d.matchAll(/([Ml])(-?\d+)(?: |(?=-))(-?\d+)/g)) {
		if (command === 'M') [x, y] = [Number(a), Number(b)];
		else [x, y] = [x + Number(a), y + Number(b)];
		out.push([x, y]);
	}
	return out;
}

describe('projected geography', () => {
	it('is in region.topo.json, and projecting in the page gives exactly the same', () => {
		expect(shipped.projected).toBeDefined();
		expect(computed.projected).toBeUndefined();
		expect(projectGeography(computed)).toEqual(shipped.projected);
	});

	it('fits a frame to the same scale and translate as d3’s fitExtent', () => {
		for (const [width, height] of FRAMES) {
			const fast = fitRegionProjection(width, height, shipped);
			const measured = fitRegionProjection(width, height, computed);
			expect(fast.scale()).toBeCloseTo(measured.scale(), 9);
			expect(fast.translate()[0]).toBeCloseTo(measured.translate()[0], 9);
			expect(fast.translate()[1]).toBeCloseTo(measured.translate()[1], 9);
		}
	});

	it('lands every country’s outline within a tenth of a pixel of where d3-geo draws it', () => {
		for (const [width, height] of FRAMES) {
			const projection = fitRegionProjection(width, height, computed);
			const k = projection.scale() / PROJECTED_SCALE;
			const [tx, ty] = projection.translate();
			for (const country of shipped.countries.features) {
				const drawn = shipped.projected!.countries.find((item) => item.id === country.id)!;
				const [first] = points(drawn.d);
				const expected = geoPath(d3Twin(projection)).digits(6)(country)!.match(/^M(-?[\d.]+),(-?[\d.]+)/)!;
				expect(Math.abs(first![0] * k + tx - Number(expected[1]))).toBeLessThan(0.1);
				expect(Math.abs(first![1] * k + ty - Number(expected[2]))).toBeLessThan(0.1);
			}
		}
	});

	it('keeps every outline’s shape: its extent matches the projected bounds to within a pixel', () => {
		const projection = fitRegionProjection(800, 520, computed);
		const k = projection.scale() / PROJECTED_SCALE;
		const [tx, ty] = projection.translate();
		for (const country of computed.countries.features) {
			const all = points(shipped.projected!.countries.find((item) => item.id === country.id)!.d).map(([x, y]) => [x * k + tx, y * k + ty]);
			const [[x0, y0], [x1, y1]] = geoPath(d3Twin(projection)).bounds(country);
			expect(Math.abs(Math.min(...all.map((p) => p[0]!)) - x0)).toBeLessThan(1);
			expect(Math.abs(Math.max(...all.map((p) => p[0]!)) - x1)).toBeLessThan(1);
			expect(Math.abs(Math.min(...all.map((p) => p[1]!)) - y0)).toBeLessThan(1);
			expect(Math.abs(Math.max(...all.map((p) => p[1]!)) - y1)).toBeLessThan(1);
		}
	});

	it('places the country and province names where their centroids are, leaving out the countries asked to skip', () => {
		for (const [width, height] of FRAMES) {
			const skip = new Set(['586']);
			const fast = areaLabels(shipped, fitRegionProjection(width, height, shipped), skip);
			const measured = areaLabels(computed, fitRegionProjection(width, height, computed), skip);
			expect(fast.map((label) => label.id)).toEqual(measured.map((label) => label.id));
			expect(fast.some((label) => label.id.endsWith(':586'))).toBe(false);
			fast.forEach((label, at) => {
				expect(label.text).toBe(measured[at]!.text);
				// d3-geo adds points along curved edges by the frame's scale, which moves a centroid a little.
				expect(Math.abs(label.point.x - measured[at]!.point.x)).toBeLessThan(0.5);
				expect(Math.abs(label.point.y - measured[at]!.point.y)).toBeLessThan(0.5);
			});
		}
	});

	it('is drawn through one transform that fits it to the frame', () => {
		const projection = fitRegionProjection(800, 520, shipped);
		const html = render(MapGeography, { props: { geography: shipped.projected!, projection } }).body;
		const transform = geographyTransform(projection, PROJECTED_SCALE);
		expect(html).toContain(`transform="${transform}"`);
		expect(html.match(/class="country/g)).toHaveLength(shipped.countries.features.length);
	});
});

describe('place areas', () => {
	it('outline a selected country with the projected geography’s own path, and provinces or districts with their own', () => {
		const areas = placeAreas(loadSeed().places, outlineSource({ region: shipped, geography: shipped.projected!, loaded: new Map(), detail: null }));
		const country = areas.find((area) => area.layer === 'countries')!;
		const district = areas.find((area) => area.layer === 'districts')!;
		expect(country && district).toBeTruthy();
		const projection = fitRegionProjection(800, 520, shipped);
		const html = render(MapAreas, { props: { areas, scale: PROJECTED_SCALE, projection, toneOf: () => 'selected' as const, fadedPlaceIds: new Set<string>() } }).body;
		expect(html).toContain(`<g class="areas" transform="${geographyTransform(projection, PROJECTED_SCALE)}"`);
		const outline = shipped.projected!.countries.find((item) => item.id === country.areaId)!.d;
		expect(html).toContain(`d="${outline}"`);
		const districtShape = findArea(shipped, 'districts', district.areaId)!;
		expect(html).toMatch(new RegExp(`<path[^>]*class="focus-area[^"]*"[^>]*d="${projectShape(districtShape.geometry)}"[^>]*data-area-place-id="${district.placeId}"`));
	});
});

describe('parseProjectedGeography', () => {
	const good = JSON.parse(JSON.stringify(shipped.projected)) as Record<string, unknown>;
	const refused = (change: (copy: Record<string, unknown>) => void) => {
		const copy = JSON.parse(JSON.stringify(good)) as Record<string, unknown>;
		change(copy);
		try {
			parseProjectedGeography(copy);
		} catch (error) {
			return (error as Error).message;
		}
		return null;
	};

	it('reads what the build writes', () => {
		expect(parseProjectedGeography(good)).toEqual(shipped.projected);
	});

	it('refuses anything but path data in a path, naming the field', () => {
		expect(refused((copy) => ((copy.countries as { d: string }[])[2]!.d = 'M0 0"/><script>alert(1)</script>'))).toBe(
			"the map data's projected.countries[2].d is not path data."
		);
		expect(refused((copy) => (copy.coast = 42))).toBe("the map data's projected.coast is not text.");
	});

	it('refuses a missing or bad scale, bounds or label, naming the field', () => {
		expect(refused((copy) => delete copy.scale)).toBe("the map data's projected.scale is missing.");
		expect(refused((copy) => (copy.scale = -1))).toBe("the map data's projected.scale is not above 0.");
		expect(refused((copy) => (copy.focusBounds = [[0, 0]]))).toBe("the map data's projected.focusBounds[1] is missing.");
		expect(refused((copy) => (copy.focusBounds = [[0, 0], [1, Number.NaN]]))).toBe("the map data's projected.focusBounds[1][1] is not a number.");
		expect(() => parseProjectedGeography('not an object')).toThrow("the map data's projected is not an object.");
		expect(refused((copy) => ((copy.countries as unknown[])[0] = 'Iran'))).toBe("the map data's projected.countries[0] is not an object.");
		expect(refused((copy) => ((copy.labels as { role: string }[])[0]!.role = 'capital'))).toBe(
			"the map data's projected.labels[0].role is not one of focus-country, neighbour, context."
		);
	});

	it('refuses the whole map when region.topo.json carries a broken one', () => {
		expect(() => parseRegion({ ...regionJson, projected: { ...good, water: 'javascript:1' } }, parseProjectedGeography)).toThrow("projected.water is not path data");
	});
});
