/**
 * The check of region.topo.json's `projected` member (its geography projected when the file was
 * built; see ProjectedGeography): a malformed one is refused with the field it fails on. Apart
 * from map-model.ts, so a page whose map file the build checked does not download it
 * (map-model's `readRegion`).
 */
import * as v from 'valibot';
import { issuePath } from '$lib/dataset/issue-path';

const Finite = v.pipe(v.number('is not a number'), v.finite('is not a number'));
/** Path data as the projected geography writes it: moves, relative lines and closes, in whole units. */
const PathData = v.pipe(v.string('is not text'), v.regex(/^[Mlz0-9 -]*$/, 'is not path data'));
const Corner = v.tuple([Finite, Finite], 'is not a pair of numbers');

export const ProjectedGeographySchema = v.object({
	scale: v.pipe(Finite, v.gtValue(0, 'is not above 0')),
	/**
	 * Bounds of Afghanistan and Pakistan as d3's fitExtent measures them (scale 150,
	 * translate [0, 0]), so a frame is fitted without streaming the polygons again.
	 */
	focusBounds: v.tuple([Corner, Corner], 'is not two corners'),
	countries: v.array(v.object({ id: v.string('is not text'), d: PathData }, 'is not an object'), 'is not a list'),
	water: PathData,
	coast: PathData,
	countryBorders: PathData,
	afghanPakistanBorder: PathData,
	provinces: PathData,
	districts: PathData,
	/** Every label `areaLabels` can give (before countries are skipped), at its centroid. */
	labels: v.array(
		v.object({
			id: v.string('is not text'),
			text: v.string('is not text'),
			role: v.picklist(['focus-country', 'neighbour', 'context'], 'is not one of focus-country, neighbour, context'),
			x: Finite,
			y: Finite
		}, 'is not an object'),
		'is not a list'
	)
}, 'is not an object');

/**
 * The region's fixed geography projected once, when region.topo.json is built,
 * so a page never projects thousands of boundary points before it can
 * show the map (about 300 ms of a cold first load in Chromium here). Everything
 * is in the frame of the region's projection at scale `scale` with translate
 * [0, 0]; a fitted projection differs from it only by scale and translate, so
 * one SVG transform (`geographyTransform`) places it in any frame exactly.
 */
export type ProjectedGeography = v.InferOutput<typeof ProjectedGeographySchema>;

/** The first issue of a failed parse as a sentence: `the map data's projected.water is not path data.` */
function refusal(issues: [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]], subject: (path: string) => string): Error {
	const [issue] = issues;
	const missing = issue.kind === 'schema' && issue.received === 'undefined';
	return new Error(`${subject(issuePath(issue, ''))} ${missing ? 'is missing' : issue.message}.`);
}

/** The `projected` member of region.topo.json, checked; a malformed one is refused with the field it fails on. */
export function parseProjectedGeography(value: unknown): ProjectedGeography {
	const parsed = v.safeParse(ProjectedGeographySchema, value);
	if (parsed.success) return parsed.output;
	throw refusal(parsed.issues, (path) => `the map data's projected${path ? `.${path}` : ''}`);
}

const Names = v.record(v.string(), v.string('is not text'), 'is not an object');

/**
 * /geo/drawing.json, what the page draws the map from (area-outlines.ts): the box the boundary
 * data covers, the name of every area by layer and id, and the projected geography.
 */
export const MapDrawingSchema = v.object({
	bbox: v.tuple([Finite, Finite, Finite, Finite], 'is not four numbers (west, south, east, north)'),
	names: v.object({ countries: Names, provinces: Names, districts: Names }, 'is not an object'),
	projected: ProjectedGeographySchema
}, 'is not an object');

export type MapDrawing = v.InferOutput<typeof MapDrawingSchema>;

/** The map's drawing, checked; a malformed one is refused with the field it fails on. */
export function parseMapDrawing(value: unknown): MapDrawing {
	const parsed = v.safeParse(MapDrawingSchema, value);
	if (parsed.success) return parsed.output;
	throw refusal(parsed.issues, (path) => (path ? `the map drawing's ${path}` : 'the map drawing'));
}
