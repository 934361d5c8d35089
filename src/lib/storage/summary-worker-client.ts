/**
 * Starts the summary worker (summary.worker.ts) for one listing. Loaded by the library
 * when it lists built-in datasets (summary-worker.ts), with Comlink, which only it needs.
 */
import { wrap } from 'comlink';
import type { OffPageSummaries } from './summary-worker';
import type { SummaryService } from './summary.worker';

export function startSummaryWorker(): OffPageSummaries {
	const worker = new Worker(new URL('./summary.worker.ts', import.meta.url), { type: 'module', name: 'library summaries' });
	const failed = new Promise<never>((_, reject) =>
		worker.addEventListener('error', (event) => reject(new Error(event.message || 'the summary worker could not start')), { once: true })
	);
	// Handled where it is raced; this keeps a failure after the last listing from being reported as unhandled.
	failed.catch(() => {});
	const service = wrap<SummaryService>(worker);
	return {
		summarise: (slug, title) => Promise.race([service.summarise(slug, title), failed]),
		done: () => worker.terminate()
	};
}
