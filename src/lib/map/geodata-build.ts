/**
 * Pure functions that turn the boundary sources in geodata/source/ into the
 * small TopoJSON files the map loads from static/geo/. No file I/O here, so the
 * same code runs from scripts/build-geodata.ts and from the unit tests.
 *
 * Winding: every source polygon already uses d3-geo's order (exterior rings
 * clockwise), and topojson-client, topojson-server and topojson-simplify all
 * keep ring order as it is. Nothing here rewinds a ring; the clipping below
 * keeps the order of the vertices it is given.
 */
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, GeometryObject, Objects, Topology } from 'topojson-specification';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { filter, filterAttachedWeight, planarTriangleArea, presimplify, simplify } from 'topojson-simplify';
import { type ProjectedGeography } from './map-model';
import { parseRegion } from './region-topology';
import { parseProjectedGeography } from './projected-geography-check';
import { projectGeography } from './projected-geography';

/** [west, south, east, north] in degrees. */
export type BBox = readonly [number, number, number, number];

/** The parsed source topologies (geodata/source/*.json). */
export interface GeodataSources {
	/** world-atlas countries-50m.json (Natural Earth 1:50m, public domain, packaged under ISC). */
	countries: Topology;
	/** Natural Earth 1:10m Afghan admin-1 (object `data`, public domain). */
	afgProvinces: Topology;
	/** OpenStreetMap Pakistan districts (object `districts`, ODbL 1.0). */
	pakDistricts: Topology;
}

export type LayerName = 'countries' | 'provinces' | 'districts';

export interface BuildOptions {
	/** Which objects to put in the topology, in drawing order. */
	layers: readonly LayerName[];
	/** ISO 3166-1 numeric ids (world-atlas geometry ids) of the countries to keep. */
	countryIds: readonly string[];
	/** world-atlas features that have no id but fill a gap in the region; given a slug id. */
	extraCountryNames: readonly string[];
	/** Countries are cut to this box, because whole China/India/Iran would dominate the file. */
	countryClip: BBox | null;
	/** Every district of these provinces is kept... */
	districtProvinces: readonly string[];
	/** ...plus any other district whose bounding-box centre lies in this box. */
	districtBox: BBox;
	/** Visvalingam effective-area threshold in square degrees (see pixelAreaDeg2). */
	minWeight: number;
	/** Grid size for quantize(): 1e4 means 10,000 steps across the topology's bbox. */
	quantization: number;
}

export interface CountryProps {
	id: string;
	name: string;
}
export interface ProvinceProps {
	id: string;
	name: string;
	iso: string;
}
export interface DistrictProps {
	id: string;
	name: string;
	province: string;
}

/**
 * Natural Earth gives two Afghan provinces their parent's name (see SOURCES.md).
 * Keyed on adm1_code because the names are the wrong thing to key on; `was` is
 * checked so a future Natural Earth release that fixes or reshuffles these
 * fails the build instead of silently mislabelling a province.
 */
export const PROVINCE_FIXES: Readonly<Record<string, { was: string; name: string; iso: string }>> = {
	'AFG-1769': { was: 'Parwan', name: 'Panjshir', iso: 'AF-PAN' },
	'AFG-1753': { was: 'Uruzgan', name: 'Daykundi', iso: 'AF-DAY' }
};

/** Afghanistan, Pakistan and their neighbours. */
export const REGION_COUNTRY_IDS = ['004', '586', '364', '795', '860', '762', '156', '356'] as const;

/**
 * Square degrees covered by one screen pixel when `lonSpanDeg` degrees of
 * longitude fill `widthPx` pixels. A simplification threshold in "pixels" is
 * easier to reason about than one in square degrees.
 */
export function pixelAreaDeg2(widthPx: number, lonSpanDeg: number): number {
	const degPerPx = lonSpanDeg / widthPx;
	return degPerPx * degPerPx;
}

/**
 * The regional view is ~800 px wide and covers lon 58–78, so one pixel is
 * 0.025° ≈ 2.3 km. Points whose Visvalingam triangle is under a quarter of a
 * pixel cannot be seen there; dropping them keeps the outlines visibly the
 * same while cutting most vertices of the 10m/OSM sources.
 */
export const REGION_PIXEL_FRACTION = 0.25;

export const REGION_OPTIONS: BuildOptions = {
	layers: ['countries', 'provinces', 'districts'],
	countryIds: REGION_COUNTRY_IDS,
	// Natural Earth draws Siachen as its own id-less feature between India,
	// Pakistan and China; without it the map has a hole there.
	extraCountryNames: ['Siachen Glacier'],
	countryClip: [55, 22, 80, 40],
	districtProvinces: ['Khyber Pakhtunkhwa'],
	districtBox: [68, 30, 74, 36],
	minWeight: REGION_PIXEL_FRACTION * pixelAreaDeg2(800, 20),
	quantization: 1e4
};

