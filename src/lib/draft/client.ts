/**
 * The page's side of the drafting worker. The editor calls:
 *
 *   const drafting = startDraftWorker();
 *   const draft = await drafting.draft(text, meta, (progress) => …);  // progress: { stage, fraction }
 *   const places = await drafting.searchPlaces('miram');              // typed place lookup
 *   drafting.stop();
 *
 * Nothing of the pipeline or the gazetteer is loaded on the page itself, and Comlink comes with
 * the worker: a static import put it in the editor's first view (and, shared, the workspace's).
 */
import type { DraftApi, DraftProgress, WorkerDraft } from './api';
import type { DraftMeta } from './types';

export interface DraftWorker {
	draft(articleText: string, meta: DraftMeta, onProgress?: (progress: DraftProgress) => void): Promise<WorkerDraft>;
	searchPlaces: DraftApi['searchPlaces'];
	stop(): void;
}

export function startDraftWorker(): DraftWorker {
	const worker = new Worker(new URL('./draft.worker.ts', import.meta.url), { type: 'module' });
	const comlink = import('comlink');
	const remote = comlink.then(({ wrap }) => wrap<DraftApi>(worker));
	return {
		draft: async (articleText, meta, onProgress) => {
			const [{ proxy }, service] = await Promise.all([comlink, remote]);
			return service.draft(articleText, meta, onProgress ? proxy(onProgress) : undefined);
		},
		searchPlaces: async (prefix, limit) => (await remote).searchPlaces(prefix, limit),
		stop() {
			void Promise.all([comlink, remote]).then(([{ releaseProxy }, service]) => service[releaseProxy]());
			worker.terminate();
		}
	};
}

export type { DraftProgress, WorkerDraft } from './api';
