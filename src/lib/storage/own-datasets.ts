/**
 * Own datasets in IndexedDB. Every record is validated when it is opened, so a
 * damaged record is reported on its own and never stops the others loading.
 *
 * The library lists a record from the summary saved with it (`list`), so a library of
 * hundreds is listed without checking each dataset first (about 1.3 ms each on a two-core
 * machine, in the listing's worker); `checkSummaries` then checks every record in the
 * background and mends the summaries that no longer say what the dataset does. A record
 * without a summary (saved before they were kept, or no longer valid) is checked as it is listed.
 */
import type { Dataset } from '$lib/dataset/schema';
import { validateDataset, type ValidationResult } from '$lib/dataset/validate';
import { openDatabase, storageProblem, type Database } from './database';
import { brokenSummary, readStoredSummary, rowFromStored, sameStoredSummary, storedSummaryOf, summarise } from './summary';
import { StorageProblem, type DatasetSummary, type OwnDatasetRecord, type StoredSummary } from './types';

export type OpenDatabase = () => Promise<Database>;

function titleOf(record: unknown): string {
	const title = (record as { dataset?: { article?: { title?: unknown } } } | null)?.dataset?.article?.title;
	return typeof title === 'string' && title.trim() !== '' ? title : 'Untitled dataset';
}

const idOf = (record: unknown) => String((record as { id?: unknown } | null)?.id ?? '');
/** The summary field as stored, whatever it holds (readStoredSummary says whether it is one). */
const savedSummaryOf = (record: unknown) => (record as { summary?: unknown } | null)?.summary;
const updatedAtOf = (record: unknown) => {
	const updatedAt = (record as { updatedAt?: unknown } | null)?.updatedAt;
	return typeof updatedAt === 'string' ? updatedAt : null;
};

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

	/** Every record as stored (each untrusted until read), and the database they came from. */
	async #allRecords(): Promise<{ db: Database; records: unknown[] }> {
		const db = await this.open();
		try {
			return { db, records: await db.getAll('datasets') };
		} catch (error) {
			throw storageProblem(error, 'reading your datasets');
		}
	}

	async list(): Promise<DatasetSummary[]> {
		const { records } = await this.#allRecords();
		return records.map((record) => {
			const id = idOf(record);
			const updatedAt = updatedAtOf(record);
			const stored = readStoredSummary(savedSummaryOf(record));
			if (stored) return rowFromStored(id, stored, updatedAt);
			const result = readRecord(record, id);
			return result.ok ? summarise(id, 'own', result.dataset, updatedAt) : brokenSummary(id, 'own', titleOf(record), result.problems, updatedAt);
		});
	}

	/**
	 * Checks every record and mends the summaries that do not match it: a summary written for a
	 * valid dataset that is missing or says something else, and no summary for one that does not
	 * check (so the list shows its problems). A record changed since it was read is left to the
	 * next check. How many records were mended: the list changes only when this is above zero.
	 */
	async checkSummaries(): Promise<number> {
		const { db, records } = await this.#allRecords();
		const mends: { id: string; updatedAt: unknown; summary: StoredSummary | null }[] = [];
		for (const record of records) {
			const id = idOf(record);
			const result = readRecord(record, id);
			const expected = result.ok ? storedSummaryOf(result.dataset) : null;
			const summary = savedSummaryOf(record);
			// A broken summary (not the shape of one) is mended too: it is not absent.
			const written = summary === undefined ? null : readStoredSummary(summary);
			if (!sameStoredSummary(written, expected) || (summary !== undefined && written === null))
				mends.push({ id, updatedAt: (record as { updatedAt?: unknown } | null)?.updatedAt, summary: expected });
		}
		let mended = 0;
		for (const mend of mends) {
			try {
				const tx = db.transaction('datasets', 'readwrite');
				const current = (await tx.store.get(mend.id)) as OwnDatasetRecord | undefined;
				// Saved again since it was read: that save wrote its own summary.
				if (current === undefined || current.updatedAt !== mend.updatedAt) continue;
				const { summary: _old, ...rest } = current;
				await tx.store.put(mend.summary ? { ...rest, summary: mend.summary } : rest);
				await tx.done;
				mended++;
			} catch (error) {
				throw storageProblem(error, 'updating the list of your datasets');
			}
		}
		return mended;
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
				updatedAt: now.toISOString(),
				summary: storedSummaryOf(json)
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
