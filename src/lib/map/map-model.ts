/**
 * What the place map computes, with no DOM: the boundary layers decoded from
 * TopoJSON, the projection fitted to the frame, where each place goes (or the
 * frame edge it lies beyond), a scale bar, and the zoom that frames an area.
 * The map components only draw what these functions return.
 */
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { Place, PlaceKind } from '$lib/dataset/schema';
import type { Emphasis } from '$lib/view/emphasis';
import type { Selection } from '$lib/view/selection';
import { wasCheckedAtBuild } from '$lib/dataset/checked-at-build';
import type { MapDrawing, ProjectedGeography } from './projected-geography-check';
import type { AreaNames, OutlineOf } from './area-outlines';
import { groupDigits } from '$lib/model/english';
import { areaCentroid, boundsOfAll, boxOutline, conformalConic, sphericalDistance, type MapProjection } from './projection';

export type { MapProjection } from './projection';
export type { ProjectedGeography } from './projected-geography-check';

export const EARTH_RADIUS_KM = 6371;
export const LAYER_NAMES = ['countries', 'provinces', 'districts'] as const;
export type LayerName = (typeof LAYER_NAMES)[number];

export const AFGHANISTAN_ID = '004';
export const PAKISTAN_ID = '586';
/** Khost and Paktika: the Afghan provinces across the border from North Waziristan, labelled for orientation. */
export const CONTEXT_PROVINCE_IDS = ['AFG-1758', 'AFG-1759'] as const;

export interface AreaProps {
	id: string;
	name: string;
}
export type Area = Feature<Polygon | MultiPolygon, AreaProps>;
export type AreaCollection = FeatureCollection<Polygon | MultiPolygon, AreaProps>;

export interface Region {
	countries: AreaCollection;
	provinces: AreaCollection;
	districts: AreaCollection;
	/** Borders shared by two features of a layer, each drawn once (no doubled strokes). */
	innerBorders: Record<LayerName, MultiLineString>;
	/** The Afghanistan–Pakistan border alone, so it can be drawn heavier. */
	afghanPakistanBorder: MultiLineString;
	/** Country edges with no neighbour: coasts, and the cuts at the data box. */
	outerEdges: MultiLineString;
	/** The box the boundary data covers; countries are cut off at its edges. */
	extent: Polygon;
	/** The fixed geography already projected, when the file carries it (see ProjectedGeography). */
	projected?: ProjectedGeography;
	/** One area by layer and id, decoding only that area while its layer is not decoded (findArea uses it). */
	area?: (layer: LayerName, id: string) => Area | null;
	/**
	 * Set for a region read from the map's drawing (/geo/drawing.json) rather than its topology: it
	 * has the projected geography and every area's name but no shapes, so its layers and borders
	 * throw when read. The map draws its places' areas from their outline files (area-outlines.ts).
	 */
	drawingOnly?: { names: AreaNames };
}

export interface Point {
	x: number;
	y: number;
}

/** A view transform's numbers (PanZoom's): screen = point × k + (x, y). */
export interface View {
	k: number;
	x: number;
	y: number;
}
export const IDENTITY_VIEW: View = { k: 1, x: 0, y: 0 };

export function applyView(view: View, point: Point): Point {
	return { x: point.x * view.k + view.x, y: point.y * view.k + view.y };
}

/**
 * Reads region.topo.json's `projected` member: projected-geography-check.ts's `parseProjectedGeography`
 * (`readRegion`, the build's scripts and the tests pass it).
 */
export type ReadProjected = (value: unknown) => ProjectedGeography;

/** The layers region-detail.topo.json carries: the same ids as region.topo.json's, less simplified. */
export const DETAIL_LAYER_NAMES = ['provinces', 'districts'] as const satisfies readonly LayerName[];
export type DetailLayerName = (typeof DETAIL_LAYER_NAMES)[number];

/** The finer provinces and districts, drawn instead of the region's when zoomed in. Countries stay the region's. */
export interface RegionDetail {
	provinces: AreaCollection;
	districts: AreaCollection;
	/** Borders shared by two features of a layer, each drawn once. */
	innerBorders: Record<DetailLayerName, MultiLineString>;
}

/** From this zoom scale on, the map wants (and, once loaded, draws) the detailed provinces and districts. */
export const DETAIL_ZOOM = 3;

