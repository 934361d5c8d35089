// Step of `npm run build`, after `vite build`: writes /offline-first.json, the files the service
// worker caches when it installs. They are what a first visit to the library and the workspace
// downloads anyway (the code those two pages import, their styles and font, the pages, the list
// of datasets, the map, and the first built-in dataset), so installing costs no second download
// of everything (the first dataset's shipped layout included). The rest (editor, importer, presenting, exports, other datasets) is cached when
// first used, and all of it on the next visit (src/service-worker.ts, "warm").
// Written to build/ and .svelte-kit/output/client/, as copy-briefing-template.mjs explains.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const CLIENT = '.svelte-kit/output/client';
const MANIFEST = `${CLIENT}/.vite/manifest.json`;
const APP = '.svelte-kit/generated/client-optimized/app.js';
/** The routes a first visit lands on. */
const FIRST_ROUTES = ['/', '/view'];

for (const file of [MANIFEST, APP])
	if (!existsSync(file)) {
		console.error(`${file} is missing: run \`vite build\` first (\`npm run build\` does both).`);
		process.exit(1);
	}

const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
const app = readFileSync(APP, 'utf8');

/** SvelteKit's route → node table in the generated client: `"/view": [5]`, or `"/view": [~5]`. */
function nodesOf(route) {
	const match = new RegExp(`"${route.replace(/[/]/g, '\\/')}":\\s*\\[~?(\\d+)`).exec(app);
	if (!match) throw new Error(`no node for route ${route} in ${APP}`);
	return `.svelte-kit/generated/client-optimized/nodes/${match[1]}.js`;
}

const files = new Set();
const seen = new Set();
/**
 * A chunk, what it imports, and their styles and fonts. For what it imports lazily, only the styles:
 * SvelteKit links those with the page so a component loaded later never shows unstyled.
 */
function collect(key, lazily, followLazy = true) {
	const visit = `${key}:${lazily}`;
	if (seen.has(visit)) return;
	seen.add(visit);
	const chunk = manifest[key];
	if (!chunk) throw new Error(`${key} is not in the build manifest`);
	if (!lazily) {
		files.add(chunk.file);
		for (const asset of chunk.assets ?? []) if (asset.endsWith('.woff2')) files.add(asset);
	}
	for (const css of chunk.css ?? []) files.add(css);
	for (const imported of chunk.imports ?? []) collect(imported, lazily);
	if (followLazy) for (const imported of chunk.dynamicImports ?? []) collect(imported, true);
}

const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry && !chunk.src?.includes('nodes/'));
// The entry imports every route's page lazily; only the first routes' are wanted.
for (const [key] of entries) collect(key, false, false);
for (const node of ['0', '1']) collect(`.svelte-kit/generated/client-optimized/nodes/${node}.js`, false);
for (const route of FIRST_ROUTES) collect(nodesOf(route), false);

const index = JSON.parse(readFileSync('static/datasets/index.json', 'utf8'));
const first = index.datasets[0]?.slug;
const data = ['/datasets/index.json', '/datasets/layouts.json', '/geo/region.topo.json', '/favicon.svg'];
if (first) data.push(`/datasets/${first}/dataset.json`, `/datasets/${first}/article.txt`, `/datasets/${first}/layout.json`);

const list = [...[...files].sort().map((file) => `/${file}`), ...data.filter((file) => existsSync(`build${file}`))];
for (const dir of ['build', CLIENT]) writeFileSync(`${dir}/offline-first.json`, JSON.stringify(list, null, '\t'));
console.log(`offline-first.json: ${list.length} files the service worker caches on install`);
