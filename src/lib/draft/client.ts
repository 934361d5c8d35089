/**
 * The page's side of the drafting worker. The editor calls:
 *
 *   const drafting = startDraftWorker();
 *   const draft = await drafting.draft(text, meta, (progress) => …);  // progress: { stage, fraction }
 *   const places = await drafting.searchPlaces('miram');              // typed place lookup
 *   drafting.stop();
 *
 * Nothing of the pipeline or the gazetteer is loaded on the page itself.
 */
import { proxy, wrap, releaseProxy, type Remote } from 'comlink';
import type { DraftApi, DraftProgress, WorkerDraft } from './api';
import type { DraftMeta } from './types';

export interface DraftWorker {
	draft(articleText: string, meta: DraftMeta, onProgress?: (progress: DraftProgress) => void): Promise<WorkerDraft>;
	searchPlaces: DraftApi['searchPlaces'];
	stop(): void;
}

export function startDraftWorker(): DraftWorker {
	const worker = new Worker(new URL('./draft.worker.ts', import.meta.url), { type: 'module' });
	const remote: Remote<DraftApi> = wrap<DraftApi>(worker);
	return {
		draft: (articleText, meta, onProgress) => remote.draft(articleText, meta, onProgress ? proxy(onProgress) : undefined),
		searchPlaces: (prefix, limit) => remote.searchPlaces(prefix, limit),
		stop() {
			remote[releaseProxy]();
			worker.terminate();
		}
	};
}

export type { DraftProgress, WorkerDraft } from './api';
