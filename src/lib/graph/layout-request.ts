/**
 * Where a graph's settled positions come from, cheapest first: this page's memory, the
 * browser's cache (IndexedDB), the layouts shipped with built-in datasets, and only
 * then the simulation, in a worker so the page stays responsive. Views of the same
 * graph (the live graph, a presentation, a handout) share one request.
 */
import type { LayoutNode } from './layout-nodes';
import { layoutKey, type LayoutInput } from './layout-key';
import type { LayoutAnswer, LayoutService } from './layout-service';
import { restoreLayout, type SavedLayout } from './saved-layout';

export type LayoutStatus =
	| { state: 'settling'; progress: number }
	| { state: 'ready'; layout: Map<string, LayoutNode>; source: LayoutSourceName }
	| { state: 'failed'; message: string };

export type LayoutSourceName = 'memory' | 'cache' | 'shipped' | 'worker' | 'page';

export interface LayoutSources {
	/** Saved layouts in this browser. Failures count as misses. */
	cache?: { get(key: string): Promise<unknown>; put(saved: SavedLayout): Promise<void> };
	/** A layout shipped with the app for this key, or null. */
	shipped?: (key: string) => Promise<unknown>;
	/** Runs the simulation off the main thread; null when no worker can be had. */
	worker?: () => { layout(input: LayoutInput, onProgress: (done: number) => void): Promise<LayoutAnswer>; dispose(): void } | null;
	/** How long the worker may go without a word before the page takes over; WORKER_SILENCE_MS unless a test says. */
	workerSilenceMs?: number;
	/** Runs the simulation in the page: the last resort. */
	inPage: (input: LayoutInput) => Promise<LayoutAnswer>;
}

interface Pending {
	listeners: Set<(status: LayoutStatus) => void>;
	progress: number;
}

/** Settled layouts of this page, newest last; a few graphs at most are open at once. */
const memory = new Map<string, Map<string, LayoutNode>>();
const MEMORY_SIZE = 6;
const pending = new Map<string, Pending>();

function remember(key: string, layout: Map<string, LayoutNode>) {
	memory.delete(key);
	memory.set(key, layout);
	while (memory.size > MEMORY_SIZE) memory.delete(memory.keys().next().value!);
}

/**
 * Up to this many actors the page lays the graph out itself, at once: it takes a few
 * milliseconds (the 17-actor seed about 10 ms), less than asking for a kept layout, and
 * the picture is there from the first paint, prerendered pages included.
 */
export const IN_PAGE_LIMIT = 60;

let inPageCode: LayoutService | null = null;
let inPageLoading: Promise<LayoutService> | null = null;

/**
 * The simulation's code (d3-force and the label separation), loaded the first time this
 * page lays a graph out itself: a built-in dataset comes with its layout, so the first
 * page does without it.
 */
export function loadInPageLayout(): Promise<LayoutService> {
	inPageLoading ??= import('./layout-service').then(
		({ layoutService }) => (inPageCode = layoutService),
		(error: unknown) => {
			// Offline before the code was ever fetched: the next graph may try again.
			inPageLoading = null;
			throw error;
		}
	);
	return inPageLoading;
}

function layOutSmall(service: LayoutService, input: LayoutInput, key: string): Map<string, LayoutNode> {
	const layout = restoreLayout(service.layoutNow(input).saved, input, key)!;
	remember(key, layout);
	return layout;
}

/**
 * The layout if it can be had at once (this page has it, or the graph is small and the
 * simulation's code is loaded): a view then draws with no waiting state.
 */
export function layoutAtOnce(input: LayoutInput): Map<string, LayoutNode> | null {
	const key = layoutKey(input);
	const known = memory.get(key);
	if (known) return known;
	if (input.entities.length > IN_PAGE_LIMIT || !inPageCode) return null;
	return layOutSmall(inPageCode, input, key);
}

/**
 * A layout fetched before the graph is drawn (a built-in dataset's shipped layout.json,
 * asked for beside its files): kept if it is this graph's, so the first draw needs no
 * simulation. Returns whether it was kept.
 */
export function offerLayout(saved: unknown, input: LayoutInput): boolean {
	const key = layoutKey(input);
	if (memory.has(key)) return true;
	const layout = restoreLayout(saved, input, key);
	if (layout) remember(key, layout);
	return layout !== null;
}

/**
 * Asks for the layout of `input`; `onstatus` hears progress and the result. Returns a
 * function that stops listening (the work goes on for other listeners, and for the cache).
 */
