/**
 * What the drafting worker exposes (through Comlink): draft an article, search places.
 * The pipeline and the gazetteer are imported dynamically here, so they load only when
 * the worker is first asked to draft or search, never with the page. Callable directly
 * in Node (the unit test does), and the same object the worker exposes.
 */
import type { DatasetJson } from '../dataset/schema';
import type { GazetteerPlace } from '../gazetteer/gazetteer';
import type { CandidateInfo, DraftMeta, DraftStage } from './types';

export interface DraftProgress {
	stage: DraftStage | 'loading';
	/** 0–1 */
	fraction: number;
}

export interface WorkerDraft {
	dataset: DatasetJson;
	articleText: string;
	candidates: CandidateInfo[];
	dropped: string[];
	milliseconds: number;
}

export interface DraftApi {
	/** Drafts a dataset for the article; `onProgress` hears each stage (it may be a Comlink proxy). */
	draft(articleText: string, meta: DraftMeta, onProgress?: (progress: DraftProgress) => void): Promise<WorkerDraft>;
	/** Places whose name or alternate spelling starts with the text, Afghanistan and Pakistan first. */
	searchPlaces(prefix: string, limit?: number): Promise<GazetteerPlace[]>;
}

const STAGE_SHARE: Record<DraftStage, number> = { sentences: 0.05, mentions: 0.1, actors: 0.3, places: 0.45, links: 0.55, quotes: 0.85, dataset: 0.9 };

export function createDraftApi(): DraftApi {
	const load = () => Promise.all([import('./draft'), import('../gazetteer/gazetteer').then((module) => module.loadGazetteer())]);
	return {
		async draft(articleText, meta, onProgress) {
			const started = performance.now();
			const report = (progress: DraftProgress) => void onProgress?.(progress);
			report({ stage: 'loading', fraction: 0 });
			const [{ draftDataset }, gazetteer] = await load();
			const result = draftDataset(articleText, meta, gazetteer, (stage, done, total) =>
				report({ stage, fraction: done >= total ? 1 : Math.max(STAGE_SHARE[stage], done / total) })
			);
			return { ...result, milliseconds: performance.now() - started };
		},
		async searchPlaces(prefix, limit = 10) {
			const [, gazetteer] = await load();
			return gazetteer.search(prefix, limit);
		}
	};
}
