/**
 * Own datasets in IndexedDB. Every record is validated when it is read, so a
 * damaged record is reported on its own and never stops the others loading.
 */
import type { Dataset } from '$lib/dataset/schema';
import { validateDataset, type ValidationResult } from '$lib/dataset/validate';
import { openDatabase, storageProblem, type Database } from './database';
import { brokenSummary, summarise } from './summary';
import { StorageProblem, type DatasetSummary, type OwnDatasetRecord } from './types';

export type OpenDatabase = () => Promise<Database>;

function titleOf(record: unknown): string {
	const title = (record as { dataset?: { article?: { title?: unknown } } } | null)?.dataset?.article?.title;
	return typeof title === 'string' && title.trim() !== '' ? title : 'Untitled dataset';
}

/** A record as stored is untrusted: it may come from an older version or a damaged profile. */
export function readRecord(record: unknown, id: string): ValidationResult {
	if (typeof record !== 'object' || record === null)
		return { ok: false, problems: [{ path: '(record)', message: 'is not a stored dataset' }], warnings: [] };
	const { dataset, articleText } = record as Partial<OwnDatasetRecord>;
	if (typeof articleText !== 'string')
		return { ok: false, problems: [{ path: 'article.txt', message: 'is missing from the stored dataset' }], warnings: [] };
	return validateDataset(dataset, articleText, id);
}

export class OwnDatasets {
	constructor(private readonly open: OpenDatabase = () => openDatabase()) {}

	async list(): Promise<DatasetSummary[]> {
		const db = await this.open();
		let records: unknown[];
		try {
			records = await db.getAll('datasets');
		} catch (error) {
			throw storageProblem(error, 'reading your datasets');
		}
		return records.map((record) => {
			const id = String((record as { id?: unknown }).id ?? '');
			const updatedAt = typeof (record as OwnDatasetRecord).updatedAt === 'string' ? (record as OwnDatasetRecord).updatedAt : null;
			const result = readRecord(record, id);
			return result.ok ? summarise(id, 'own', result.dataset, updatedAt) : brokenSummary(id, 'own', titleOf(record), result.problems, updatedAt);
		});
	}

	/** The dataset, validated; null when this browser has no dataset with that id. */
	async get(id: string): Promise<ValidationResult | null> {
		const db = await this.open();
		let record: unknown;
		try {
			record = await db.get('datasets', id);
		} catch (error) {
			throw storageProblem(error, 'reading the dataset');
		}
		return record === undefined ? null : readRecord(record, id);
	}

	async has(id: string): Promise<boolean> {
		const db = await this.open();
		return (await db.getKey('datasets', id)) !== undefined;
	}

	async ids(): Promise<Set<string>> {
		const db = await this.open();
		return new Set(await db.getAllKeys('datasets'));
	}

	/** Saves a valid dataset under its id (`dataset.slug`), keeping its creation time. */
	async put(dataset: Dataset, now: Date = new Date()): Promise<OwnDatasetRecord> {
		const db = await this.open();
		const { slug, articleText, ...json } = dataset;
		try {
			const earlier = await db.get('datasets', slug);
			const record: OwnDatasetRecord = {
				id: slug,
				dataset: json,
				articleText,
				createdAt: typeof earlier?.createdAt === 'string' ? earlier.createdAt : now.toISOString(),
				updatedAt: now.toISOString()
			};
			await db.put('datasets', plainCopy(record));
			return record;
		} catch (error) {
			throw storageProblem(error, 'saving the dataset');
		}
	}

	/** The raw record, for undoing a delete exactly (timestamps included). */
	async record(id: string): Promise<OwnDatasetRecord | undefined> {
		const db = await this.open();
		return db.get('datasets', id);
	}

	async restore(record: OwnDatasetRecord): Promise<void> {
		const db = await this.open();
		try {
			await db.put('datasets', plainCopy(record));
		} catch (error) {
			throw storageProblem(error, 'restoring the dataset');
		}
	}

	async remove(id: string): Promise<void> {
		const db = await this.open();
		try {
			await db.delete('datasets', id);
		} catch (error) {
			throw storageProblem(error, 'deleting the dataset');
		}
	}
}

/**
 * IndexedDB's structured clone refuses Svelte's state proxies; a JSON round trip gives
 * plain data (datasets are JSON by definition, so nothing is lost).
 */
function plainCopy<T>(value: T): T {
	return JSON.parse(JSON.stringify(value)) as T;
}

export { StorageProblem };
