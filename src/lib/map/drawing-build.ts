/**
 * What `npm run layouts` derives from region.topo.json for the page (area-outlines.ts): the
 * map's drawing (/geo/drawing.json) and one outline file per province and district
 * (/geo/areas/<layer>/<id>.json). Both are build output, made again from the topology on
 * every build, so they never disagree with it.
 */
import { LAYER_NAMES } from './map-model';
import { parseRegion } from './region-topology';
import { parseProjectedGeography, type MapDrawing } from './projected-geography-check';
import { OUTLINE_FILE_LAYERS, outlineFile, type AreaNames, type AreaOutline } from './area-outlines';

export function mapDrawingFiles(topology: unknown): { drawing: MapDrawing; outlines: AreaOutline[] } {
	const region = parseRegion(topology, parseProjectedGeography);
	const { projected } = region;
	if (!projected) throw new Error('region.topo.json has no projected geography: `npm run geodata` writes it.');
	const bbox = (topology as { bbox?: unknown }).bbox;
	if (!Array.isArray(bbox) || bbox.length !== 4 || !bbox.every((value) => typeof value === 'number' && Number.isFinite(value)))
		throw new Error('region.topo.json has no bbox of four numbers.');
	const names = Object.fromEntries(
		LAYER_NAMES.map((layer) => [layer, Object.fromEntries(region[layer].features.map((area) => [String(area.id), area.properties.name]))])
	) as AreaNames;
	const outlines = OUTLINE_FILE_LAYERS.flatMap((layer) => region[layer].features.map((area) => outlineFile(layer, area, projected.scale)));
	return { drawing: { bbox: bbox as MapDrawing['bbox'], names, projected }, outlines };
}
