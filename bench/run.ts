/**
 * `npm run bench`: builds Threadboard, serves the production build (gzip) on a port of
 * its own with seeded synthetic datasets laid over it as built-in datasets, and drives
 * Chromium to measure Threadboard beside a plain d3 baseline page on the seed and on
 * 100, 1,000 and 5,000 actors. Prints medians as a table with ratios and writes JSON
 * to bench-results/. Options: --runs N, --sizes seed,100,1000,5000, --skip-build,
 * --no-lighthouse, --port N, --app DIR (measure another checkout, e.g. an older commit
 * in a worktree of its own, with this benchmark).
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { build as viteBuild } from 'vite';
import config, { CHROMIUM_PATH } from '../playwright.config';
import { validateDataset } from '../src/lib/dataset/validate';
import { buildLayouts } from '../scripts/build-layouts';
import { measureRun, type AppProbe, type RunResult } from './measure';
import { summarise, table, type DatasetReport } from './report';
import { serve } from './server';
import { syntheticDataset } from './synthetic';

const ROOT = resolve(import.meta.dirname, '..');
const DATA = join(ROOT, 'bench-data');
const RESULTS = join(ROOT, 'bench-results');
const SEED_SLUG = 'haqqani-al-qaeda-joint-unit';
const LAUNCH_ARGS = (config.use?.launchOptions?.args ?? []) as string[];

const { values: options } = parseArgs({
	options: {
		runs: { type: 'string', default: '3' },
		sizes: { type: 'string', default: 'seed,100,1000,5000' },
		'skip-build': { type: 'boolean', default: false },
		'no-lighthouse': { type: 'boolean', default: false },
		port: { type: 'string', default: process.env.THREADBOARD_BENCH_PORT ?? '4396' },
		app: { type: 'string' }
	}
});
/** The checkout whose build is measured: this one unless --app says otherwise. */
const APP = options.app ? resolve(options.app) : ROOT;
const RUNS = Math.max(1, Number(options.runs));
const PORT = Number(options.port);
const ORIGIN = `http://127.0.0.1:${PORT}`;

function step(message: string) {
	console.log(`\n▸ ${message}`);
}

