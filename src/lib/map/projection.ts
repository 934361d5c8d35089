/**
 * The map's projection and the little spherical and planar maths the page needs,
 * without d3-geo: a first view must not download and run a general projection
 * library (about 9 kB of gzip, a tenth of the page's code) to place a handful of
 * points on one fixed conic. The formulas are those of d3-geo's conicConformal,
 * rotation, distance and graticule outline, so the numbers agree with it
 * (tests/unit/projection.test.ts compares them); d3-geo stays for building the
 * boundary files and for the tests.
 *
 * Where d3-geo's paths add points along an edge by how far it curves on screen
 * (adaptive resampling, along the great circle), these add a point every half degree
 * of longitude or latitude along an edge (`densify`): the region's boundaries are
 * dense already, and its long edges are the data box's cuts, which follow the
 * parallels. Nor do they clip at the antimeridian: the region lies far from 180°.
 */
import type { MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';

const RADIANS = Math.PI / 180;
const DEGREES = 180 / Math.PI;
const HALF_PI = Math.PI / 2;
const TAU = Math.PI * 2;
const EPSILON = 1e-6;

/** A fitted map projection: [longitude, latitude] in degrees to screen units, and back. */
export interface MapProjection {
	(lonLat: readonly [number, number] | Position): [number, number];
	invert(point: readonly [number, number]): [number, number] | null;
	scale(): number;
	scale(k: number): MapProjection;
	translate(): [number, number];
	translate(offset: readonly [number, number]): MapProjection;
}

/**
 * Lambert conformal conic with two standard parallels, rotated so that `centralMeridian`
 * is at x = 0; scale and translate as d3's (translate is where [centralMeridian, 0] lands).
 */
export function conformalConic(parallels: readonly [number, number], centralMeridian: number): MapProjection {
	const [phi0, phi1] = [parallels[0] * RADIANS, parallels[1] * RADIANS];
	const tany = (phi: number) => Math.tan((HALF_PI + phi) / 2);
	const cosPhi0 = Math.cos(phi0);
	const n = phi0 === phi1 ? Math.sin(phi0) : Math.log(cosPhi0 / Math.cos(phi1)) / Math.log(tany(phi1) / tany(phi0));
	const f = (cosPhi0 * Math.pow(tany(phi0), n)) / n;
	const rotation = -centralMeridian * RADIANS;
	let k = 150;
	let tx = 480;
	let ty = 250;

	const projection = ((lonLat: readonly [number, number] | Position): [number, number] => {
		let lambda = lonLat[0]! * RADIANS + rotation;
		if (Math.abs(lambda) > Math.PI) lambda -= Math.round(lambda / TAU) * TAU;
		let phi = lonLat[1]! * RADIANS;
		if (f > 0) phi = Math.max(phi, -HALF_PI + EPSILON);
		else phi = Math.min(phi, HALF_PI - EPSILON);
		const r = f / Math.pow(tany(phi), n);
		return [r * Math.sin(n * lambda) * k + tx, ty - (f - r * Math.cos(n * lambda)) * k];
	}) as MapProjection;

	projection.invert = ([px, py]) => {
		const x = (px - tx) / k;
		const y = (ty - py) / k;
		const fy = f - y;
		const r = Math.sign(n) * Math.sqrt(x * x + fy * fy);
		let l = Math.atan2(x, Math.abs(fy)) * Math.sign(fy);
		if (fy * n < 0) l -= Math.PI * Math.sign(x) * Math.sign(fy);
		let lambda = l / n - rotation;
		if (Math.abs(lambda) > Math.PI) lambda -= Math.round(lambda / TAU) * TAU;
		const phi = 2 * Math.atan(Math.pow(f / r, 1 / n)) - HALF_PI;
		return Number.isFinite(lambda) && Number.isFinite(phi) ? [lambda * DEGREES, phi * DEGREES] : null;
	};
	projection.scale = ((value?: number) => {
		if (value === undefined) return k;
		k = value;
		return projection;
	}) as MapProjection['scale'];
	projection.translate = ((value?: readonly [number, number]) => {
		if (value === undefined) return [tx, ty];
		[tx, ty] = value;
		return projection;
	}) as MapProjection['translate'];
	return projection;
}

/** Great-circle distance in radians between two [lon, lat] in degrees (d3-geo's geoDistance). */
export function sphericalDistance(from: readonly [number, number], to: readonly [number, number]): number {
	const lambda0 = from[0] * RADIANS;
	const lambda1 = to[0] * RADIANS;
	const [sinPhi0, cosPhi0] = [Math.sin(from[1] * RADIANS), Math.cos(from[1] * RADIANS)];
	const [sinPhi, cosPhi] = [Math.sin(to[1] * RADIANS), Math.cos(to[1] * RADIANS)];
	const delta = Math.abs(lambda1 - lambda0);
	const [cosDelta, sinDelta] = [Math.cos(delta), Math.sin(delta)];
	const x = cosPhi * sinDelta;
	const y = cosPhi0 * sinPhi - sinPhi0 * cosPhi * cosDelta;
	const z = sinPhi0 * sinPhi + cosPhi0 * cosPhi * cosDelta;
	return Math.atan2(Math.sqrt(x * x + y * y), z);
}

/** Values from `start` by `step` while below `stop`, then `stop` itself (d3's graticule steps). */
function steps(start: number, stop: number, step: number): number[] {
	const count = Math.max(0, Math.ceil((stop - EPSILON - start) / step));
	return [...Array.from({ length: count }, (_, index) => start + index * step), stop];
}

/**
 * The outline of a longitude/latitude box whose north and south edges follow their
 * parallels (a point every `precision` degrees), as d3's graticule outline: under a
 * conic projection a box of four corners would cut across the curved parallels.
 */
export function boxOutline([[west, south], [east, north]]: [[number, number], [number, number]], precision = 2.5): Polygon {
	const along = (latitude: number) => steps(west, east, precision).map((longitude): Position => [longitude, latitude]);
	return {
		type: 'Polygon',
		coordinates: [[[west, south], [west, north], ...along(north).slice(1), [east, south], ...along(south).reverse().slice(1)]]
	};
}

export type Shape = Polygon | MultiPolygon | MultiLineString;

/** The rings or lines of a shape, each a list of positions. */
export function partsOf(shape: Shape): Position[][] {
	if (shape.type === 'Polygon') return shape.coordinates;
	if (shape.type === 'MultiLineString') return shape.coordinates;
	return shape.coordinates.flat();
}

/** The longest step along an edge, in degrees of longitude or latitude, before points are added in between. */
export const MAX_STEP_DEGREES = 0.5;

/**
 * A line with points added along any edge longer than `maxStep` degrees (in longitude
 * or latitude), evenly in longitude and latitude, so a long edge projects as the curve
 * it is (a parallel stays a parallel) and not as one straight chord.
 */
export function densify(line: readonly Position[], maxStep = MAX_STEP_DEGREES): Position[] {
	const out: Position[] = [];
	line.forEach((position, index) => {
		const previous = line[index - 1];
		if (previous) {
			const [dx, dy] = [position[0]! - previous[0]!, position[1]! - previous[1]!];
			const pieces = Math.ceil(Math.max(Math.abs(dx), Math.abs(dy)) / maxStep);
			for (let piece = 1; piece < pieces; piece++) out.push([previous[0]! + (dx * piece) / pieces, previous[1]! + (dy * piece) / pieces]);
		}
		out.push(position);
	});
	return out;
}

/**
 * Each ring or line of a shape, densified and projected, ready to draw: a ring without the
 * repeated first point GeoJSON ends it with (`closed` says to close it instead).
 */
export function projectedParts(shape: Shape, projection: MapProjection): { points: [number, number][]; closed: boolean }[] {
	const closed = shape.type !== 'MultiLineString';
	return partsOf(shape).map((part) => {
		const line = densify(part);
		return { points: (closed && line.length > 1 ? line.slice(0, -1) : line).map((position) => projection(position)), closed };
	});
}

const rounded = (value: number) => Math.round(value * 100) / 100;

/** SVG path data for a shape under a projection: rings closed, lines left open, to a hundredth of a unit. */
export function areaPath(shape: Shape, projection: MapProjection): string {
	let d = '';
	for (const { points, closed } of projectedParts(shape, projection)) {
		points.forEach(([x, y], index) => (d += `${index === 0 ? 'M' : 'L'}${rounded(x)},${rounded(y)}`));
		if (closed && points.length > 0) d += 'Z';
	}
	return d;
}

/** The projected bounding box of a shape: [[x0, y0], [x1, y1]]. */
export function areaBounds(shape: Shape, projection: MapProjection): [[number, number], [number, number]] {
	let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const { points } of projectedParts(shape, projection))
		for (const [x, y] of points) {
			if (x < x0) x0 = x;
			if (x > x1) x1 = x;
			if (y < y0) y0 = y;
			if (y > y1) y1 = y;
		}
	return [
		[x0, y0],
		[x1, y1]
	];
}

