/**
 * The map's own projection maths against d3-geo, which it replaces in the page:
 * the same points, inverses, distances and box outline, and paths, bounds and
 * centroids within a fraction of a pixel of d3-geo's (which adds its own points
 * along curved edges).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { geoConicConformal, geoDistance, geoGraticule, geoPath } from 'd3-geo';
import type { MultiLineString, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { fitRegionProjection } from '../../src/lib/map/map-model';
import { parseRegion } from '../../src/lib/map/region-topology';
import { parseProjectedGeography } from '../../src/lib/map/projected-geography-check';
import { areaBounds, areaCentroid, areaPath, boxOutline, conformalConic, densify, lonLatBounds, sphericalDistance } from '../../src/lib/map/projection';
import { d3Twin } from './d3-twin';

const region = parseRegion(JSON.parse(readFileSync(new URL('../../static/geo/region.topo.json', import.meta.url), 'utf8')), parseProjectedGeography);
const GRID: [number, number][] = [];
// 180° and −180° are one meridian, so the grid stops short of it.
for (let lon = -170; lon < 180; lon += 17.5) for (let lat = -60; lat <= 80; lat += 7) GRID.push([lon, lat]);

describe('conformalConic', () => {
	const frames: [number, [number, number]][] = [
		[150, [0, 0]],
		[2400, [412.5, -33]],
		[25_000, [0, 0]]
	];

	it('projects every point where d3-geo’s conic conformal does', () => {
		for (const [scale, translate] of frames) {
			const ours = conformalConic([27, 37], 68).scale(scale).translate(translate);
			const theirs = geoConicConformal().parallels([27, 37]).rotate([-68, 0]).scale(scale).translate(translate);
			for (const point of GRID) {
				const [x, y] = ours(point);
				const [ex, ey] = theirs(point)!;
				expect(Math.abs(x - ex)).toBeLessThan(1e-9 * scale);
				expect(Math.abs(y - ey)).toBeLessThan(1e-9 * scale);
			}
		}
	});

	it('inverts its own points, as d3-geo does', () => {
		const ours = conformalConic([27, 37], 68).scale(2400).translate([400, 260]);
		const theirs = d3Twin(ours);
		for (const point of GRID.filter(([, lat]) => lat > -50)) {
			const back = ours.invert(ours(point))!;
			expect(back[0]).toBeCloseTo(point[0], 6);
			expect(back[1]).toBeCloseTo(point[1], 6);
			const expected = theirs.invert!(ours(point))!;
			expect(back[0]).toBeCloseTo(expected[0], 9);
			expect(back[1]).toBeCloseTo(expected[1], 9);
		}
	});

	it('reads and sets its scale and translate', () => {
		const projection = conformalConic([27, 37], 68);
		expect(projection.scale(300).translate([10, 20])).toBe(projection);
		expect(projection.scale()).toBe(300);
		expect(projection.translate()).toEqual([10, 20]);
		// The central meridian on the equator lands on the translate.
		expect(projection([68, 0])[0]).toBeCloseTo(10, 9);
		expect(projection([68, 0])[1]).toBeCloseTo(20, 9);
	});
});

describe('sphericalDistance', () => {
	it('is d3-geo’s great-circle distance', () => {
		const pairs: [[number, number], [number, number]][] = [
			[[69.17, 34.53], [70.0, 33.0]],
			[[69.17, 34.53], [51.53, 25.29]],
			[[0, 0], [180, 0]],
			[[-73.9, 40.7], [139.7, 35.7]],
			[[10, 10], [10, 10]]
		];
		for (const [a, b] of pairs) expect(sphericalDistance(a, b)).toBeCloseTo(geoDistance(a, b), 12);
	});
});

describe('boxOutline', () => {
	it('is d3-geo’s graticule outline of the same box', () => {
		const box: [[number, number], [number, number]] = [[55, 22], [80, 40]];
		expect(boxOutline(box)).toEqual(geoGraticule().extent(box).outline());
		expect(boxOutline([[60.3, 23.1], [75.1, 38.9]], 1)).toEqual(geoGraticule().extent([[60.3, 23.1], [75.1, 38.9]]).precision(1).outline());
	});
});

describe('densify', () => {
	it('adds points along long edges only, evenly, keeping every original point', () => {
		const line = [[55, 40], [80, 40], [80.2, 39.9]];
		const dense = densify(line, 0.5);
		expect(dense[0]).toEqual([55, 40]);
		expect(dense).toContainEqual([80, 40]);
		expect(dense.at(-1)).toEqual([80.2, 39.9]);
		expect(dense).toHaveLength(50 + 1 + 1);
		for (let index = 1; index < dense.length; index++) {
			const [dx, dy] = [dense[index]![0]! - dense[index - 1]![0]!, dense[index]![1]! - dense[index - 1]![1]!];
			expect(Math.max(Math.abs(dx), Math.abs(dy))).toBeLessThanOrEqual(0.5 + 1e-12);
		}
		// A parallel stays a parallel.
		expect(dense.slice(0, 51).every(([, lat]) => lat === 40)).toBe(true);
	});
});

describe('paths, bounds and centroids of the region’s areas', () => {
	const frames: [number, number][] = [
		[800, 520],
		[360, 640],
		[1920, 1080]
	];

	it('bound each province and district within half a pixel of d3-geo', () => {
		for (const [width, height] of frames) {
			const projection = fitRegionProjection(width, height, region);
			const path = geoPath(d3Twin(projection));
			for (const area of [...region.provinces.features, ...region.districts.features]) {
				const [[x0, y0], [x1, y1]] = areaBounds(area.geometry, projection);
				const [[ex0, ey0], [ex1, ey1]] = path.bounds(area);
				for (const [value, expected] of [[x0, ex0], [y0, ey0], [x1, ex1], [y1, ey1]] as const) expect(Math.abs(value - expected)).toBeLessThan(0.5);
			}
		}
	});

	it('put Afghanistan’s, Pakistan’s and each province’s and district’s centroid within half a pixel of d3-geo’s', () => {
		const projection = fitRegionProjection(800, 520, region);
		const path = geoPath(d3Twin(projection));
		// Not the neighbours cut at the data box: d3-geo takes a cut edge for a great circle, these for its parallel.
		const whole = region.countries.features.filter((area) => area.id === '004' || area.id === '586');
		for (const area of [...whole, ...region.provinces.features, ...region.districts.features]) {
			const [x, y] = areaCentroid(area.geometry, projection);
			const [ex, ey] = path.centroid(area);
			expect(Math.abs(x - ex)).toBeLessThan(0.5);
			expect(Math.abs(y - ey)).toBeLessThan(0.5);
		}
	});

	it('write closed rings for polygons and open lines for lines', () => {
		const projection = conformalConic([27, 37], 68).scale(1000).translate([0, 0]);
		const square: Polygon = { type: 'Polygon', coordinates: [[[68, 30], [68.2, 30], [68.2, 30.2], [68, 30.2], [68, 30]]] };
		const d = areaPath(square, projection);
		expect(d).toMatch(/^M-?[\d.]+,-?[\d.]+(L-?[\d.]+,-?[\d.]+){3}Z$/);
		const lines: MultiLineString = { type: 'MultiLineString', coordinates: [[[68, 30], [68.2, 30]], [[69, 31], [69.1, 31.1]]] };
		expect(areaPath(lines, projection)).toMatch(/^M[^MZ]+L[^MZ]+M[^MZ]+L[^MZ]+$/);
		// The same shape d3-geo draws: the first point agrees.
		const first = d.match(/^M(-?[\d.]+),(-?[\d.]+)/)!;
		const expected = geoPath(d3Twin(projection)).digits(6)(square)!.match(/^M(-?[\d.]+),(-?[\d.]+)/)!;
		expect(Number(first[1])).toBeCloseTo(Number(expected[1]), 1);
		expect(Number(first[2])).toBeCloseTo(Number(expected[2]), 1);
	});

	it('measure a longitude/latitude box', () => {
		expect(lonLatBounds([{ type: 'MultiLineString', coordinates: [[[60, 30], [70, 35]], [[65, 25], [66, 36]]] }])).toEqual([[60, 25], [70, 36]]);
	});
});

describe('the page’s code', () => {
	it('never imports d3-geo: it is for the boundary files’ build (in Node) and for tests', () => {
		const importers: string[] = [];
		const walk = (folder: string) => {
			for (const name of readdirSync(folder)) {
				const path = join(folder, name);
				if (statSync(path).isDirectory()) walk(path);
				else if (/\.(ts|svelte)$/.test(name) && /from ['"]d3-geo['"]/.test(readFileSync(path, 'utf8'))) importers.push(path);
			}
		};
		walk(new URL('../../src', import.meta.url).pathname);
		expect(importers.map((path) => path.slice(path.indexOf('src/')))).toEqual([]);
	});
});