/**
 * For zooming in (about 8x) on Kabul or Waziristan: only the admin layers, the
 * same threshold scaled to the zoomed pixel, and a finer grid.
 */
export const DETAIL_OPTIONS: BuildOptions = {
	...REGION_OPTIONS,
	layers: ['provinces', 'districts'],
	minWeight: REGION_PIXEL_FRACTION * pixelAreaDeg2(800 * 8, 20),
	quantization: 1e5
};

/** "Dera Ismail Khan" -> "dera-ismail-khan": stable ids that read well in URLs. */
export function slugify(name: string): string {
	return name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/&/g, ' and ')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

type PolygonalFeature<P> = Feature<Polygon | MultiPolygon, P>;

/** Decode one GeometryCollection object of a source topology into GeoJSON. */
function decode(topo: Topology, objectName: string): Feature<Geometry>[] {
	const object = topo.objects[objectName];
	if (!object || object.type !== 'GeometryCollection') {
		throw new Error(`source topology has no GeometryCollection "${objectName}"`);
	}
	return feature(topo, object as GeometryCollection).features as Feature<Geometry>[];
}

function isPolygonal(geometry: Geometry | null): geometry is Polygon | MultiPolygon {
	return geometry?.type === 'Polygon' || geometry?.type === 'MultiPolygon';
}

function stringProp(f: Feature, key: string): string {
	const value = f.properties?.[key];
	if (typeof value !== 'string' || value === '') throw new Error(`feature ${f.id ?? '?'} has no "${key}"`);
	return value;
}

/** Bounding box of every position in a polygonal geometry. */
export function geometryBBox(geometry: Polygon | MultiPolygon): BBox {
	let west = Infinity,
		south = Infinity,
		east = -Infinity,
		north = -Infinity;
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	for (const polygon of polygons)
		for (const ring of polygon)
			for (const [x, y] of ring as [number, number][]) {
				if (x < west) west = x;
				if (x > east) east = x;
				if (y < south) south = y;
				if (y > north) north = y;
			}
	return [west, south, east, north];
}

// ---------------------------------------------------------------------------
// Clipping to a lon/lat box (Sutherland–Hodgman).
//
// Why this algorithm: the clip window is a rectangle (convex), which is the case
// Sutherland–Hodgman handles exactly for any subject ring, concave or not, and it
// emits the kept vertices in their original order, so clockwise rings stay
// clockwise. Where a ring leaves and re-enters the box it may join the pieces
// with zero-width edges along the box edge; those lie on the map's outer edge and
// have no area, so fills are unaffected.
// ---------------------------------------------------------------------------

type XY = [number, number];
type Edge = { inside: (p: XY) => boolean; cut: (a: XY, b: XY) => XY };

/**
 * Point where segment a–b crosses the line `axis` = value. The endpoints are put
 * in a fixed order first so that two neighbours sharing a border (which walk it
 * in opposite directions) get bit-identical cut points, and topojson-server can
 * still see the border as one shared arc.
 */
function cutAt(a: XY, b: XY, axis: 0 | 1, value: number): XY {
	const [p, q] = a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]) ? [a, b] : [b, a];
	const other = axis === 0 ? 1 : 0;
	const t = (value - p[axis]) / (q[axis] - p[axis]);
	const out: XY = [0, 0];
	out[axis] = value;
	out[other] = p[other] + t * (q[other] - p[other]);
	return out;
}

function clipEdges([west, south, east, north]: BBox): Edge[] {
	return [
		{ inside: (p) => p[0] >= west, cut: (a, b) => cutAt(a, b, 0, west) },
		{ inside: (p) => p[0] <= east, cut: (a, b) => cutAt(a, b, 0, east) },
		{ inside: (p) => p[1] >= south, cut: (a, b) => cutAt(a, b, 1, south) },
		{ inside: (p) => p[1] <= north, cut: (a, b) => cutAt(a, b, 1, north) }
	];
}

function signedArea(ring: XY[]): number {
	let sum = 0;
	for (let i = 0, n = ring.length; i < n; i++) {
		const a = ring[i]!;
		const b = ring[(i + 1) % n]!;
		sum += a[0] * b[1] - b[0] * a[1];
	}
	return sum / 2;
}

