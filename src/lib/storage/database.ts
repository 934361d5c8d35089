/**
 * The browser's database for everything Threadboard keeps (IndexedDB through `idb`):
 * own datasets, annotation work in progress, corpora and cached layouts. One
 * database with every store declared up front, so features never race to upgrade it.
 */
import { wrap, type DBSchema, type IDBPDatabase } from 'idb';
import type { OwnDatasetRecord } from './types';
import { StorageProblem } from './types';

export const DATABASE_NAME = 'threadboard';
export const DATABASE_VERSION = 1;

/** A record whose shape the reader checks itself: stores outlive the code that wrote them. */
export interface StoredValue {
	id: string;
	[key: string]: unknown;
}

export interface ThreadboardDB extends DBSchema {
	datasets: { key: string; value: OwnDatasetRecord };
	/** The annotation editor's work in progress, which may not validate yet. */
	work: { key: string; value: StoredValue };
	corpora: { key: string; value: StoredValue };
	/** Settled graph positions, keyed by a hash of the graph they belong to. */
	layouts: { key: string; value: StoredValue };
}

export type Database = IDBPDatabase<ThreadboardDB>;

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Turns what IndexedDB throws into words a user can act on. */
export function storageProblem(error: unknown, doing: string): StorageProblem {
	if (error instanceof StorageProblem) return error;
	const name = error instanceof DOMException || error instanceof Error ? error.name : '';
	if (name === 'QuotaExceededError')
		return new StorageProblem(`This browser’s storage is full, so ${doing} failed. Export or delete datasets you no longer need, then try again; nothing else was changed.`, 'full');
	if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError')
		return new StorageProblem(`This browser will not keep data for this page (${reasonOf(error)}), so ${doing} failed. Built-in datasets still work; export your work to keep it.`, 'unavailable');
	return new StorageProblem(`${doing[0]!.toUpperCase()}${doing.slice(1)} failed: ${reasonOf(error)}.`, 'failed');
}

const opened = new WeakMap<IDBFactory, Promise<Database>>();

/** The database, opened once per page. A refusal is not kept, so a later try can succeed. */
export function openDatabase(factory: IDBFactory | undefined = globalThis.indexedDB): Promise<Database> {
	if (!factory) return Promise.reject(new StorageProblem('This browser has no IndexedDB, so own datasets cannot be kept here. Built-in datasets still work.', 'unavailable'));
	const earlier = opened.get(factory);
	if (earlier) return earlier;
	// idb's openDB reads the global indexedDB; opening through `factory` keeps tests and callers in charge of which one.
	const opening = (async () => {
		const request = factory.open(DATABASE_NAME, DATABASE_VERSION);
		request.addEventListener('upgradeneeded', () => {
			const db = request.result;
			for (const store of ['datasets', 'work', 'corpora', 'layouts'] as const)
				if (!db.objectStoreNames.contains(store)) db.createObjectStore(store, { keyPath: 'id' });
		});
		return (await wrap(request)) as unknown as Database;
	})().catch((error: unknown) => {
		opened.delete(factory);
		throw storageProblem(error, 'opening the browser’s storage');
	});
	opened.set(factory, opening);
	return opening;
}