export function requestLayout(input: LayoutInput, sources: LayoutSources, onstatus: (status: LayoutStatus) => void): () => void {
	const key = layoutKey(input);
	const known = layoutAtOnce(input);
	if (known) {
		onstatus({ state: 'ready', layout: known, source: 'memory' });
		return () => {};
	}
	let job = pending.get(key);
	if (!job) {
		const created: Pending = { listeners: new Set(), progress: 0 };
		job = created;
		pending.set(key, created);
		const tell = (status: LayoutStatus) => {
			for (const listener of created.listeners) listener(status);
		};
		// Progress travels on a port of its own, so a last report can land after the answer:
		// with the listeners gone it cannot turn a drawn graph back into one that is settling.
		const finish = (status: LayoutStatus) => {
			pending.delete(key);
			tell(status);
			created.listeners.clear();
		};
		findLayout(input, key, sources, (progress) => {
			created.progress = progress;
			tell({ state: 'settling', progress });
		}).then(
			({ layout, source }) => {
				remember(key, layout);
				finish({ state: 'ready', layout, source });
			},
			(error: unknown) => finish({ state: 'failed', message: error instanceof Error ? error.message : String(error) })
		);
	}
	job.listeners.add(onstatus);
	onstatus({ state: 'settling', progress: job.progress });
	const listening = job;
	return () => void listening.listeners.delete(onstatus);
}

async function findLayout(
	input: LayoutInput,
	key: string,
	sources: LayoutSources,
	onProgress: (done: number) => void
): Promise<{ layout: Map<string, LayoutNode>; source: LayoutSourceName }> {
	// Small graphs are laid out in the page as soon as its code has arrived.
	if (input.entities.length <= IN_PAGE_LIMIT) return { layout: layOutSmall(await loadInPageLayout(), input, key), source: 'page' };
	const cached = restoreLayout(await sources.cache?.get(key).catch(() => null), input, key);
	if (cached) return { layout: cached, source: 'cache' };
	const shipped = restoreLayout(await sources.shipped?.(key).catch(() => null), input, key);
	if (shipped) return { layout: shipped, source: 'shipped' };

	let answer: LayoutAnswer | null = null;
	let source: LayoutSourceName = 'worker';
	const worker = sources.worker?.() ?? null;
	if (worker) {
		try {
			answer = await failIfSilent(
				(alive) =>
					worker.layout(input, (done) => {
						alive();
						onProgress(done);
					}),
				sources.workerSilenceMs ?? WORKER_SILENCE_MS
			);
		} catch {
			// A worker that cannot start (no file, a strict policy) or falls silent leaves the page to do it.
		} finally {
			worker.dispose();
		}
	}
	if (!answer) {
		source = 'page';
		answer = await sources.inPage(input);
	}
	const layout = restoreLayout(answer.saved, input, key);
	if (!layout) throw new Error('the layout did not match its graph');
	await sources.cache?.put(answer.saved).catch(() => {});
	return { layout, source };
}

/**
 * A worker that says nothing for this long (no progress, no answer) is given up on and
 * the page lays the graph out itself: its script may never have arrived, or it died
 * without a word. A working one reports progress every few ticks, well within this.
 */
export const WORKER_SILENCE_MS = 20_000;

/** Runs `work`, which calls `alive` whenever it shows progress; rejects once it has been silent for `silenceMs`. */
export function failIfSilent<T>(work: (alive: () => void) => Promise<T>, silenceMs: number): Promise<T> {
	return new Promise<T>((resolve, reject) => {
		let timer: ReturnType<typeof setTimeout> | undefined;
		let settled = false;
		const settle = (finish: () => void) => {
			settled = true;
			clearTimeout(timer);
			finish();
		};
		const alive = () => {
			if (settled) return;
			clearTimeout(timer);
			timer = setTimeout(() => settle(() => reject(new Error(`no word for ${silenceMs} ms`))), silenceMs);
		};
		alive();
		work(alive).then(
			(value) => settle(() => resolve(value)),
			(error: unknown) => settle(() => reject(error))
		);
	});
}

/** For tests: forget every layout this page has and, if asked, that the simulation's code was loaded. */
export function forgetLayouts({ inPageCode: unload = false } = {}): void {
	memory.clear();
	pending.clear();
	if (unload) {
		inPageCode = null;
		inPageLoading = null;
	}
}