/** Does a view at scale `k` want the detailed layers? */
export function wantsDetail(k: number): boolean {
	return Number.isFinite(k) && k >= DETAIL_ZOOM;
}


/** Fetch a JSON file; every failure becomes a sentence the map can show as it is. */
async function fetchText(url: string, fetcher: typeof fetch): Promise<string> {
	let response: Response;
	try {
		response = await fetcher(url);
	} catch (error) {
		throw new Error(`the request for ${url} failed (${error instanceof Error ? error.message : String(error)}).`);
	}
	if (!response.ok) {
		const status = [response.status, response.statusText].filter(Boolean).join(' ');
		throw new Error(`the server answered ${status} for ${url}.`);
	}
	return response.text();
}

function parseJson(text: string, url: string): unknown {
	try {
		return JSON.parse(text) as unknown;
	} catch {
		throw new Error(`${url} is not valid JSON.`);
	}
}

export async function fetchJson(url: string, fetcher: typeof fetch = fetch): Promise<unknown> {
	return parseJson(await fetchText(url, fetcher), url);
}

/**
 * The region from its topology (the one-file briefing's inlined copy). The build checks only the
 * map's drawing, so a topology's projected geography is always checked here, and the check and
 * the topology's decoding (with topojson-client) are downloaded only by a page that needs them.
 */
export async function readRegion(topology: unknown): Promise<Region> {
	const [{ parseProjectedGeography }, { parseRegion }] = await Promise.all([import('./projected-geography-check'), import('./region-topology')]);
	return parseRegion(topology, parseProjectedGeography);
}

/**
 * The region as the map's drawing gives it: the projected geography, the box and every area's
 * name. Its shapes are not there: reading a layer or a border throws, which no drawing path does.
 */
export function drawingRegion({ bbox: [west, south, east, north], names, projected }: MapDrawing): Region {
	const noShapes = (): never => {
		throw new Error('the map was read from its drawing, which has no boundary shapes (they are in region.topo.json).');
	};
	return {
		get countries() {
			return noShapes();
		},
		get provinces() {
			return noShapes();
		},
		get districts() {
			return noShapes();
		},
		get innerBorders() {
			return noShapes();
		},
		get afghanPakistanBorder() {
			return noShapes();
		},
		get outerEdges() {
			return noShapes();
		},
		extent: boxOutline([[west, south], [east, north]]),
		projected,
		drawingOnly: { names }
	};
}

/**
 * The region from the map's drawing: taken as it is when `text` is the very file the build
 * checked, otherwise checked here (the check downloaded for it) and refused with its field.
 */
export async function readDrawing(value: unknown, text?: string): Promise<Region> {
	const checked = text !== undefined && (await wasCheckedAtBuild('map', [text]));
	const drawing = checked ? (value as MapDrawing) : (await import('./projected-geography-check')).parseMapDrawing(value);
	return drawingRegion(drawing);
}

/** Fetch and read the map's drawing; every failure becomes a sentence the map can show as it is. */
export async function loadDrawing(url: string, fetcher: typeof fetch = fetch): Promise<Region> {
	const text = await fetchText(url, fetcher);
	return readDrawing(parseJson(text, url), text);
}

/** Decode the detail topology (region-topology.ts's `parseDetail`, downloaded when first needed). */
export async function readDetail(topology: unknown): Promise<RegionDetail> {
	return (await import('./region-topology')).parseDetail(topology);
}

/** Fetch and decode the detail topology, failing as loadDrawing does. */
export async function loadRegionDetail(url: string, fetcher: typeof fetch = fetch): Promise<RegionDetail> {
	return readDetail(await fetchJson(url, fetcher));
}

export function findArea(region: Region, layer: string, id: string): Area | null {
	if (!(LAYER_NAMES as readonly string[]).includes(layer)) return null;
	if (region.area) return region.area(layer as LayerName, id);
	return region[layer as LayerName].features.find((area) => area.id === id) ?? null;
}

/** A place's boundary, ready to draw. Focus areas (provinces, districts) are tinted; countries only outlined when in play. */
export interface PlaceArea {
	placeId: string;
	/** The place's name, e.g. "Kabul". */
	name: string;
	/** The area's own name, e.g. "Kabul province". */
	areaName: string;
	layer: LayerName;
	/** The area's id in its layer, e.g. "004" for Afghanistan. */
	areaId: string;
	/** Its outline in the projected geography's units (area-outlines.ts), placed by `geographyTransform`. */
	d: string;
	focus: boolean;
}

