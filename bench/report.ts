/**
 * Medians of the benchmark's runs and the table it prints: one row per figure and
 * dataset, Threadboard beside the d3 baseline, with their ratio.
 */
import type { RunResult } from './measure';

export interface Summary {
	runs: number;
	failures: string[];
	transferKB: number | null;
	jsKB: number | null;
	fontKB: number | null;
	requests: number | null;
	workerKB: number | null;
	/** What the service worker fetched after taking the page (answering its requests), not its precache. */
	workerLaterKB: number | null;
	drawnMs: number | null;
	loadLongestTaskMs: number | null;
	clickMs: number | null;
	clickPaintMs: number | null;
	fps: number | null;
	inputsPerSecond: number | null;
	panLongTasks: number | null;
	panLongestTaskMs: number | null;
	domElements: number | null;
	heapMB: number | null;
}

export function median(values: (number | null | undefined)[]): number | null {
	const sorted = values.filter((value): value is number => typeof value === 'number' && Number.isFinite(value)).sort((a, b) => a - b);
	if (sorted.length === 0) return null;
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function summarise(runs: RunResult[]): Summary {
	const ok = runs.filter((run) => run.ok);
	const of = (pick: (run: RunResult) => number | null | undefined) => median(ok.map(pick));
	const kB = (bytes: number | null) => (bytes === null ? null : bytes / 1024);
	return {
		runs: runs.length,
		failures: runs.filter((run) => !run.ok).map((run) => run.error ?? 'failed'),
		transferKB: kB(of((run) => run.transfer.totalBytes)),
		jsKB: kB(of((run) => run.transfer.jsBytes)),
		fontKB: kB(of((run) => run.transfer.fontBytes)),
		requests: of((run) => run.transfer.requests),
		workerKB: kB(of((run) => run.transfer.workerBytes)),
		workerLaterKB: kB(of((run) => run.transfer.workerLaterBytes ?? null)),
		drawnMs: median(runs.map((run) => run.drawnMs)),
		loadLongestTaskMs: median(runs.map((run) => run.loadLongestTaskMs)),
		clickMs: of((run) => run.click?.domMs),
		clickPaintMs: of((run) => run.click?.paintMs),
		fps: of((run) => run.pan?.fps),
		inputsPerSecond: of((run) => run.pan?.inputsPerSecond),
		panLongTasks: of((run) => run.pan?.longTasks),
		panLongestTaskMs: of((run) => run.pan?.longestTaskMs),
		domElements: of((run) => run.domElements),
		heapMB: of((run) => (run.heapBytes === null ? null : run.heapBytes / 1048576))
	};
}

export interface DatasetReport {
	label: string;
	threadboard: Summary;
	baseline: Summary;
}

interface Row {
	label: string;
	value: (summary: Summary) => number | null;
	format: (value: number) => string;
	/** Only for the first dataset: the rest of the table repeats what it shows. */
	firstOnly?: boolean;
}

const ms = (value: number) =>
	value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : value < 100 ? `${value.toFixed(1)} ms` : `${Math.round(value)} ms`;
const fixed = (digits: number) => (value: number) => value.toFixed(digits);
const whole = (value: number) => Math.round(value).toLocaleString('en');

const ROWS: Row[] = [
	{ label: 'first load, gzip kB', value: (s) => s.transferKB, format: fixed(1) },
	{ label: '  of which JS kB', value: (s) => s.jsKB, format: whole },
	{ label: '  of which fonts kB', value: (s) => s.fontKB, format: whole },
	{ label: '  requests', value: (s) => s.requests, format: whole },
	{ label: '  service worker precache kB', value: (s) => s.workerKB, format: fixed(1) },
	{ label: '  service worker, later requests kB', value: (s) => s.workerLaterKB, format: fixed(1) },
	{ label: 'graph (and map) drawn', value: (s) => s.drawnMs, format: ms },
	{ label: '  longest task while loading', value: (s) => s.loadLongestTaskMs, format: ms },
	{ label: 'click → quote in panel', value: (s) => s.clickMs, format: ms },
	{ label: 'click → next paint', value: (s) => s.clickPaintMs, format: ms },
	{ label: 'pan/zoom fps', value: (s) => s.fps, format: fixed(1) },
	{ label: 'inputs handled per s', value: (s) => s.inputsPerSecond, format: fixed(1) },
	{ label: 'long tasks while panning', value: (s) => s.panLongTasks, format: whole },
	{ label: 'longest task while panning', value: (s) => s.panLongestTaskMs, format: ms },
	{ label: 'DOM elements', value: (s) => s.domElements, format: whole },
	{ label: 'JS heap MB', value: (s) => s.heapMB, format: fixed(1) }
];

function ratio(a: number | null, b: number | null): string {
	if (a === null || b === null || b === 0) return '';
	return `${(a / b).toFixed(a / b >= 10 ? 0 : 2)}×`;
}

export function table(reports: DatasetReport[], lighthouse?: { threadboard: string; baseline: string; library?: string }): string {
	const lines = ['| dataset | figure | Threadboard | d3 baseline | ratio |', '| --- | --- | ---: | ---: | ---: |'];
	for (const report of reports) {
		for (const row of ROWS) {
			const a = row.value(report.threadboard);
			const b = row.value(report.baseline);
			const shown = (value: number | null, summary: Summary) =>
				value === null ? (summary.failures.length ? 'failed' : '—') : row.format(value);
			lines.push(`| ${report.label} | ${row.label.trim()} | ${shown(a, report.threadboard)} | ${shown(b, report.baseline)} | ${ratio(a, b)} |`);
		}
		for (const [name, summary] of [['Threadboard', report.threadboard], ['baseline', report.baseline]] as const)
			if (summary.failures.length) lines.push(`| ${report.label} | ${name} failed ${summary.failures.length} of ${summary.runs} runs | ${summary.failures[0]} | | |`);
	}
	if (lighthouse) lines.push(`| seed | Lighthouse desktop (perf/a11y/best/SEO) | ${lighthouse.threadboard} | ${lighthouse.baseline} | |`);
	if (lighthouse?.library) lines.push(`| library (/) | Lighthouse desktop (perf/a11y/best/SEO) | ${lighthouse.library} | | |`);
	return lines.join('\n');
}
