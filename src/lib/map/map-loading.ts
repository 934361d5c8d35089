/**
 * What the place maps on a page load, shared by every map on it (workspace, presentation, a
 * handout's maps) and started early by the workspace's page (`prepareMap`): the region, by where
 * it comes from (the drawing's URL, or the loader of an inlined topology), and the outline files
 * of the areas the places name (area-outlines.ts), each asked for once.
 */
import type { Place } from '$lib/dataset/schema';
import { loadAreaOutline, outlinesNeeded, withOutline, type AreaOutline, type OutlineFileLayer } from './area-outlines';
import { loadDrawing, type Region } from './map-model';

/** Where a place map fetches its drawing from, unless told otherwise. */
export const DRAWING_URL = '/geo/drawing.json';

/** Regions asked for, by source: one request per page, whichever map or page asks first. */
const requestedRegions = new Map<unknown, Promise<Region>>();
/**
 * Regions already loaded, by source: a map made later draws at once. The printed handout's maps
 * are made when printing starts, and the browser lays out the page right then, without waiting
 * for a load, however quick.
 */
const loadedRegions = new Map<unknown, Region>();

/** The region from `source` (a URL or a loader), loaded once per page; a failure is not kept, so a later map asks again. */
export function regionFrom(source: unknown, load: () => Promise<Region>): Promise<Region> {
	let request = requestedRegions.get(source);
	if (!request) {
		request = load().then(
			(region) => {
				loadedRegions.set(source, region);
				return region;
			},
			(error: unknown) => {
				requestedRegions.delete(source);
				throw error;
			}
		);
		requestedRegions.set(source, request);
	}
	return request;
}

export function loadedRegion(source: unknown): Region | undefined {
	return loadedRegions.get(source);
}

/** Outline files loaded on this page, by `layer:id`. */
let loadedOutlines: ReadonlyMap<string, AreaOutline> = new Map();
/** Each outline is asked for once per page, even if it fails. */
const requestedOutlines = new Map<string, Promise<void>>();

export function currentOutlines(): ReadonlyMap<string, AreaOutline> {
	return loadedOutlines;
}

/** Loads the outline files `places` need and the page has not asked for; resolves when all have answered. */
export function loadOutlines(places: readonly Place[], region: Region): Promise<void> {
	if (!region.drawingOnly) return Promise.resolve();
	const requests = outlinesNeeded(places, region.drawingOnly.names).map(({ layer, id }) => {
		const key = `${layer}:${id}`;
		let request = requestedOutlines.get(key);
		if (!request) {
			request = loadAreaOutline(layer as OutlineFileLayer, id).then(
				(outline) => {
					loadedOutlines = withOutline(loadedOutlines, outline);
				},
				// Quietly: the place keeps its marker, as it does for an area the map does not have.
				() => {}
			);
			requestedOutlines.set(key, request);
		}
		return request;
	});
	return Promise.all(requests).then(() => {});
}

/** The map's drawing and the outlines `places` name, from `url`: what a map waits for before it draws. */
export function mapFor(places: readonly Place[], url = DRAWING_URL): Promise<Region> {
	return regionFrom(url, () => loadDrawing(url)).then((region) => loadOutlines(places, region).then(() => region));
}

/** Starts loading the map's drawing, before the places are known. Never throws: the map shows the failure. */
export function prepareDrawing(url = DRAWING_URL): void {
	regionFrom(url, () => loadDrawing(url)).catch(() => {});
}

/**
 * Starts loading the map for a dataset's places as soon as the dataset is open, while the
 * workspace is being drawn, so its map finds them loaded. Never throws: the map shows the failure.
 */
export function prepareMap(places: readonly Place[]): void {
	mapFor(places).catch(() => {});
}