/** Clip one closed ring; null when nothing with area is left. */
export function clipRing(ring: Position[], box: BBox): Position[] | null {
	const [west, south, east, north] = box;
	let points = ring.slice(0, -1).map(([x, y]) => [x, y] as XY);
	const [rw, rs, re, rn] = geometryBBox({ type: 'Polygon', coordinates: [ring] });
	if (rw >= west && re <= east && rs >= south && rn <= north) return ring; // wholly inside: untouched
	if (re < west || rw > east || rn < south || rs > north) return null; // wholly outside

	for (const edge of clipEdges(box)) {
		const next: XY[] = [];
		for (let i = 0, n = points.length; i < n; i++) {
			const current = points[i]!;
			const previous = points[(i + n - 1) % n]!;
			if (edge.inside(current)) {
				if (!edge.inside(previous)) next.push(edge.cut(previous, current));
				next.push(current);
			} else if (edge.inside(previous)) {
				next.push(edge.cut(previous, current));
			}
		}
		points = next;
		if (points.length === 0) return null;
	}

	// Drop repeated points the cuts can create, then anything left without area.
	points = points.filter((p, i) => {
		const prev = points[(i + points.length - 1) % points.length]!;
		return p[0] !== prev[0] || p[1] !== prev[1];
	});
	if (points.length < 3 || signedArea(points) === 0) return null;
	return [...points, [points[0]![0], points[0]![1]]];
}

/** Clip a Polygon/MultiPolygon to the box; null when nothing is left. */
export function clipGeometry(geometry: Polygon | MultiPolygon, box: BBox): Polygon | MultiPolygon | null {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	const kept: Position[][][] = [];
	for (const [exterior, ...holes] of polygons) {
		const outer = exterior && clipRing(exterior, box);
		if (!outer) continue; // no exterior left means its holes go too
		const inner = holes.map((hole) => clipRing(hole, box)).filter((h): h is Position[] => h !== null);
		kept.push([outer, ...inner]);
	}
	if (kept.length === 0) return null;
	return kept.length === 1 ? { type: 'Polygon', coordinates: kept[0]! } : { type: 'MultiPolygon', coordinates: kept };
}

// ---------------------------------------------------------------------------
// The three layers
// ---------------------------------------------------------------------------

export function countryFeatures(sources: GeodataSources, options: BuildOptions): FeatureCollection<Polygon | MultiPolygon, CountryProps> {
	const features: PolygonalFeature<CountryProps>[] = [];
	for (const f of decode(sources.countries, 'countries')) {
		const name = stringProp(f, 'name');
		const sourceId = f.id == null ? null : String(f.id);
		const wanted = sourceId ? options.countryIds.includes(sourceId) : options.extraCountryNames.includes(name);
		if (!wanted || !isPolygonal(f.geometry)) continue;
		const id = sourceId ?? slugify(name);
		const geometry = options.countryClip ? clipGeometry(f.geometry, options.countryClip) : f.geometry;
		if (!geometry) continue;
		features.push({ type: 'Feature', id, properties: { id, name }, geometry });
	}
	const missing = options.countryIds.filter((id) => !features.some((f) => f.id === id));
	if (missing.length) throw new Error(`countries not found (or clipped away): ${missing.join(', ')}`);
	return { type: 'FeatureCollection', features };
}

export function provinceFeatures(sources: GeodataSources): FeatureCollection<Polygon | MultiPolygon, ProvinceProps> {
	const features: PolygonalFeature<ProvinceProps>[] = [];
	const fixesSeen = new Set<string>();
	for (const f of decode(sources.afgProvinces, 'data')) {
		if (!isPolygonal(f.geometry)) continue;
		const id = stringProp(f, 'adm1_code');
		let name = stringProp(f, 'name');
		let iso = stringProp(f, 'iso_3166_2');
		const fix = PROVINCE_FIXES[id];
		if (fix) {
			if (name !== fix.was) throw new Error(`${id} is labelled "${name}", expected the known error "${fix.was}"`);
			({ name, iso } = fix);
			fixesSeen.add(id);
		}
		features.push({ type: 'Feature', id, properties: { id, name, iso }, geometry: f.geometry });
	}
	if (features.length !== 34) throw new Error(`expected 34 Afghan provinces, got ${features.length}`);
	for (const id of Object.keys(PROVINCE_FIXES)) if (!fixesSeen.has(id)) throw new Error(`province ${id} missing`);
	// After the fixes every name must be unique, or a label is still wrong.
	const names = new Set(features.map((f) => f.properties.name));
	if (names.size !== features.length) throw new Error('duplicate Afghan province names after relabelling');
	return { type: 'FeatureCollection', features };
}

