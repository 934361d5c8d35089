// Step of `npm run build`, after `vite build`: writes /offline-first.json (and the same lists at the
// head of service-worker.js, as `self.__threadboardFirstVisit`, FIRST_VISIT_GLOBAL), what a first view of
// each page downloads anyway. Installing, the service worker caches the list of the page being
// opened and nothing else (src/service-worker.ts, src/lib/storage/first-visit.ts), so a first
// visit downloads nothing twice and nothing it did not need. The rest is cached when first used,
// and all of it on the next visit (the worker's "warm").
//
// The file's shape:
//   {
//     "routes": {             one list per page a visit can land on, of URL paths:
//       "/":       [...],     the library
//       "/view":   [...],     the workspace, without a dataset (the worker adds the one in the address)
//       "/edit":   [...],     the editor
//       "/import": [...]      the importer
//     },
//     "corpus": [...]         added to "/view" for /view/?corpus=…
//     "ownStorage": [...]     added to "/view" for a dataset that is not built in: this browser's
//                             storage code, which the library and the editor load at once too
//     "datasetExtras": {      added to "/view" for /view/?dataset=<slug>, besides the dataset's files:
//       "<slug>": [...]       the outline files of the provinces and districts its places name
//     }                       (src/lib/map/area-outlines.ts)
//   }
// A route's list is its prerendered page; the code its first view runs (the entry, the layout,
// the error page and the route's own page, with what they import statically; what they import
// lazily is left to the fetch handler), and the Web Workers it starts at once (the library's dataset worker); the stylesheets its page links, if any (every page
// inlines its styles today and links them disabled, which the browser does not download); the
// fonts its text needs (those covering Basic Latin: the Latin Extended subset loads only for a
// name that uses it); the favicon; and the data files that page fetches (the library: the dataset
// list and every built-in dataset's text; the workspace: the dataset list and the map's drawing).
// The union, for an install that sees no page, is the library's and the workspace's lists
// (unionOfLandingPages in first-visit.ts). tests/e2e/service-worker.spec.ts checks that a first
// visit caches the files the page downloaded itself.
// Written to build/ and .svelte-kit/output/client/, as copy-briefing-template.mjs explains.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const CLIENT = '.svelte-kit/output/client';
const MANIFEST = `${CLIENT}/.vite/manifest.json`;
const GENERATED = '.svelte-kit/generated/client-optimized';
const APP = `${GENERATED}/app.js`;
/** The pages a visit can land on. */
const ROUTES = ['/', '/view', '/edit', '/import'];
/** What the workspace loads lazily for `?corpus=…`. */
const CORPUS_WORKSPACE = 'src/lib/workspace/CorpusWorkspace.svelte';
/** This browser's storage (IndexedDB): imported lazily, but at once by the library's and the editor's first view. */
const BROWSER_STORES = 'src/lib/storage/browser-stores.ts';
/** What starts the dataset worker (with Comlink): imported lazily, but at once by the library. */
const DATASET_WORKER_CLIENT = 'src/lib/storage/dataset-worker-client.ts';
const LOADED_AT_ONCE = { '/': [BROWSER_STORES, DATASET_WORKER_CLIENT], '/edit': [BROWSER_STORES] };
/** Web Workers a page starts at once, by the name of their source: the library reads built-in datasets in one. */
const WORKERS_AT_ONCE = { '/': ['dataset.worker'] };

for (const file of [MANIFEST, APP])
	if (!existsSync(file)) {
		console.error(`${file} is missing: run \`vite build\` first (\`npm run build\` does both).`);
		process.exit(1);
	}

const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
const app = readFileSync(APP, 'utf8');
const builtInDatasets = JSON.parse(readFileSync('static/datasets/index.json', 'utf8')).datasets.map((entry) => entry.slug);

/** SvelteKit's route → node table in the generated client: `"/view": [5]`, or `"/view": [~5]`. */
function nodeOf(route) {
	const match = new RegExp(`"${route.replace(/[/]/g, '\\/')}":\\s*\\[~?(\\d+)`).exec(app);
	if (!match) throw new Error(`no node for route ${route} in ${APP}`);
	return `${GENERATED}/nodes/${match[1]}.js`;
}

/** A chunk's file and every file it imports statically, as URL paths (added to `code`). */
function staticImports(key, code = new Set()) {
	const chunk = manifest[key];
	if (!chunk) throw new Error(`${key} is not in the build manifest`);
	if (code.has(`/${chunk.file}`)) return code;
	code.add(`/${chunk.file}`);
	for (const imported of chunk.imports ?? []) staticImports(imported, code);
	return code;
}

/** The prerendered page of a route (`trailingSlash: 'always'`: /view/ is view/index.html). */
const pageOf = (route) => (route === '/' ? '/' : `${route}/`);
const htmlOf = (route) => readFileSync(`build${pageOf(route)}index.html`, 'utf8');

/** Stylesheets the page links and the browser downloads: not the disabled ones SvelteKit writes beside inlined styles. */
function linkedStyles(html) {
	const links = html.match(/<link\b[^>]*>/g) ?? [];
	return links
		.filter((link) => /\brel="stylesheet"/.test(link) && !/\bdisabled\b/.test(link))
		.map((link) => `/${/\bhref="(?:\.{1,2}\/)*([^"]+)"/.exec(link)?.[1]}`);
}