function run(command: string, args: string[], cwd = ROOT, log?: string) {
	const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: process.env });
	if (log) writeFileSync(log, `${result.stdout}\n${result.stderr}`);
	if (result.status !== 0) {
		console.error(`${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
		throw new Error(`${command} ${args.join(' ')} failed (${result.status})`);
	}
}

interface BenchDataset {
	label: string;
	slug: string;
	folder: string | null;
	actors: number;
	/** The first quote of each actor: what the panel must show after a click. */
	quotes: Map<string, string>;
}

function readQuotes(json: { entities: { id: string; evidence: string[] }[]; quotes: { id: string; exact: string }[] }): Map<string, string> {
	const byId = new Map(json.quotes.map((quote) => [quote.id, quote.exact]));
	return new Map(json.entities.map((entity) => [entity.id, byId.get(entity.evidence[0]!)!]));
}

function prepareDatasets(): BenchDataset[] {
	const sizes = options.sizes.split(',').map((size) => size.trim());
	return sizes.map((size) => {
		if (size === 'seed') {
			const json = JSON.parse(readFileSync(join(APP, 'static/datasets', SEED_SLUG, 'dataset.json'), 'utf8'));
			return { label: 'seed', slug: SEED_SLUG, folder: null, actors: json.entities.length, quotes: readQuotes(json) };
		}
		const actors = Number(size);
		const slug = `synthetic-${actors}`;
		const folder = join(DATA, 'datasets', slug);
		const { dataset, articleText } = syntheticDataset(actors);
		const checked = validateDataset(structuredClone(dataset), articleText, slug);
		if (!checked.ok) throw new Error(`${slug} is not valid: ${checked.problems.slice(0, 3).map((p) => `${p.path}: ${p.message}`).join('; ')}`);
		mkdirSync(folder, { recursive: true });
		writeFileSync(join(folder, 'dataset.json'), JSON.stringify(dataset));
		writeFileSync(join(folder, 'article.txt'), articleText);
		return { label: actors.toLocaleString('en'), slug, folder, actors, quotes: readQuotes(dataset) };
	});
}

async function buildBaseline(): Promise<string> {
	const outDir = join(DATA, 'baseline');
	await viteBuild({
		configFile: false,
		root: join(ROOT, 'bench/baseline'),
		base: '/__baseline/',
		logLevel: 'warn',
		build: { outDir, emptyOutDir: true, target: 'es2022' }
	});
	return outDir;
}

/** The workspace's address for a dataset: `/view/?dataset=` once the app has that route, else `/` (the first listed dataset). */
function workspaceUrl(buildDir: string, slug: string): string | null {
	const routed = existsSync(join(buildDir, 'view.html')) || existsSync(join(buildDir, 'view/index.html'));
	if (routed) return `/view/?dataset=${encodeURIComponent(slug)}`;
	return slug === SEED_SLUG ? '/' : null;
}

/**
 * An app without a route per dataset prerenders its first dataset into `/`: build a scratch
 * copy whose index lists the benchmark's dataset first (the layout then runs at build time too).
 */
function scratchBuild(dataset: BenchDataset, layouts: Record<string, string>): string {
	const scratch = join(DATA, `scratch-${dataset.slug}`);
	rmSync(scratch, { recursive: true, force: true });
	mkdirSync(scratch, { recursive: true });
	// `scripts/` holds build plugins the config imports (first-view-chunks), in checkouts that have them.
	for (const entry of ['src', 'static', 'scripts', 'package.json', 'svelte.config.js', 'vite.config.ts', 'tsconfig.json'])
		if (existsSync(join(APP, entry))) cpSync(join(APP, entry), join(scratch, entry), { recursive: true });
	symlinkSync(join(APP, 'node_modules'), join(scratch, 'node_modules'));
	cpSync(dataset.folder!, join(scratch, 'static/datasets', dataset.slug), { recursive: true });
	writeFileSync(join(scratch, 'static/datasets/index.json'), JSON.stringify({ datasets: [{ slug: dataset.slug, title: dataset.slug }] }));
	writeFileSync(join(scratch, 'static/datasets/layouts.json'), JSON.stringify(layouts));
	console.log(`  scratch build for ${dataset.slug} (this app prerenders its dataset into /)…`);
	run('npx', ['svelte-kit', 'sync'], scratch);
	run('npx', ['vite', 'build'], scratch, join(RESULTS, `scratch-${dataset.slug}.log`));
	return join(scratch, 'build');
}

function threadboardProbe(url: string, actors: number): AppProbe {
	return {
		name: 'Threadboard',
		url,
		drawn: `document.documentElement.dataset.ready === 'true'
			&& (document.querySelector('[data-graph-status]') ? !!document.querySelector('[data-graph-status="drawn"]') : document.querySelectorAll('[data-node-id]').length >= ${actors})
			&& !!document.querySelector('.place-map[data-map-status="ready"] svg')`,
		surface: '.graph svg, .graph canvas',
		avoid: '[data-node-id], [data-relation-id], button, a',
		node: '[data-node-id]',
		idAttribute: 'data-node-id',
		nodeShape: '.shape',
		panel: 'section.evidence',
		hover: { selector: '.graph [role="application"]', attribute: 'data-hover' }
	};
}

function baselineProbe(slug: string): AppProbe {
	return {
		name: 'd3 baseline',
		url: `/__baseline/?dataset=${encodeURIComponent(slug)}`,
		drawn: `document.documentElement.dataset.drawn === 'true'`,
		surface: 'svg',
		avoid: 'circle',
		node: 'circle[data-id]',
		idAttribute: 'data-id',
		panel: '#panel'
	};
}

/** Lighthouse is given this long per page; a loaded two-core machine needs about a minute. */
const LIGHTHOUSE_TIMEOUT_MS = 240_000;

/**
 * Lighthouse desktop scores for one page as "perf/a11y/best/SEO", or why there are none.
 * Asynchronous on purpose: the benchmark's server runs in this process, and a synchronous
 * child (spawnSync) froze its event loop, so Lighthouse waited on a page that could never
 * load until the time limit killed it with nothing on stderr ("failed ()").
 */
async function lighthouse(url: string, name: string): Promise<string> {
	const bin = join(ROOT, 'node_modules/.bin/lighthouse');
	if (!existsSync(bin)) return 'not installed';
	const output = join(RESULTS, `lighthouse-${name}.json`);
	rmSync(output, { force: true });
	const args = [
		url,
		'--preset=desktop',
		'--only-categories=performance,accessibility,best-practices,seo',
		'--output=json',
		`--output-path=${output}`,
		'--quiet',
		`--max-wait-for-load=${LIGHTHOUSE_TIMEOUT_MS / 2}`,
		`--chrome-flags=--headless=new ${LAUNCH_ARGS.join(' ')}`
	];
	const outcome = await new Promise<{ code: number | null; stderr: string; timedOut: boolean }>((done) => {
		const child = spawn(bin, args, { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, stdio: ['ignore', 'ignore', 'pipe'] });
		let stderr = '';
		child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
		const timer = setTimeout(() => {
			child.kill('SIGTERM');
			done({ code: null, stderr, timedOut: true });
		}, LIGHTHOUSE_TIMEOUT_MS);
		child.on('close', (code) => {
			clearTimeout(timer);
			done({ code, stderr, timedOut: false });
		});
	});
	if (outcome.timedOut) return `failed (no report within ${LIGHTHOUSE_TIMEOUT_MS / 1000} s)`;
	if (outcome.code !== 0 || !existsSync(output)) return `failed (exit ${outcome.code}: ${outcome.stderr.trim().split('\n').at(-1) ?? ''})`;
	const report = JSON.parse(readFileSync(output, 'utf8')) as {
		runtimeError?: { code: string };
		categories: Record<string, { score: number | null }>;
	};
	if (report.runtimeError) return `failed (${report.runtimeError.code})`;
	const score = (key: string) => {
		const value = report.categories[key]?.score;
		return value === null || value === undefined ? '?' : String(Math.round(value * 100));
	};
	return ['performance', 'accessibility', 'best-practices', 'seo'].map(score).join('/');
}

async function main() {
	mkdirSync(RESULTS, { recursive: true });
	if (!options['skip-build']) {
		step('Building Threadboard (npm run build)');
		run('npm', ['run', 'build'], APP, join(RESULTS, 'build.log'));
	}
	step('Generating the synthetic datasets and the baseline page');
	const datasets = prepareDatasets();
	// Served as built-in datasets, they get shipped layouts as built-in datasets do.
	const layouts = buildLayouts(join(DATA, 'datasets'), datasets.filter((dataset) => dataset.folder).map((dataset) => dataset.slug), (line) => console.log(line));
	const baseline = await buildBaseline();
	const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: LAUNCH_ARGS });
	const chromiumVersion = browser.version();
	const reports: (DatasetReport & { raw: { threadboard: RunResult[]; baseline: RunResult[] } })[] = [];
	const overlay = datasets.filter((dataset) => dataset.folder).map(({ slug, folder }) => ({ slug, title: slug, folder: folder! }));
	try {
		for (const dataset of datasets) {
			let root = join(APP, 'build');
			let url = workspaceUrl(root, dataset.slug);
			if (url === null) {
				root = scratchBuild(dataset, layouts);
				url = '/';
			}
			// A built-in dataset (the seed) is measured on the app as built: laying the synthetic datasets
			// over it would change the dataset list, which the page then checks as an edited file.
			const server = await serve({ root, port: PORT, datasets: dataset.folder ? overlay : [], baseline, layouts });
			step(`${dataset.label} (${dataset.actors} actors): ${RUNS} run${RUNS === 1 ? '' : 's'} each`);
			const apps = [threadboardProbe(url, dataset.actors), baselineProbe(dataset.slug)];
			const raw = { threadboard: [] as RunResult[], baseline: [] as RunResult[] };
			try {
				for (let index = 0; index < RUNS; index++)
					for (const [key, app] of [['threadboard', apps[0]!], ['baseline', apps[1]!]] as const) {
						// An app that could not draw once within the time limit is not made to wait again.
						if (raw[key].some((result) => result.drawnMs === null)) continue;
						const result = await measureRun(browser, ORIGIN, app, dataset.quotes);
						raw[key].push(result);
						const drawn = result.drawnMs === null ? 'not drawn' : `drawn ${Math.round(result.drawnMs)} ms`;
						console.log(`  ${app.name.padEnd(12)} run ${index + 1}: ${drawn}${result.click ? `, click ${result.click.domMs.toFixed(1)} ms` : ''}${result.pan ? `, ${result.pan.fps.toFixed(0)} fps` : ''}${result.error ? ` (${result.error})` : ''}`);
					}
			} finally {
				server.close();
			}
			reports.push({ label: dataset.label, threadboard: summarise(raw.threadboard), baseline: summarise(raw.baseline), raw });
		}
	} finally {
		await browser.close();
	}

	let scores: { threadboard: string; baseline: string; library: string } | undefined;
	const seed = datasets.find((dataset) => dataset.label === 'seed');
	if (seed && !options['no-lighthouse']) {
		step('Lighthouse (desktop) on the seed workspace, the library page and the baseline');
		const server = await serve({ root: join(APP, 'build'), port: PORT, datasets: overlay, baseline, layouts });
		try {
			// One at a time: two Lighthouse runs at once would measure each other.
			const threadboard = await lighthouse(ORIGIN + workspaceUrl(join(APP, 'build'), SEED_SLUG), 'threadboard');
			console.log(`  Threadboard workspace: ${threadboard}`);
			const library = await lighthouse(`${ORIGIN}/`, 'library');
			console.log(`  Threadboard library:   ${library}`);
			const baselineScores = await lighthouse(`${ORIGIN}/__baseline/?dataset=${SEED_SLUG}`, 'baseline');
			console.log(`  d3 baseline:           ${baselineScores}`);
			scores = { threadboard, baseline: baselineScores, library };
		} finally {
			server.close();
		}
	}

	const date = new Date().toISOString();
	const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: APP, encoding: 'utf8' }).trim();
	const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'static', 'bench'], { cwd: APP, encoding: 'utf8' }).trim() !== '';
	const heading = `Threadboard benchmark, ${date.slice(0, 10)}, commit ${commit}${dirty ? ' (with uncommitted changes)' : ''}, Chromium ${chromiumVersion}, ${cpus().length} cores, median of ${RUNS} run${RUNS === 1 ? '' : 's'}; times in ms unless marked`;
	const markdown = `${heading}\n\n${table(reports, scores)}\n`;
	console.log(`\n${markdown}`);
	const stamp = date.replace(/[:.]/g, '-');
	const json = JSON.stringify({ date, commit, dirty, chromium: chromiumVersion, cores: cpus().length, runs: RUNS, lighthouse: scores, datasets: reports }, null, '\t');
	writeFileSync(join(RESULTS, `bench-${stamp}.json`), json);
	writeFileSync(join(RESULTS, 'latest.json'), json);
	writeFileSync(join(RESULTS, 'latest.md'), markdown);
	console.log(`Written: bench-results/bench-${stamp}.json, bench-results/latest.json, bench-results/latest.md`);
}

main().catch((error: unknown) => {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
});
