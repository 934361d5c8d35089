/**
 * Checks the committed map boundaries in static/geo/ (built by
 * scripts/build-geodata.ts from geodata/source/).
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { geoArea, geoBounds, geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { buildDetailTopology, buildFirstLoadTopology, type GeodataSources } from '../../src/lib/map/geodata-build';

const fromRoot = (path: string) => new URL(`../../${path}`, import.meta.url);
const regionText = readFileSync(fromRoot('static/geo/region.topo.json'), 'utf8');
const region = JSON.parse(regionText) as Topology;
const detailText = readFileSync(fromRoot('static/geo/region-detail.topo.json'), 'utf8');

type Props = { id: string; name: string; iso?: string; province?: string };
type Shape = Feature<Polygon | MultiPolygon, Props>;

function layer(topo: Topology, name: string): Shape[] {
	return feature(topo, topo.objects[name] as GeometryCollection<Props>).features as Shape[];
}
function byId(features: Shape[], id: string): Shape {
	const found = features.find((f) => f.id === id);
	if (!found) throw new Error(`no feature ${id}`);
	return found;
}

const EARTH_RADIUS_KM = 6371.0088;
const km2 = (f: Shape) => geoArea(f) * EARTH_RADIUS_KM ** 2;

const countries = layer(region, 'countries');
const provinces = layer(region, 'provinces');
const districts = layer(region, 'districts');

describe('static/geo/region.topo.json', () => {
	it('is a quantized TopoJSON topology with the three layers', () => {
		expect(region.type).toBe('Topology');
		expect(region.arcs.length).toBeGreaterThan(0);
		expect(region.transform).toBeDefined();
		for (const name of ['countries', 'provinces', 'districts']) {
			const object = region.objects[name] as GeometryCollection;
			expect(object?.type).toBe('GeometryCollection');
			expect(object.geometries.length).toBeGreaterThan(0);
		}
	});

	it('gives every feature a unique string id that matches properties.id', () => {
		for (const features of [countries, provinces, districts]) {
			const ids = features.map((f) => f.id);
			expect(new Set(ids).size).toBe(ids.length);
			for (const f of features) {
				expect(typeof f.id).toBe('string');
				expect(f.properties.id).toBe(f.id);
				expect(f.geometry, `${f.id} lost its geometry`).toBeTruthy();
			}
		}
	});

	it('has Afghanistan, Pakistan and their neighbours', () => {
		expect(byId(countries, '004').properties.name).toBe('Afghanistan');
		expect(byId(countries, '586').properties.name).toBe('Pakistan');
		for (const id of ['364', '795', '860', '762', '156', '356']) byId(countries, id);
	});

	it('has all 34 Afghan provinces with Kabul as AFG-1767', () => {
		expect(provinces).toHaveLength(34);
		expect(byId(provinces, 'AFG-1767').properties).toEqual({ id: 'AFG-1767', name: 'Kabul', iso: 'AF-KAB' });
	});

	it('relabels the two provinces Natural Earth names after their parents', () => {
		expect(byId(provinces, 'AFG-1769').properties).toMatchObject({ name: 'Panjshir', iso: 'AF-PAN' });
		expect(byId(provinces, 'AFG-1753').properties).toMatchObject({ name: 'Daykundi', iso: 'AF-DAY' });
		expect(byId(provinces, 'AFG-1772').properties.name).toBe('Parwan');
		expect(byId(provinces, 'AFG-1752').properties.name).toBe('Uruzgan');
		expect(new Set(provinces.map((f) => f.properties.name)).size).toBe(34);
	});

	it('has North Waziristan and the Khyber Pakhtunkhwa districts around it', () => {
		expect(byId(districts, 'north-waziristan').properties).toEqual({
			id: 'north-waziristan',
			name: 'North Waziristan',
			province: 'Khyber Pakhtunkhwa'
		});
		for (const id of ['south-waziristan', 'bannu', 'kurram', 'peshawar', 'khyber']) byId(districts, id);
	});

	it('puts North Waziristan where it is (about 69.4–70.6E, 32.6–33.4N)', () => {
		const [[west, south], [east, north]] = geoBounds(byId(districts, 'north-waziristan'));
		expect(west).toBeGreaterThan(69.3);
		expect(west).toBeLessThan(69.5);
		expect(east).toBeGreaterThan(70.5);
		expect(east).toBeLessThan(70.7);
		expect(south).toBeGreaterThan(32.5);
		expect(south).toBeLessThan(32.65);
		expect(north).toBeGreaterThan(33.25);
		expect(north).toBeLessThan(33.4);
	});

	it('keeps every polygon in d3-geo winding (none covers more than half the globe)', () => {
		for (const f of [...countries, ...provinces, ...districts]) {
			const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
			for (const coordinates of polygons) {
				const area = geoArea({ type: 'Polygon', coordinates });
				expect(area, `${f.id} is inverted`).toBeLessThan(2 * Math.PI);
			}
			expect(geoArea(f), `${f.id} has no area`).toBeGreaterThan(0);
		}
		expect(geoArea(byId(countries, '004'))).toBeLessThan(2 * Math.PI);
		expect(geoArea(byId(districts, 'north-waziristan'))).toBeLessThan(2 * Math.PI);
	});

	it('keeps areas close to the sources after simplification', () => {
		// SOURCES.md: Kabul ≈ 4,420 km² (Natural Earth), North Waziristan ≈ 4,943 km² (OSM).
		expect(km2(byId(provinces, 'AFG-1767'))).toBeGreaterThan(4420 * 0.97);
		expect(km2(byId(provinces, 'AFG-1767'))).toBeLessThan(4420 * 1.03);
		expect(km2(byId(districts, 'north-waziristan'))).toBeGreaterThan(4943 * 0.97);
		expect(km2(byId(districts, 'north-waziristan'))).toBeLessThan(4943 * 1.03);
	});

	it('contains the capitals in the right polygons', () => {
		// GeoNames points from geodata/source/SOURCES.md (places.geo.json).
		const kabulCity: [number, number] = [69.17233, 34.52813];
		const miranshah: [number, number] = [70.07117, 33.00059];
		expect(geoContains(byId(provinces, 'AFG-1767'), kabulCity)).toBe(true);
		expect(geoContains(byId(countries, '004'), kabulCity)).toBe(true);
		expect(geoContains(byId(districts, 'north-waziristan'), miranshah)).toBe(true);
		expect(geoContains(byId(districts, 'north-waziristan'), kabulCity)).toBe(false);
	});

	it('fits the first-load budget (region.topo.json is all the page loads at first)', () => {
		const gzip = gzipSync(regionText, { level: 9 }).length;
		expect(gzip).toBeLessThan(100_000);
		expect(gzip).toBeLessThan(150_000);
	});
});

describe('scripts/build-geodata.ts output is up to date', () => {
	const read = (file: string) => JSON.parse(readFileSync(fromRoot(`geodata/source/${file}`), 'utf8')) as Topology;
	const sources: GeodataSources = {
		countries: read('countries-50m.json'),
		afgProvinces: read('afg-provinces.ne10m.topo.json'),
		pakDistricts: read('pak-districts.osm.topo.json')
	};

	it('rebuilding region.topo.json from geodata/source gives the committed file', () => {
		const built = JSON.parse(JSON.stringify(buildFirstLoadTopology(sources)));
		expect(built).toEqual(region);
	});

	it('rebuilding region-detail.topo.json gives the committed file, with the same ids', () => {
		const built = JSON.parse(JSON.stringify(buildDetailTopology(sources))) as Topology;
		expect(built).toEqual(JSON.parse(detailText));
		expect(layer(built, 'provinces').map((f) => f.id)).toEqual(provinces.map((f) => f.id));
		expect(layer(built, 'districts').map((f) => f.id)).toEqual(districts.map((f) => f.id));
	});
});
