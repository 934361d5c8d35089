/**
 * `npm run layouts` (part of `npm run build`): lays out every built-in dataset once,
 * at build time, so the app never runs the simulation for them: a large one would
 * wait for the worker, and even the seed's (a few ms warm) cost about 40 ms of a
 * cold first load. The page fetches a built-in dataset's layout beside its files
 * (layout-request's `offerLayout`). Writes
 * static/datasets/<slug>/layout.json (skipped when it is already the dataset's) and
 * static/datasets/layouts.json, the list of shipped layouts by key. Both are build
 * output, not sources: an edited dataset gets a new key and is laid out again.
 *
 * It writes the map's drawing and its areas' outline files from static/geo/region.topo.json
 * (src/lib/map/drawing-build.ts): static/geo/drawing.json and static/geo/areas/.
 *
 * And it writes static/datasets/checked.json: the keys (src/lib/dataset/checked-at-build.ts)
 * of the index and of each dataset that passed every check with no warning and that the schema
 * gives back unchanged, and of the map's drawing when it passes its check unchanged.
 * vite.config.ts builds that list into the app, which then reads those files without checking
 * them again. Beside it, static/datasets/summaries.json: the library's row of each of those
 * datasets, so the library lists them without reading them (src/lib/storage/built-summaries.ts).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { checkedKey } from '../src/lib/dataset/checked-at-build';
import { stripByteOrderMark } from '../src/lib/dataset/text-checks';
import { validateDatasetFiles, validateDatasetIndex } from '../src/lib/dataset/validate';
import { parseMapDrawing } from '../src/lib/map/projected-geography-check';
import { mapDrawingFiles } from '../src/lib/map/drawing-build';
import { areaOutlineUrl } from '../src/lib/map/area-outlines';
import { simulate } from '../src/lib/graph/layout';
import { layoutInput, layoutKey } from '../src/lib/graph/layout-key';
import { saveLayout } from '../src/lib/graph/saved-layout';
import { BUILT_SUMMARIES_FILE, type BuiltSummary } from '../src/lib/storage/built-summaries';
import { BUILT_IN_CORPUS_ID } from '../src/lib/storage/library';
import { openedCorpus } from '../src/lib/corpus/open-corpus';
import { corpusLayoutFile } from '../src/lib/graph/layout-sources';
import { summarise } from '../src/lib/storage/summary';

function readOrNull(path: string): string | null {
	return existsSync(path) ? readFileSync(path, 'utf8') : null;
}

/** Text as the page reads it (fetch's text() drops a byte-order mark), or null when there is no file. */
function pageText(path: string): string | null {
	const text = readOrNull(path);
	return text === null ? null : stripByteOrderMark(text);
}

type CheckedFolder = { datasetJson: string | null; articleText: string | null; result: ReturnType<typeof validateDatasetFiles> };
const checkedFolders = new Map<string, CheckedFolder>();

/**
 * A dataset folder's two files as the page reads them, and their checks. The build lays each
 * dataset out, merges them into the built-in corpus and lists what it checked: the checks run
 * once per folder and text (validation drops a byte-order mark itself, so the result is the file's).
 */
function checkFolder(root: string, slug: string): CheckedFolder {
	const folder = join(root, slug);
	const datasetJson = pageText(join(folder, 'dataset.json'));
	const articleText = pageText(join(folder, 'article.txt'));
	const known = checkedFolders.get(folder);
	if (known && known.datasetJson === datasetJson && known.articleText === articleText) return known;
	const checked = { datasetJson, articleText, result: validateDatasetFiles({ datasetJson, articleText }, slug) };
	checkedFolders.set(folder, checked);
	return checked;
}

