/**
 * The browser's layout sources: layouts shipped with built-in datasets (listed by key in
 * /datasets/layouts.json, written by `npm run layouts` at build time), the layout worker
 * (Comlink), and the page itself when no worker can start (the one-file briefing, opened
 * from disk, has no worker file beside it).
 */
import { DATASETS_PATH } from '$lib/dataset/load';
import type { LayoutSources } from './layout-request';
import { layoutService, type LayoutService } from './layout-service';

export const SHIPPED_LAYOUTS_INDEX = `${DATASETS_PATH}/layouts.json`;

let shippedIndex: Promise<Record<string, string>> | null = null;

/** A built-in dataset's shipped layout, or null (none, or no server to ask). Never throws. */
export async function fetchShippedLayout(slug: string): Promise<unknown> {
	if (typeof location === 'undefined' || !location.protocol.startsWith('http')) return null;
	try {
		const response = await fetch(`${DATASETS_PATH}/${encodeURIComponent(slug)}/layout.json`);
		return response.ok ? await response.json() : null;
	} catch {
		return null;
	}
}

async function shippedLayout(key: string): Promise<unknown> {
	shippedIndex ??= fetch(SHIPPED_LAYOUTS_INDEX)
		.then((response) => (response.ok ? (response.json() as Promise<Record<string, string>>) : {}))
		.catch(() => ({}));
	const slug = (await shippedIndex)[key];
	if (typeof slug !== 'string') return null;
	const response = await fetch(`${DATASETS_PATH}/${encodeURIComponent(slug)}/layout.json`);
	return response.ok ? response.json() : null;
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
		inPage: (input) => layoutService.layout(input)
	};
}