/** Every place's boundary whose outline the map has, countries first and districts last (the drawing order). */
export function placeAreas(places: readonly Place[], outlineOf: OutlineOf): PlaceArea[] {
	const areas: PlaceArea[] = [];
	for (const place of places) {
		if (!place.boundary || !(LAYER_NAMES as readonly string[]).includes(place.boundary.layer)) continue;
		const layer = place.boundary.layer as LayerName;
		const outline = outlineOf(layer, place.boundary.featureId);
		if (!outline) continue;
		const suffix = layer === 'provinces' ? ' province' : layer === 'districts' && !/district/i.test(outline.name) ? ' district' : '';
		areas.push({ placeId: place.id, name: place.name, areaName: outline.name + suffix, layer, areaId: outline.id, d: outline.d, focus: layer !== 'countries' });
	}
	return areas.sort((a, b) => LAYER_NAMES.indexOf(a.layer) - LAYER_NAMES.indexOf(b.layer));
}

/** Afghanistan and Pakistan, the countries the frame must show whole (all countries if they are missing). */
export function focusCountries(region: Region): AreaCollection {
	const focus = region.countries.features.filter((area) => area.id === AFGHANISTAN_ID || area.id === PAKISTAN_ID);
	return { type: 'FeatureCollection', features: focus.length > 0 ? focus : region.countries.features };
}

/**
 * Lambert conformal conic with standard parallels 27° and 37° N, centred on 68° E.
 * Between 24° and 39° N its scale stays within about 1.5 % everywhere, where
 * Mercator's grows by 16 % from south to north, so one scale bar is true for the
 * whole map and Pakistan is not shrunk against Afghanistan. Being conformal, it
 * keeps the shapes of small areas such as North Waziristan.
 */
export function fitRegionProjection(width: number, height: number, region: Region): MapProjection {
	const padding = Math.max(8, Math.round(Math.min(width, height) * 0.06));
	const right = Math.max(width - padding, padding + 1);
	const bottom = Math.max(height - padding, padding + 1);
	const frame: [[number, number], [number, number]] = [
		[padding, padding],
		[right, bottom]
	];
	// d3's fitExtent: the focus countries' bounds at scale 150, translate [0, 0], fitted into the frame.
	const [[x0, y0], [x1, y1]] = region.projected?.focusBounds ?? focusBounds(region);
	const w = right - padding;
	const h = bottom - padding;
	const k = Math.min(w / (x1 - x0), h / (y1 - y0));
	return regionProjection()
		.scale(150 * k)
		.translate([padding + (w - k * (x1 + x0)) / 2, padding + (h - k * (y1 + y0)) / 2]);
}

/** The region's projection before it is fitted to a frame: only its scale and translate change after this. */
export function regionProjection(): MapProjection {
	return conformalConic([27, 37], 68);
}

/** The bounds of Afghanistan and Pakistan projected at scale 150, translate [0, 0]: what a frame is fitted to. */
export function focusBounds(region: Region): [[number, number], [number, number]] {
	const projection = regionProjection().scale(150).translate([0, 0]);
	return boundsOfAll(focusCountries(region).features.map((area) => area.geometry), projection);
}

/** The SVG transform that puts geography projected at `scale` (translate [0, 0]) into the frame of `projection`. */
export function geographyTransform(projection: MapProjection, scale: number): string {
	const [x, y] = projection.translate();
	return `translate(${x} ${y}) scale(${projection.scale() / scale})`;
}

/** A box of geography projected at `scale` (translate [0, 0]), in the frame of `projection`: what `geographyTransform` does to it. */
export function boxInFrame([[x0, y0], [x1, y1]]: [[number, number], [number, number]], projection: MapProjection, scale: number): [[number, number], [number, number]] {
	const k = projection.scale() / scale;
	const [tx, ty] = projection.translate();
	return [
		[x0 * k + tx, y0 * k + ty],
		[x1 * k + tx, y1 * k + ty]
	];
}

/** Where an arrow for a place beyond the frame sits, which way it points and how far the place is. */
export interface EdgeMarker extends Point {
	/** Screen angle from the frame centre to the place, in degrees (0 = right, 90 = down). */
	angle: number;
	/** Great-circle distance from the point at the frame's centre. */
	distanceKm: number;
	/** Compass direction from the frame's centre, e.g. "west". */
	direction: string;
}