export function districtFeatures(sources: GeodataSources, options: BuildOptions): FeatureCollection<Polygon | MultiPolygon, DistrictProps> {
	const [west, south, east, north] = options.districtBox;
	const features: PolygonalFeature<DistrictProps>[] = [];
	for (const f of decode(sources.pakDistricts, 'districts')) {
		if (!isPolygonal(f.geometry)) continue;
		const name = stringProp(f, 'name');
		const province = stringProp(f, 'province');
		const [w, s, e, n] = geometryBBox(f.geometry);
		const cx = (w + e) / 2;
		const cy = (s + n) / 2;
		const near = cx >= west && cx <= east && cy >= south && cy <= north;
		if (!options.districtProvinces.includes(province) && !near) continue;
		const id = slugify(name);
		if (features.some((other) => other.id === id)) throw new Error(`two districts share the id "${id}"`);
		features.push({ type: 'Feature', id, properties: { id, name, province }, geometry: f.geometry });
	}
	return { type: 'FeatureCollection', features };
}

// ---------------------------------------------------------------------------
// Topology
// ---------------------------------------------------------------------------

/** Top-level notes carried in the output file, so the licence travels with the data. */
export const OUTPUT_NOTICE = {
	attribution:
		'Boundaries: © OpenStreetMap contributors (ODbL); Made with Natural Earth. Places: GeoNames (CC BY 4.0).',
	license:
		'districts: ODbL 1.0 (derived from OpenStreetMap); countries and provinces: Natural Earth, public domain. See geodata/LICENCES.md.'
} as const;

export type RegionTopology = Topology<Objects> & typeof OUTPUT_NOTICE & { projected?: ProjectedGeography };

/**
 * Build one quantized, simplified topology holding the requested layers.
 *
 * Order of steps and why:
 * 1. topology() without quantization, so shared borders are found on the exact
 *    source coordinates (each layer's borders come from one source topology,
 *    so neighbours share identical points).
 * 2. presimplify() with planar triangle areas in square degrees, matching how
 *    minWeight is expressed; simplify() then drops points under minWeight.
 *    Shared arcs are simplified once, so neighbours never gap or overlap.
 * 3. filter() drops tiny free-standing rings (islets, slivers) that simplified
 *    to nothing visible, but keeps any ring that shares an arc with another,
 *    so no district or province loses its polygon.
 * 4. quantize() last: delta-encoded integers make the file much smaller.
 */
export function buildRegionTopology(sources: GeodataSources, options: BuildOptions = REGION_OPTIONS): RegionTopology {
	const collections: Record<LayerName, () => FeatureCollection> = {
		countries: () => countryFeatures(sources, options),
		provinces: () => provinceFeatures(sources),
		districts: () => districtFeatures(sources, options)
	};
	const input: Record<string, FeatureCollection> = {};
	for (const layer of options.layers) input[layer] = collections[layer]();

	// The @types packages disagree on the properties type parameter (null vs {}); the data is the same.
	const raw = topology(input) as Topology<Objects>;
	const weighted = presimplify(raw, planarTriangleArea);
	const simplified = simplify(weighted, options.minWeight);
	const filtered = filter(simplified, filterAttachedWeight(simplified, options.minWeight)) as Topology<Objects>;
	const quantized = quantize(filtered, options.quantization);

	// Copy the layers out in the requested order and make "every id is a string"
	// a guarantee of the output rather than an accident of the inputs.
	const objects: Objects = {};
	for (const layer of options.layers) {
		const collection = quantized.objects[layer] as GeometryCollection | undefined;
		if (!collection) throw new Error(`layer ${layer} vanished during simplification`);
		objects[layer] = {
			type: 'GeometryCollection',
			geometries: collection.geometries.map((g: GeometryObject) => ({ ...g, id: String(g.id) }))
		} as GeometryCollection;
	}
	return { type: 'Topology', ...OUTPUT_NOTICE, bbox: quantized.bbox, transform: quantized.transform, objects, arcs: quantized.arcs };
}

/**
 * The first-load file: the region's topology plus its fixed geography already
 * projected (a TopoJSON foreign member, `projected`), so the page draws the
 * boundaries without running d3-geo over them.
 */
export function buildFirstLoadTopology(sources: GeodataSources): RegionTopology {
	const built = buildRegionTopology(sources);
	// Projected from the file as the page reads it (quantized, decoded), not from the exact sources.
	const region = parseRegion(JSON.parse(JSON.stringify(built)), parseProjectedGeography);
	return { ...built, projected: projectGeography(region) };
}

/** The less simplified provinces + districts for zoomed-in views. */
export function buildDetailTopology(sources: GeodataSources): RegionTopology {
	return buildRegionTopology(sources, DETAIL_OPTIONS);
}