/** The bounds of several shapes together. */
export function boundsOfAll(shapes: readonly Shape[], projection: MapProjection): [[number, number], [number, number]] {
	let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const shape of shapes) {
		const [[a, b], [c, d]] = areaBounds(shape, projection);
		[x0, y0, x1, y1] = [Math.min(x0, a), Math.min(y0, b), Math.max(x1, c), Math.max(y1, d)];
	}
	return [
		[x0, y0],
		[x1, y1]
	];
}

/**
 * The area-weighted centroid of a polygon's projected rings (holes count against it), as
 * d3's path centroid computes it; [NaN, NaN] for a shape with no area.
 */
export function areaCentroid(shape: Polygon | MultiPolygon, projection: MapProjection): [number, number] {
	let [sumX, sumY, sumArea] = [0, 0, 0];
	for (const ring of partsOf(shape)) {
		const points = densify(ring).map((position) => projection(position));
		for (let index = 0; index + 1 < points.length; index++) {
			const [x0, y0] = points[index]!;
			const [x1, y1] = points[index + 1]!;
			const cross = x0 * y1 - x1 * y0;
			sumArea += cross;
			sumX += (x0 + x1) * cross;
			sumY += (y0 + y1) * cross;
		}
	}
	return sumArea === 0 ? [Number.NaN, Number.NaN] : [sumX / (3 * sumArea), sumY / (3 * sumArea)];
}

/** The longitude/latitude box of shapes (planar: the region never crosses the antimeridian). */
export function lonLatBounds(shapes: readonly Shape[]): [[number, number], [number, number]] {
	let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const shape of shapes)
		for (const part of partsOf(shape))
			for (const [longitude, latitude] of part) {
				west = Math.min(west, longitude!);
				east = Math.max(east, longitude!);
				south = Math.min(south, latitude!);
				north = Math.max(north, latitude!);
			}
	return [
		[west, south],
		[east, north]
	];
}