export interface PlaceMarker {
	place: Place;
	lonLat: [number, number];
	/** Projected position in the fitted frame (no zoom); may lie outside it. */
	point: Point;
	/** Inside the fitted frame, so the place is drawn where it is. */
	inside: boolean;
	/** For a place outside the frame: the arrow at the frame edge. */
	edge: EdgeMarker | null;
}

export interface MarkerLayout {
	markers: PlaceMarker[];
	/** Places the map cannot show: no coordinates in the dataset (or unprojectable). */
	unlocated: Place[];
}

/** How far inside the frame edge the arrows for far places sit, so the whole arrow shows. */
export const EDGE_INSET = 18;

/**
 * Each located place's position. Whether a place is inside is judged in the
 * fitted frame, so it does not change with zoom; the edge arrow of a far place
 * follows the current view so it keeps pointing at the place.
 */
export function placeMarkers(
	places: readonly Place[],
	projection: MapProjection,
	width: number,
	height: number,
	view: View = IDENTITY_VIEW
): MarkerLayout {
	const markers: PlaceMarker[] = [];
	const unlocated: Place[] = [];
	for (const place of places) {
		const projected = place.coordinates ? projection(place.coordinates) : null;
		if (!place.coordinates || !projected || !projected.every(Number.isFinite)) {
			unlocated.push(place);
			continue;
		}
		const point = { x: projected[0], y: projected[1] };
		const inside = point.x >= 0 && point.x <= width && point.y >= 0 && point.y <= height;
		const edge = inside ? null : edgeMarker(place.coordinates, point, projection, width, height, view);
		markers.push({ place, lonLat: place.coordinates, point, inside, edge });
	}
	return { markers, unlocated };
}

function edgeMarker(
	lonLat: [number, number],
	point: Point,
	projection: MapProjection,
	width: number,
	height: number,
	view: View
): EdgeMarker {
	const screen = applyView(view, point);
	const centre = { x: width / 2, y: height / 2 };
	const dx = screen.x - centre.x;
	const dy = screen.y - centre.y;
	// Walk from the centre toward the place until the first (inset) frame side is reached.
	const reach = Math.min(
		dx === 0 ? Infinity : Math.max(0, centre.x - EDGE_INSET) / Math.abs(dx),
		dy === 0 ? Infinity : Math.max(0, centre.y - EDGE_INSET) / Math.abs(dy)
	);
	const centreLonLat = projection.invert([(centre.x - view.x) / view.k, (centre.y - view.y) / view.k]) ?? lonLat;
	return {
		x: centre.x + dx * Math.min(reach, 1),
		y: centre.y + dy * Math.min(reach, 1),
		angle: (Math.atan2(dy, dx) * 180) / Math.PI,
		distanceKm: sphericalDistance(centreLonLat, lonLat) * EARTH_RADIUS_KM,
		direction: compassDirection(initialBearing(centreLonLat, lonLat))
	};
}

/** Initial great-circle bearing from one [lon, lat] to another, degrees clockwise from north. */
export function initialBearing(from: [number, number], to: [number, number]): number {
	const radians = Math.PI / 180;
	const [lon1, lat1] = [from[0] * radians, from[1] * radians];
	const [lon2, lat2] = [to[0] * radians, to[1] * radians];
	const y = Math.sin(lon2 - lon1) * Math.cos(lat2);
	const x = Math.cos(lat1) * Math.sin(lat2) - Math.sin(lat1) * Math.cos(lat2) * Math.cos(lon2 - lon1);
	return ((Math.atan2(y, x) / radians) + 360) % 360;
}

const COMPASS = ['north', 'north-east', 'east', 'south-east', 'south', 'south-west', 'west', 'north-west'];
export function compassDirection(bearing: number): string {
	return COMPASS[Math.round((((bearing % 360) + 360) % 360) / 45) % 8]!;
}

/** 1798 → "1,800 km": far distances to the nearest 10 km, because the frame centre is not a precise origin. */
export function formatDistance(km: number): string {
	return `${groupDigits(km >= 100 ? Math.round(km / 10) * 10 : Math.round(km))} km`;
}

