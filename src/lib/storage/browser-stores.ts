/**
 * What the Library needs only once it touches this browser's own storage: the stores
 * (IndexedDB through idb, with their record schemas) and the making of new ids and
 * works. Loaded on demand by library.ts, so opening a built-in dataset never downloads it.
 */
import { Corpora } from './corpora';
import { OwnDatasets } from './own-datasets';
import { WorkStore } from './work-store';

export { newDatasetId } from './ids';
export { newWork } from '$lib/dataset/work';

export interface BrowserStores {
	own: OwnDatasets;
	corpora: Corpora;
	/** The annotation editor's work in progress, valid or not. */
	work: WorkStore;
}

/** This browser's stores, except those given (tests hand in their own). */
export function browserStores(given: Partial<BrowserStores> = {}): BrowserStores {
	return { own: given.own ?? new OwnDatasets(), corpora: given.corpora ?? new Corpora(), work: given.work ?? new WorkStore() };
}
