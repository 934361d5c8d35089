/**
 * Builds the map's boundary files from the committed sources:
 *   npx tsx scripts/build-geodata.ts
 * reads  geodata/source/*.json   (see geodata/source/SOURCES.md, geodata/LICENCES.md)
 * writes static/geo/region.topo.json         countries + Afghan provinces + Pakistani districts, loaded first
 *        static/geo/region-detail.topo.json  finer provinces + districts, only fetched when zoomed in
 * All the geometry work lives in src/lib/map/geodata-build.ts; this file only
 * reads, writes and reports sizes. Re-running it gives byte-identical output.
 */
// TypeScript 6 no longer pulls in @types/node on its own; say that this file runs in Node.
/// <reference types="node" />
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Topology } from 'topojson-specification';
import { buildDetailTopology, buildFirstLoadTopology, type GeodataSources } from '../src/lib/map/geodata-build';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sourceDir = join(root, 'geodata', 'source');
const outDir = join(root, 'static', 'geo');

/** What the page fetches before any interaction, and its gzip budget. */
const FIRST_LOAD = ['region.topo.json'];
const FIRST_LOAD_BUDGET_GZIP = 150_000;

function readTopology(file: string): Topology {
	return JSON.parse(readFileSync(join(sourceDir, file), 'utf8')) as Topology;
}

const sources: GeodataSources = {
	countries: readTopology('countries-50m.json'),
	afgProvinces: readTopology('afg-provinces.ne10m.topo.json'),
	pakDistricts: readTopology('pak-districts.osm.topo.json')
};

const outputs: Record<string, unknown> = {
	'region.topo.json': buildFirstLoadTopology(sources),
	'region-detail.topo.json': buildDetailTopology(sources)
};

mkdirSync(outDir, { recursive: true });
let firstLoadGzip = 0;
for (const [name, data] of Object.entries(outputs)) {
	// Compact JSON: the file is for machines, and whitespace costs bytes even after gzip.
	const text = JSON.stringify(data) + '\n';
	const path = join(outDir, name);
	writeFileSync(path, text);
	const raw = Buffer.byteLength(text);
	const gzip = gzipSync(text, { level: 9 }).length;
	if (FIRST_LOAD.includes(name)) firstLoadGzip += gzip;
	console.log(`${relative(root, path).padEnd(32)} ${raw.toLocaleString('en').padStart(9)} B  ${gzip.toLocaleString('en').padStart(8)} B gzip`);
}
console.log(`first load: ${firstLoadGzip.toLocaleString('en')} B gzip (budget ${FIRST_LOAD_BUDGET_GZIP.toLocaleString('en')})`);
if (firstLoadGzip > FIRST_LOAD_BUDGET_GZIP) {
	console.error('over the first-load budget');
	process.exit(1);
}