export interface ScaleBar {
	km: number;
	/** On-screen length. */
	px: number;
	label: string;
	/** Left end of the bar, at the map's bottom-left. */
	x: number;
	y: number;
}

const SCALE_MIN_PX = 80;
const SCALE_MAX_PX = 160;

/** Round distances 1, 2, 2.5, 5 × 10ⁿ km; consecutive ones are at most ×2 apart, so one always fits 80–160 px. */
function niceDistances(): number[] {
	const steps: number[] = [];
	for (let power = -2; power <= 5; power++) for (const m of [1, 2, 2.5, 5]) steps.push(m * 10 ** power);
	return steps;
}

/** A scale bar for the frame at zoom `k`, measured along the frame's centre latitude. */
export function scaleBar(projection: MapProjection, width: number, height: number, k = 1): ScaleBar {
	const probe = 100;
	const left = projection.invert([width / 2 - probe / 2, height / 2]);
	const right = projection.invert([width / 2 + probe / 2, height / 2]);
	const kmPerPx = left && right ? (sphericalDistance(left, right) * EARTH_RADIUS_KM) / probe / k : 1;
	const steps = niceDistances();
	const km = steps.find((step) => step / kmPerPx >= SCALE_MIN_PX && step / kmPerPx <= SCALE_MAX_PX) ?? steps[0]!;
	return { km, px: km / kmPerPx, label: `${groupDigits(km)} km`, x: 16, y: height - 18 };
}

export const MIN_ZOOM = 1;
export const MAX_ZOOM = 12;

/**
 * The zoom that frames an area (its box in the fitted frame, plus padding) or centres a
 * [lon, lat] point at `pointZoom`, with k in [1, 12] and the view kept inside the fitted frame.
 */
export function zoomTransformFor(
	target: { box: [[number, number], [number, number]] } | [number, number],
	projection: MapProjection,
	width: number,
	height: number,
	{ padding = 32, pointZoom = 8 }: { padding?: number; pointZoom?: number } = {}
): View {
	let k: number;
	let centre: Point;
	if (Array.isArray(target)) {
		const [x, y] = projection(target) ?? [width / 2, height / 2];
		k = pointZoom;
		centre = { x, y };
	} else {
		const [[x0, y0], [x1, y1]] = target.box;
		k = Math.min((width - 2 * padding) / Math.max(x1 - x0, 1), (height - 2 * padding) / Math.max(y1 - y0, 1));
		centre = { x: (x0 + x1) / 2, y: (y0 + y1) / 2 };
	}
	k = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, k));
	const clamp = (value: number, size: number) => Math.min(0, Math.max(size - size * k, value));
	return { k, x: clamp(width / 2 - k * centre.x, width), y: clamp(height / 2 - k * centre.y, height) };
}

/** A geographic label: a country or a context province, at its projected centroid. */
export interface AreaLabel {
	id: string;
	text: string;
	role: 'focus-country' | 'neighbour' | 'context';
	point: Point;
}

/**
 * Labels for the countries (Afghanistan and Pakistan first) and the context
 * provinces, at their centroids in the fitted frame. Countries in `skip` are left
 * out (a place marker already names them).
 */
export function areaLabels(region: Region, projection: MapProjection, skip: ReadonlySet<string> = new Set()): AreaLabel[] {
	if (region.projected) {
		// Centroids of planar shapes move with the frame: scale and translate the projected ones.
		const { scale, labels } = region.projected;
		const k = projection.scale() / scale;
		const [tx, ty] = projection.translate();
		return labels
			.filter((label) => label.role === 'context' || !skip.has(label.id.slice(label.id.indexOf(':') + 1)))
			.map(({ x, y, ...label }) => ({ ...label, point: { x: x * k + tx, y: y * k + ty } }));
	}
	const label = (area: Area, role: AreaLabel['role']): AreaLabel => {
		const [x, y] = areaCentroid(area.geometry, projection);
		return { id: `${role}:${area.id}`, text: area.properties.name, role, point: { x, y } };
	};
	const focus = (area: Area) => area.id === AFGHANISTAN_ID || area.id === PAKISTAN_ID;
	// Only real countries (ISO numeric ids): the slug-id fillers such as Siachen Glacier stay unlabelled.
	const countries = region.countries.features.filter((area) => /^\d{3}$/.test(String(area.id)) && !skip.has(String(area.id)));
	const provinces = CONTEXT_PROVINCE_IDS.map((id) => findArea(region, 'provinces', id)).filter((area) => area !== null);
	return [
		...countries.filter(focus).map((area) => label(area, 'focus-country')),
		...countries.filter((area) => !focus(area)).map((area) => label(area, 'neighbour')),
		...provinces.map((area) => label(area, 'context'))
	].filter((item) => Number.isFinite(item.point.x) && Number.isFinite(item.point.y));
}