/** Lays out each dataset folder under `root` that needs it; returns the index of keys to slugs. */
export function buildLayouts(root: string, slugs: string[], log: (line: string) => void = console.log): Record<string, string> {
	const index: Record<string, string> = {};
	for (const slug of slugs) {
		const folder = join(root, slug);
		const { result } = checkFolder(root, slug);
		if (!result.ok) {
			log(`  ${slug}: not laid out, the dataset has problems (npm run validate lists them)`);
			continue;
		}
		const input = layoutInput(result.dataset.entities, result.dataset.relations);
		const key = layoutKey(input);
		const file = join(folder, 'layout.json');
		const existing = readOrNull(file);
		if (existing && (JSON.parse(existing) as { id?: string }).id === key) log(`  ${slug}: layout up to date`);
		else {
			const started = performance.now();
			const { layout, work } = simulate(input.entities, input.relations, { seed: input.seed });
			writeFileSync(file, JSON.stringify(saveLayout(key, layout)));
			log(`  ${slug}: laid out ${layout.size} actors in ${work.ticks} ticks and ${work.separationRounds} separation rounds (${Math.round(performance.now() - started)} ms)`);
		}
		index[key] = slug;
	}
	return index;
}

/**
 * Lays out the built-in corpus (every built-in dataset, merged with no decision taken, as the
 * library opens it: src/lib/storage/library.ts) into `<root>/all-built-in.layout.json` (a file, not
 * a folder: every folder there is a dataset), which the corpus's page fetches and offers to its graph
 * (CorpusWorkspace.svelte). Returns its key, or null when there is no such
 * corpus (fewer than two datasets open) or a dataset takes its name. A corpus whose merges the
 * analyst has decided, or whose datasets changed since the build, has another key and is laid out
 * in the browser, as before.
 */
export function buildCorpusLayout(root: string, slugs: string[], log: (line: string) => void = console.log): string | null {
	if (slugs.includes(BUILT_IN_CORPUS_ID)) {
		log(`  the built-in corpus: not laid out, a dataset is called “${BUILT_IN_CORPUS_ID}”`);
		return null;
	}
	const datasets = slugs.flatMap((slug) => {
		const { result } = checkFolder(root, slug);
		// The library leaves a dataset with problems out of the corpus: so does its layout.
		return result.ok ? [result.dataset] : [];
	});
	if (slugs.length < 2 || datasets.length === 0) return null;
	const { model, index } = openedCorpus({ id: BUILT_IN_CORPUS_ID, title: '', decisions: { actors: {}, places: {} } }, datasets);
	const input = layoutInput(index.dataset.entities, index.dataset.relations);
	const key = layoutKey(input);
	const file = join(root, corpusLayoutFile(BUILT_IN_CORPUS_ID));
	const existing = readOrNull(file);
	if (existing && (JSON.parse(existing) as { id?: string }).id === key) log(`  the built-in corpus: layout up to date`);
	else {
		const started = performance.now();
		const { layout, work } = simulate(input.entities, input.relations, { seed: input.seed });
		writeFileSync(file, JSON.stringify(saveLayout(key, layout)));
		log(`  the built-in corpus: laid out ${layout.size} actors (${model.articles.length} articles) in ${work.ticks} ticks (${Math.round(performance.now() - started)} ms)`);
	}
	return key;
}

/** Whether the checks' output is the file itself (keys may come in another order): only then may the page skip them. */
const unchanged = (output: unknown, text: string) => isDeepStrictEqual(output, JSON.parse(text));

/**
 * The keys of the files under `root` that passed the checks with no warning and come out of them
 * unchanged: the index, and each dataset's two files together. Others are left out, and the page checks them.
 * With them, the library's row of each such dataset (src/lib/storage/built-summaries.ts), under the same key.
 */
