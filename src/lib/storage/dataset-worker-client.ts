/**
 * Starts the dataset worker (dataset.worker.ts). Loaded when the library lists built-in
 * datasets or the workspace opens a large one (dataset-worker.ts), with Comlink, which only
 * it needs.
 */
import { transfer, wrap } from 'comlink';
import type { DatasetBytes } from '$lib/dataset/load';
import type { OffPageDatasets } from './dataset-worker';
import type { DatasetService } from './dataset.worker';

export function startDatasetWorker(): OffPageDatasets {
	const worker = new Worker(new URL('./dataset.worker.ts', import.meta.url), { type: 'module', name: 'datasets' });
	const failed = new Promise<never>((_, reject) =>
		worker.addEventListener('error', (event) => reject(new Error(event.message || 'the dataset worker could not start')), { once: true })
	);
	// Handled where it is raced; this keeps a failure after the last call from being reported as unhandled.
	failed.catch(() => {});
	const service = wrap<DatasetService>(worker);
	const buffers = (bytes: DatasetBytes) => [bytes.datasetJson, bytes.articleText].filter((buffer) => buffer !== null);
	return {
		summarise: (slug, title) => Promise.race([service.summarise(slug, title), failed]),
		// The bytes move to the worker (transferred, not copied): they are unusable here afterwards.
		open: (slug, bytes) => Promise.race([service.open(slug, transfer(bytes, buffers(bytes))), failed]),
		listOwn: () => Promise.race([service.listOwn(), failed]),
		checkOwn: () => Promise.race([service.checkOwn(), failed]),
		done: () => worker.terminate()
	};
}