/** Marker size by kind, in screen pixels: towns larger than sites; areas get a ring because their outline is the main mark. */
export function markerRadius(kind: PlaceKind): number {
	return kind === 'city' ? 6 : kind === 'site' ? 4.5 : 5;
}

/** West to east (then north to south): the order arrow keys move through the markers. */
export function westToEast(markers: readonly PlaceMarker[]): string[] {
	return [...markers]
		.sort((a, b) => a.lonLat[0] - b.lonLat[0] || b.lonLat[1] - a.lonLat[1])
		.map((marker) => marker.place.id);
}

/** Is a [lon, lat] inside the box the boundary data covers (default: region.topo.json's bbox)? */
export const REGION_BOX: readonly [number, number, number, number] = [55, 22, 80, 40];
export function insideRegionBox([lon, lat]: [number, number], box = REGION_BOX): boolean {
	return lon >= box[0] && lon <= box[2] && lat >= box[1] && lat <= box[3];
}

/** How strongly to draw a place: the selection, what is emphasised, what is dimmed behind it, or plain. */
export type PlaceTone = 'selected' | 'emphasized' | 'dimmed' | 'plain';

export function placeTone(placeId: string, selection: Selection | null, emphasis: Emphasis | null): PlaceTone {
	if (selection?.kind === 'place' && selection.id === placeId) return 'selected';
	if (!emphasis) return 'plain';
	return emphasis.places.has(placeId) ? 'emphasized' : 'dimmed';
}

/** "North Waziristan, district, 1 quote": how a place marker and its list button are named. */
export function placeDescription(place: Place): string {
	const quotes = place.evidence.length;
	return `${place.name}, ${place.kind}, ${quotes} quote${quotes === 1 ? '' : 's'}`;
}

/** The map's accessible description: how many places it shows, points beyond its edge, and cannot place. */
export function mapDescription({ markers, unlocated }: MarkerLayout): string {
	const outside = markers.filter((marker) => !marker.inside).length;
	const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
	const parts = [count(markers.length - outside, 'place on the map', 'places on the map')];
	if (outside > 0) parts.push(`${count(outside, 'place', 'places')} beyond its edge, shown by an arrow`);
	if (unlocated.length > 0) parts.push(`${count(unlocated.length, 'place', 'places')} without coordinates`);
	return `Map of the places the article names: ${parts.join(', ')}. Tab to the places; arrow keys move west to east, Enter selects. The list of places is a text alternative.`;
}

/** The map's zoom as a scale and the longitude/latitude at the centre of the view: the same at any size. */
export interface MapZoom {
	k: number;
	x: number;
	y: number;
}

export function mapZoomOf(transform: View, projection: MapProjection, width: number, height: number): MapZoom | null {
	if (transform.k === 1 && transform.x === 0 && transform.y === 0) return null;
	if (width <= 0 || height <= 0) return null;
	const centre = projection.invert([(width / 2 - transform.x) / transform.k, (height / 2 - transform.y) / transform.k]);
	if (!centre || !Number.isFinite(centre[0]) || !Number.isFinite(centre[1])) return null;
	return { k: transform.k, x: centre[0], y: centre[1] };
}

export function mapTransformFor(zoom: MapZoom | null, projection: MapProjection, width: number, height: number): View {
	if (!zoom) return { k: 1, x: 0, y: 0 };
	const point = projection([zoom.x, zoom.y]);
	if (!point) return { k: 1, x: 0, y: 0 };
	return { k: zoom.k, x: width / 2 - zoom.k * point[0], y: height / 2 - zoom.k * point[1] };
}

export function sameMapZoom(a: MapZoom | null, b: MapZoom | null): boolean {
	if (a === null || b === null) return a === b;
	return Math.abs(a.k - b.k) < 0.001 && Math.abs(a.x - b.x) < 0.0005 && Math.abs(a.y - b.y) < 0.0005;
}