export async function checkDatasetsAtBuild(
	root: string,
	slugs: string[],
	log: (line: string) => void = console.log
): Promise<{ keys: string[]; summaries: Record<string, BuiltSummary> }> {
	const keys: (string | null)[] = [];
	const summaries: Record<string, BuiltSummary> = {};
	const indexText = pageText(join(root, 'index.json'));
	const index = validateDatasetIndex(indexText, 'index.json');
	if (index.ok && indexText !== null && unchanged(index.index, indexText)) keys.push(await checkedKey('index', [indexText]));
	else log('  index.json: left to the page to check');
	for (const slug of slugs) {
		const { datasetJson, articleText, result } = checkFolder(root, slug);
		if (result.ok && result.warnings.length === 0 && datasetJson !== null && articleText !== null) {
			const { slug: _slug, articleText: _articleText, ...output } = result.dataset;
			if (unchanged(output, datasetJson)) {
				const key = await checkedKey('dataset', [datasetJson, articleText]);
				keys.push(key);
				if (key !== null) {
					const { title, publisher, published, counts } = summarise(slug, 'built-in', result.dataset);
					summaries[slug] = { key, title, publisher, published, counts: counts! };
				}
				continue;
			}
		}
		log(`  ${slug}: left to the page to check (${result.ok ? (result.warnings.length ? 'it has warnings' : 'the checks give it back changed: text trimmed, a default filled in or an unknown field dropped') : 'it has problems'})`);
	}
	return { keys: keys.filter((key): key is string => key !== null), summaries };
}

/** The keys alone (checkDatasetsAtBuild). */
export async function checkedAtBuild(root: string, slugs: string[], log: (line: string) => void = console.log): Promise<string[]> {
	return (await checkDatasetsAtBuild(root, slugs, log)).keys;
}

/**
 * Writes the map's drawing (`<geo>/drawing.json`) and its areas' outline files (`<geo>/areas/`,
 * emptied first) from `<geo>/region.topo.json`; returns how many outlines it wrote.
 */
export function writeMapDrawing(geo: string): number {
	const { drawing, outlines } = mapDrawingFiles(JSON.parse(readFileSync(join(geo, 'region.topo.json'), 'utf8')));
	writeFileSync(join(geo, 'drawing.json'), JSON.stringify(drawing));
	rmSync(join(geo, 'areas'), { recursive: true, force: true });
	for (const outline of outlines) {
		// The page's URL of the file, under `geo` (which the site serves as /geo).
		const file = join(geo, areaOutlineUrl(outline.layer as 'provinces' | 'districts', outline.id).replace(/^\/geo\//, ''));
		mkdirSync(join(file, '..'), { recursive: true });
		writeFileSync(file, JSON.stringify(outline));
	}
	return outlines.length;
}

/** The map drawing's key, if it passes its check unchanged; null (and a line said) if not. */
export async function checkedMap(path: string, log: (line: string) => void = console.log): Promise<string | null> {
	const text = pageText(path);
	try {
		if (text === null) throw new Error('the file is missing');
		if (!isDeepStrictEqual(parseMapDrawing(JSON.parse(text)), JSON.parse(text))) throw new Error('the check gives it back changed');
		return await checkedKey('map', [text]);
	} catch (error) {
		log(`  ${path}: left to the page to check (${error instanceof Error ? error.message : String(error)})`);
		return null;
	}
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const root = 'static/datasets';
	const { datasets } = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8')) as { datasets: { slug: string }[] };
	console.log('Laying out the built-in datasets:');
	const index = buildLayouts(root, datasets.map((dataset) => dataset.slug));
	// No stale corpus layout is left for the page to ask for (src/early-fetch.js preloads it when it is there).
	if (!buildCorpusLayout(root, datasets.map((dataset) => dataset.slug))) rmSync(join(root, corpusLayoutFile(BUILT_IN_CORPUS_ID)), { force: true });
	writeFileSync(join(root, 'layouts.json'), JSON.stringify(index, null, '\t'));
	const outlines = writeMapDrawing('static/geo');
	console.log(`Wrote the map's drawing and ${outlines} area outlines from static/geo/region.topo.json.`);
	const map = await checkedMap('static/geo/drawing.json');
	const { keys, summaries } = await checkDatasetsAtBuild(root, datasets.map((dataset) => dataset.slug));
	const checked = [...keys, ...(map ? [map] : [])];
	writeFileSync(join(root, 'checked.json'), JSON.stringify(checked, null, '\t'));
	console.log(`Checked at build time, so not again in the page: ${checked.length} files (the dataset list, datasets and the map).`);
	writeFileSync(join(root, BUILT_SUMMARIES_FILE), JSON.stringify(summaries));
	console.log(`Wrote the library's rows of ${Object.keys(summaries).length} built-in datasets (${BUILT_SUMMARIES_FILE}).`);
}