/** Fonts a page of English text downloads: those whose unicode-range (if any) includes 'A'. */
function fontsFor(html, stylesheets) {
	const css = [html, ...stylesheets.map((file) => readFileSync(`${CLIENT}${file}`, 'utf8'))].join('\n');
	const fonts = [];
	for (const [face] of css.matchAll(/@font-face\s*\{[^}]*\}/g)) {
		const file = /url\(\s*["']?(?:\.{1,2}\/)*\/?([^"')]+\.woff2)/.exec(face)?.[1];
		const range = /unicode-range:\s*([^;}]+)/.exec(face)?.[1];
		if (file && (!range || coversLetterA(range))) fonts.push(`/${file}`);
	}
	return fonts;
}

function coversLetterA(range) {
	return range.split(',').some((part) => {
		const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-');
		return parseInt(from, 16) <= 0x41 && 0x41 <= parseInt(to, 16);
	});
}

const datasetTexts = builtInDatasets.flatMap((slug) => [`/datasets/${slug}/dataset.json`, `/datasets/${slug}/article.txt`]);
/** The data files each page fetches at once (the workspace's dataset is the worker's to add). */
const DATA = {
	'/': ['/favicon.svg', '/datasets/index.json', '/datasets/summaries.json', ...datasetTexts],
	'/view': ['/favicon.svg', '/datasets/index.json', '/geo/drawing.json'],
	'/edit': ['/favicon.svg'],
	'/import': ['/favicon.svg']
};

/** The entry's and the layout's code, and the error page's, which the start script loads on every page. */
const shared = ['node_modules/@sveltejs/kit/src/runtime/client/entry.js', APP, `${GENERATED}/nodes/0.js`, `${GENERATED}/nodes/1.js`];

/** The built file of a worker (Vite bundles each into one file, listed as an asset of the chunk that starts it). */
function workerFile(name) {
	const files = new Set(Object.values(manifest).flatMap((chunk) => chunk.assets ?? []).filter((file) => file.includes(`/workers/${name}-`)));
	if (files.size !== 1) throw new Error(`expected one built file for the worker ${name}, found ${files.size}`);
	return `/${[...files][0]}`;
}

const inBuild = (file) => existsSync(`build${file}`) && (file.endsWith('/') ? existsSync(`build${file}index.html`) : true);
const routes = {};
for (const route of ROUTES) {
	const code = new Set();
	for (const key of [...shared, nodeOf(route), ...(LOADED_AT_ONCE[route] ?? [])]) staticImports(key, code);
	const html = htmlOf(route);
	const stylesheets = linkedStyles(html);
	for (const name of WORKERS_AT_ONCE[route] ?? []) code.add(workerFile(name));
	const list = [pageOf(route), ...[...code].sort(), ...stylesheets, ...fontsFor(html, stylesheets), ...DATA[route]];
	const missing = list.filter((file) => !inBuild(file));
	if (missing.length) throw new Error(`${route}: not in build/: ${missing.join(', ')}`);
	routes[route] = list;
}

const viewCode = new Set(routes['/view']);
/** The outline files a dataset's workspace fetches: the provinces and districts its places name that the map has. */
function outlineFilesOf(slug) {
	const { places = [] } = JSON.parse(readFileSync(`static/datasets/${slug}/dataset.json`, 'utf8'));
	const files = places
		.filter((place) => place.boundary && ['provinces', 'districts'].includes(place.boundary.layer))
		.map((place) => `/geo/areas/${place.boundary.layer}/${encodeURIComponent(place.boundary.featureId)}.json`)
		.filter(inBuild);
	return [...new Set(files)];
}
const datasetExtras = Object.fromEntries(builtInDatasets.map((slug) => [slug, outlineFilesOf(slug)]));
const corpus = [
	...[...staticImports(CORPUS_WORKSPACE)].filter((file) => !viewCode.has(file)).sort(),
	...datasetTexts,
	...new Set(Object.values(datasetExtras).flat()),
	// The built-in corpus's layout, when the build laid it out (scripts/build-layouts.ts).
	...['/datasets/all-built-in.layout.json'].filter(inBuild)
];
const ownStorage = [...staticImports(BROWSER_STORES)].filter((file) => !viewCode.has(file)).sort();

const lists = { routes, corpus, ownStorage, datasetExtras };
for (const dir of ['build', CLIENT]) {
	writeFileSync(`${dir}/offline-first.json`, JSON.stringify(lists, null, '\t'));
	// The worker reads the lists from its own script: installing then fetches only what it caches.
	const worker = `${dir}/service-worker.js`;
	const code = readFileSync(worker, 'utf8').replace(/^self\.__threadboardFirstVisit=.*\n/, '');
	writeFileSync(worker, `self.__threadboardFirstVisit=${JSON.stringify(lists)};\n${code}`);
}
console.log(
	`offline-first.json: ${ROUTES.map((route) => `${route} ${routes[route].length} files`).join(', ')}; a corpus ${corpus.length} more, a dataset of the browser's own ${ownStorage.length} more`
);
