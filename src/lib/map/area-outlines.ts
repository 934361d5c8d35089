/**
 * The outlines of the areas places refer to, in the projected geography's units, placed in any
 * frame by the same transform (`geographyTransform`). The page does not download the boundary
 * topology (region.topo.json, about 23 kB gzip) to draw the two or three areas a dataset names:
 * the build writes the map's drawing (/geo/drawing.json: the projected geography and the name of
 * every area) and each province's and district's outline in a file of its own
 * (/geo/areas/<layer>/<id>.json, scripts/build-layouts.ts), and the page asks only for the
 * outlines its places name. Countries' outlines come with the drawing. A region read from the
 * topology (the one-file briefing) and the finer detail loaded on zoom are projected here instead.
 */
import { fetchJson, findArea, LAYER_NAMES, type Area, type LayerName, type Region, type RegionDetail } from './map-model';
import type { ProjectedGeography } from './projected-geography-check';
import { projectShape } from './projected-geography';
import type { Place } from '$lib/dataset/schema';

/** One area's outline: what the map draws for a place that refers to it. */
export interface AreaOutline {
	layer: LayerName;
	id: string;
	/** The area's own name, e.g. "Kabul" for the province. */
	name: string;
	/** Path data in the projected geography's units (moves, relative lines, closes). */
	d: string;
}

/** The name of every area the map has, by layer and id: what the drawing carries instead of the shapes. */
export type AreaNames = Record<LayerName, Record<string, string>>;

/** The layers whose outlines are files of their own; countries' come with the drawing. */
export const OUTLINE_FILE_LAYERS = ['provinces', 'districts'] as const satisfies readonly LayerName[];
export type OutlineFileLayer = (typeof OUTLINE_FILE_LAYERS)[number];

export const AREAS_PATH = '/geo/areas';

export function areaOutlineUrl(layer: OutlineFileLayer, id: string): string {
	return `${AREAS_PATH}/${layer}/${encodeURIComponent(id)}.json`;
}

const outlineKey = (layer: LayerName, id: string) => `${layer}:${id}`;

/** Path data as projected-geography.ts writes it; nothing else is drawn. */
const PATH_DATA = /^[Mlz0-9 -]*$/;

/** An outline file's contents, checked against the area it was asked for; refused with the field it fails on. */
export function readAreaOutline(value: unknown, layer: OutlineFileLayer, id: string): AreaOutline {
	const where = areaOutlineUrl(layer, id);
	if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${where} is not an object.`);
	const file = value as Record<string, unknown>;
	if (file.layer !== layer) throw new Error(`${where}: its layer is not ${layer}.`);
	if (file.id !== id) throw new Error(`${where}: its id is not ${id}.`);
	if (typeof file.name !== 'string' || file.name.trim() === '') throw new Error(`${where}: its name is missing or not text.`);
	if (typeof file.d !== 'string' || !PATH_DATA.test(file.d)) throw new Error(`${where}: its d is not path data.`);
	return { layer, id, name: file.name, d: file.d };
}

export async function loadAreaOutline(layer: OutlineFileLayer, id: string, fetcher: typeof fetch = fetch): Promise<AreaOutline> {
	return readAreaOutline(await fetchJson(areaOutlineUrl(layer, id), fetcher), layer, id);
}

/** An area's outline: its shape projected at `scale` (an outline file's contents, written by the build). */
export function outlineFile(layer: LayerName, area: Area, scale: number): AreaOutline {
	return { layer, id: String(area.id), name: area.properties.name, d: projectShape(area.geometry, scale) };
}

/**
 * The areas whose outline files `places` need: provinces and districts the drawing names
 * (an unknown id is never asked for), each once, in the places' order.
 */
export function outlinesNeeded(places: readonly Place[], names: AreaNames): { layer: OutlineFileLayer; id: string }[] {
	const needed = new Map<string, { layer: OutlineFileLayer; id: string }>();
	for (const { boundary } of places) {
		if (!boundary || !(OUTLINE_FILE_LAYERS as readonly string[]).includes(boundary.layer)) continue;
		const layer = boundary.layer as OutlineFileLayer;
		if (Object.hasOwn(names[layer], boundary.featureId)) needed.set(outlineKey(layer, boundary.featureId), { layer, id: boundary.featureId });
	}
	return [...needed.values()];
}

/** Outlines already loaded, by `layer:id`. */
export type LoadedOutlines = ReadonlyMap<string, AreaOutline>;

export function loadedOutline(loaded: LoadedOutlines, layer: LayerName, id: string): AreaOutline | undefined {
	return loaded.get(outlineKey(layer, id));
}

export function withOutline(loaded: LoadedOutlines, outline: AreaOutline): Map<string, AreaOutline> {
	return new Map(loaded).set(outlineKey(outline.layer, outline.id), outline);
}

/** Finds the outline of an area by layer and id, or null when the map has none (yet). */
export type OutlineOf = (layer: LayerName, id: string) => AreaOutline | null;

/** The `[[x0, y0], [x1, y1]]` box of path data as projected-geography.ts writes it, or null for an empty path. */
export function pathBounds(d: string): [[number, number], [number, number]] | null {
	let x = 0;
	let y = 0;
	let x0 = Infinity;
	let y0 = Infinity;
	let x1 = -Infinity;
	let y1 = -Infinity;
	for (const [, command, a, b] of d.matchAll(/([Ml])\s*(-?\d+)\s*(-?\d+)/g)) {
		if (command === 'M') [x, y] = [Number(a), Number(b)];
		else [x, y] = [x + Number(a), y + Number(b)];
		[x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
	}
	return x0 <= x1 ? [[x0, y0], [x1, y1]] : null;
}

/**
 * Where the map takes each area's outline from: countries from the projected geography;
 * provinces and districts from the detail when it is drawn and has them, else from the
 * loaded outline files (a region read from the drawing) or from the region's own shapes
 * (read from the topology), projected once each.
 */
export function outlineSource({
	region,
	geography,
	loaded,
	detail
}: {
	region: Region;
	geography: ProjectedGeography;
	loaded: LoadedOutlines;
	/** The finer layers, when the map draws them (zoomed in); null otherwise. */
	detail: RegionDetail | null;
}): OutlineOf {
	const countryPaths = new Map(geography.countries.map((country) => [country.id, country.d]));
	const projected = new Map<string, AreaOutline>();
	const project = (layer: LayerName, area: Area): AreaOutline => {
		const key = outlineKey(layer, String(area.id));
		let outline = projected.get(key);
		if (!outline) projected.set(key, (outline = outlineFile(layer, area, geography.scale)));
		return outline;
	};
	const names = region.drawingOnly?.names;
	return (layer, id) => {
		if (!(LAYER_NAMES as readonly string[]).includes(layer)) return null;
		if (layer === 'countries') {
			const d = countryPaths.get(id);
			const name = names ? (Object.hasOwn(names.countries, id) ? names.countries[id] : undefined) : findArea(region, layer, id)?.properties.name;
			return d === undefined || name === undefined ? null : { layer, id, name, d };
		}
		const fine = detail?.[layer].features.find((area) => area.id === id);
		if (fine) return project(layer, fine);
		if (names) return loadedOutline(loaded, layer, id) ?? null;
		const area = findArea(region, layer, id);
		return area ? project(layer, area) : null;
	};
}
