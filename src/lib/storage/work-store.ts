/**
 * Annotation work in progress in IndexedDB (the `work` store): kept whole whether or not
 * it validates yet, so nothing typed is ever lost. Each record is read through the work
 * schema; a damaged one is listed on its own with its problem and never stops the others.
 */
import { readWork, summariseWork, toPlain, type Work, type WorkSummary } from '$lib/dataset/work';
import { openDatabase, storageProblem, type Database } from './database';
import { StorageProblem } from './types';
import { compareText } from '$lib/model/english';

export type OpenDatabase = () => Promise<Database>;

/** A stored work in progress that could not be read: listed so it can be discarded. */
export interface BrokenWork {
	id: string;
	problem: string;
}

export class WorkStore {
	constructor(private readonly open: OpenDatabase = () => openDatabase()) {}

	async list(): Promise<{ works: WorkSummary[]; broken: BrokenWork[] }> {
		const db = await this.open();
		let records: unknown[];
		try {
			records = await db.getAll('work');
		} catch (error) {
			throw storageProblem(error, 'reading your work in progress');
		}
		const works: WorkSummary[] = [];
		const broken: BrokenWork[] = [];
		for (const record of records) {
			const read = readWork(record);
			if (read.ok) works.push(summariseWork(read.work));
			else broken.push({ id: String((record as { id?: unknown } | null)?.id ?? ''), problem: read.problem });
		}
		works.sort((a, b) => compareText(b.updatedAt, a.updatedAt));
		return { works, broken };
	}

	/** The work in progress, null when there is none under that id; a damaged record throws a StorageProblem. */
	async get(id: string): Promise<Work | null> {
		const db = await this.open();
		let record: unknown;
		try {
			record = await db.get('work', id);
		} catch (error) {
			throw storageProblem(error, 'reading the work in progress');
		}
		if (record === undefined) return null;
		const read = readWork(record);
		if (!read.ok) throw new StorageProblem(`This work in progress is damaged and cannot be opened (${read.problem}); discard it in the library.`, 'corrupt');
		return read.work;
	}

	async ids(): Promise<Set<string>> {
		const db = await this.open();
		return new Set(await db.getAllKeys('work'));
	}

	/** Keeps the work exactly as it is, valid or not. */
	async put(work: Work): Promise<void> {
		const db = await this.open();
		try {
			await db.put('work', toPlain(work) as unknown as { id: string });
		} catch (error) {
			throw storageProblem(error, 'saving your work in progress');
		}
	}

	async remove(id: string): Promise<void> {
		const db = await this.open();
		try {
			await db.delete('work', id);
		} catch (error) {
			throw storageProblem(error, 'discarding the work in progress');
		}
	}
}
