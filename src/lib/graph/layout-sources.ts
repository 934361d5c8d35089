/**
 * The browser's layout sources: layouts shipped with built-in datasets (listed by key in
 * /datasets/layouts.json, written by `npm run layouts` at build time), the layout worker
 * (Comlink), and the page itself when no worker can start (the one-file briefing, opened
 * from disk, has no worker file beside it).
 */
import { DATASETS_PATH } from '$lib/dataset/load';
import { loadInPageLayout, type LayoutSources } from './layout-request';
import type { LayoutService } from './layout-service';

export const SHIPPED_LAYOUTS_INDEX = `${DATASETS_PATH}/layouts.json`;

/**
 * How long a shipped layout may take to arrive. A request that hangs (a stalled
 * connection, a proxy that never answers) must not hold the graph back for good: after
 * this the worker lays the graph out instead.
 */
export const SHIPPED_LAYOUT_WAIT_MS = 10_000;

/** A JSON file of the app's, or null if it is missing, unreadable or slower than SHIPPED_LAYOUT_WAIT_MS. */
async function fetchJsonWithin(url: string): Promise<unknown> {
	try {
		const response = await fetch(url, { signal: AbortSignal.timeout(SHIPPED_LAYOUT_WAIT_MS) });
		return response.ok ? await response.json() : null;
	} catch {
		return null;
	}
}

/** A layout file the app serves, or null (none, no server to ask, or too slow). Never throws. */
async function fetchServedLayout(url: string): Promise<unknown> {
	if (typeof location === 'undefined' || !location.protocol.startsWith('http')) return null;
	return fetchJsonWithin(url);
}

/** A built-in dataset's shipped layout, or null. */
export function fetchShippedLayout(slug: string): Promise<unknown> {
	return fetchServedLayout(`${DATASETS_PATH}/${encodeURIComponent(slug)}/layout.json`);
}

/**
 * The file name of a corpus's layout made at build time (scripts/build-layouts.ts writes the
 * built-in corpus's): a file beside the dataset folders, not a folder, which would read as a dataset.
 */
export const corpusLayoutFile = (corpusId: string) => `${corpusId}.layout.json`;

/** A corpus's layout made at build time, or null. */
export function fetchCorpusLayout(corpusId: string): Promise<unknown> {
	return fetchServedLayout(`${DATASETS_PATH}/${encodeURIComponent(corpusLayoutFile(corpusId))}`);
}

let shippedIndex: Promise<Record<string, unknown> | null> | null = null;

async function shippedLayout(key: string): Promise<unknown> {
	shippedIndex ??= fetchJsonWithin(SHIPPED_LAYOUTS_INDEX).then((index) => {
		const usable = typeof index === 'object' && index !== null ? (index as Record<string, unknown>) : null;
		// A failed read is not kept: the next graph asks again.
		if (!usable) shippedIndex = null;
		return usable;
	});
	const slug = (await shippedIndex)?.[key];
	return typeof slug === 'string' ? fetchShippedLayout(slug) : null;
}

function startWorker(): ReturnType<NonNullable<LayoutSources['worker']>> {
	const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module', name: 'layout' });
	// Comlink is needed only once a graph is big enough for the worker.
	const comlink = import('comlink');
	const remote = comlink.then(({ wrap }) => wrap<LayoutService>(worker));
	const failed = new Promise<never>((_, reject) =>
		worker.addEventListener('error', (event) => reject(new Error(event.message || 'the layout worker could not start')), { once: true })
	);
	return {
		layout: async (input, onProgress) => {
			const [{ proxy }, service] = await Promise.race([Promise.all([comlink, remote]), failed]);
			return Promise.race([service.layout(input, proxy(onProgress)), failed]);
		},
		dispose: () => {
			void Promise.all([comlink, remote]).then(([{ releaseProxy }, service]) => service[releaseProxy]());
			worker.terminate();
		}
	};
}

export function browserLayoutSources(cache?: LayoutSources['cache']): LayoutSources {
	const served = typeof location !== 'undefined' && location.protocol.startsWith('http');
	return {
		cache,
		shipped: served ? shippedLayout : undefined,
		worker: served && typeof Worker !== 'undefined' ? startWorker : undefined,
		inPage: async (input) => (await loadInPageLayout()).layout(input)
	};
}
