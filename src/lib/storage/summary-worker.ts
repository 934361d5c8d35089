/**
 * Library rows of built-in datasets, read and checked in the summary worker (summary.worker.ts,
 * started by summary-worker-client.ts, downloaded when a listing starts); null where no worker
 * can start (outside a browser, or a page opened from disk). One worker per listing, ended
 * with it. A worker that cannot be downloaded, cannot start or dies rejects, and the listing
 * reads and checks that dataset in the page instead.
 */
import type { DatasetSummary } from './types';

/** Makes the rows of one listing; `done` ends its worker. */
export interface OffPageSummaries {
	summarise(slug: string, title: string): Promise<DatasetSummary>;
	done(): void;
}

export function workerSummaries(): (() => OffPageSummaries) | null {
	if (typeof Worker === 'undefined' || typeof location === 'undefined' || !location.protocol.startsWith('http')) return null;
	return () => {
		let started: Promise<OffPageSummaries> | null = null;
		const client = () => (started ??= import('./summary-worker-client').then(({ startSummaryWorker }) => startSummaryWorker()));
		return {
			summarise: (slug, title) => client().then((worker) => worker.summarise(slug, title)),
			done: () => void started?.then((worker) => worker.done(), () => {})
		};
	};
}
