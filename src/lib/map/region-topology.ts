/**
 * Decoding the region's TopoJSON (region.topo.json, region-detail.topo.json) into the map's
 * layers and borders, with topojson-client. Apart from map-model.ts, so a page that draws from
 * the map's drawing and outline files (area-outlines.ts) never downloads it: map-model's
 * `readRegion` and `readDetail` import it when a topology is to be read (the one-file briefing,
 * the finer detail when zoomed in), and the build's scripts and the tests import it directly.
 */
import type { MultiLineString } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import {
	AFGHANISTAN_ID,
	DETAIL_LAYER_NAMES,
	LAYER_NAMES,
	PAKISTAN_ID,
	type Area,
	type AreaCollection,
	type AreaProps,
	type DetailLayerName,
	type LayerName,
	type ReadProjected,
	type Region,
	type RegionDetail
} from './map-model';
import { boxOutline, lonLatBounds } from './projection';

/** The objects of a topology that has all of `names` as GeometryCollections; anything else is refused with a sentence. */
function checkedTopology(
	topology: unknown,
	names: readonly LayerName[],
	what: string
): { topo: Topology; collection: (name: LayerName) => GeometryCollection<AreaProps> } {
	if (typeof topology !== 'object' || topology === null || (topology as { type?: unknown }).type !== 'Topology') {
		throw new Error(`${what} is not a TopoJSON topology.`);
	}
	const topo = topology as Topology;
	if (!Array.isArray(topo.arcs)) throw new Error(`${what} has no arcs.`);
	const objects = (topo.objects ?? {}) as Record<string, GeometryObject | undefined>;
	const missing = names.filter((name) => objects[name]?.type !== 'GeometryCollection');
	if (missing.length > 0) {
		throw new Error(`${what} has no ${missing.join(', ')} layer${missing.length > 1 ? 's' : ''} (expected objects: ${names.join(', ')}).`);
	}
	return { topo, collection: (name) => objects[name] as GeometryCollection<AreaProps> };
}

function decodeLayer(topo: Topology, collection: GeometryCollection<AreaProps>): AreaCollection {
	const decoded = feature(topo, collection) as AreaCollection;
	// Ids are strings in our files; String() keeps lookups safe if a build ever emits numbers.
	return { ...decoded, features: decoded.features.map((area) => ({ ...area, id: String(area.id) })) };
}

function decodeArea(topo: Topology, geometry: GeometryCollection<AreaProps>['geometries'][number]): Area {
	const area = feature(topo, geometry) as Area;
	return { ...area, id: String(area.id) };
}



/**
 * Decode the region topology. Takes `unknown` because it comes straight from
 * fetch; anything that is not a topology with the three layers is refused with
 * an error that says what is missing.
 */
export function parseRegion(topology: unknown, readProjected: ReadProjected): Region {
	const { topo, collection } = checkedTopology(topology, LAYER_NAMES, 'the map data');
	// Layers are decoded on first use: a page drawing the projected geography needs only its places' areas.
	const layers: Partial<Record<LayerName, AreaCollection>> = {};
	const layer = (name: LayerName) => (layers[name] ??= decodeLayer(topo, collection(name)));
	const single = new Map<string, Area | null>();
	const innerBorder = (name: LayerName) => mesh(topo, collection(name), (a, b) => a !== b);
	const bbox = topo.bbox;
	const [[west, south], [east, north]] =
		bbox && bbox.length >= 4 ? [[bbox[0], bbox[1]], [bbox[2], bbox[3]]] : lonLatBounds(layer('countries').features.map((area) => area.geometry));
	// The borders are drawn from `projected` when the file carries it (it always does once built):
	// they are made on first use only, for a topology without it and for building it.
	let innerBorders: Region['innerBorders'] | undefined;
	let afghanPakistanBorder: MultiLineString | undefined;
	let outerEdges: MultiLineString | undefined;
	return {
		get countries() {
			return layer('countries');
		},
		get provinces() {
			return layer('provinces');
		},
		get districts() {
			return layer('districts');
		},
		area(name, id) {
			const decoded = layers[name];
			if (decoded) return decoded.features.find((area) => area.id === id) ?? null;
			const key = `${name}:${id}`;
			if (!single.has(key)) {
				const geometry = collection(name).geometries.find((candidate) => String(candidate.id) === id);
				single.set(key, geometry ? decodeArea(topo, geometry) : null);
			}
			return single.get(key)!;
		},
		get innerBorders() {
			return (innerBorders ??= {
				countries: innerBorder('countries'),
				provinces: innerBorder('provinces'),
				districts: innerBorder('districts')
			});
		},
		get afghanPakistanBorder() {
			return (afghanPakistanBorder ??= mesh(topo, collection('countries'), (a, b) => {
				const ids = new Set([String(a.id), String(b.id)]);
				return a !== b && ids.has(AFGHANISTAN_ID) && ids.has(PAKISTAN_ID);
			}));
		},
		get outerEdges() {
			return (outerEdges ??= mesh(topo, collection('countries'), (a, b) => a === b));
		},
		// A graticule outline follows the parallels, so the box stays right under a conic projection.
		extent: boxOutline([[west!, south!], [east!, north!]]),
		...('projected' in topo ? { projected: readProjected((topo as { projected: unknown }).projected) } : {})
	};
}

/**
 * Decode the detail topology. Takes `unknown` because it comes straight from
 * fetch; anything that is not a topology with both the provinces and districts
 * layers is refused with an error that says what is missing.
 */
export function parseDetail(topology: unknown): RegionDetail {
	const { topo, collection } = checkedTopology(topology, DETAIL_LAYER_NAMES, 'the detailed map data');
	const innerBorder = (name: DetailLayerName) => mesh(topo, collection(name), (a, b) => a !== b);
	return {
		provinces: decodeLayer(topo, collection('provinces')),
		districts: decodeLayer(topo, collection('districts')),
		innerBorders: { provinces: innerBorder('provinces'), districts: innerBorder('districts') }
	};
}
