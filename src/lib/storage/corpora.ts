/**
 * Corpora: named sets of datasets opened as one workspace, with the analyst's
 * merge decisions. Kept in this browser (the `corpora` store), apart from the
 * datasets themselves, which a corpus never changes. One corpus is built in:
 * every built-in dataset together (BUILT_IN_CORPUS_ID in library.ts).
 */
import * as v from 'valibot';
import { openDatabase, storageProblem, type Database } from './database';
import { StorageProblem } from './types';
import { compareText } from '$lib/model/english';

const MAX_TITLE = 300;
const MAX_DATASETS = 200;

const Verdict = v.picklist(['merge', 'separate']);
const Decisions = v.record(v.pipe(v.string(), v.maxLength(600)), Verdict);

export const CorpusRecordSchema = v.object({
	id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), v.maxLength(120)),
	title: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(MAX_TITLE)),
	datasets: v.pipe(v.array(v.string()), v.minLength(1), v.maxLength(MAX_DATASETS)),
	decisions: v.object({ actors: Decisions, places: Decisions }),
	createdAt: v.string(),
	updatedAt: v.string()
});
export type CorpusRecord = v.InferOutput<typeof CorpusRecordSchema>;

export type OpenCorpus = () => Promise<Database>;

export class Corpora {
	constructor(private readonly open: OpenCorpus = () => openDatabase()) {}

	async list(): Promise<{ corpora: CorpusRecord[]; broken: number }> {
		const db = await this.open();
		let records: unknown[];
		try {
			records = await db.getAll('corpora');
		} catch (error) {
			throw storageProblem(error, 'reading your corpora');
		}
		const corpora: CorpusRecord[] = [];
		let broken = 0;
		for (const record of records) {
			const parsed = v.safeParse(CorpusRecordSchema, record);
			if (parsed.success) corpora.push(parsed.output);
			else broken++;
		}
		corpora.sort((a, b) => compareText(b.updatedAt, a.updatedAt));
		return { corpora, broken };
	}

	async get(id: string): Promise<CorpusRecord | null> {
		const db = await this.open();
		let record: unknown;
		try {
			record = await db.get('corpora', id);
		} catch (error) {
			throw storageProblem(error, 'reading the corpus');
		}
		if (record === undefined) return null;
		const parsed = v.safeParse(CorpusRecordSchema, record);
		if (!parsed.success) throw new StorageProblem(`The corpus “${id}” stored in this browser is damaged and cannot be opened.`, 'corrupt');
		return parsed.output;
	}

	async put(record: CorpusRecord, now: Date = new Date()): Promise<CorpusRecord> {
		const parsed = v.safeParse(CorpusRecordSchema, { ...record, updatedAt: now.toISOString() });
		if (!parsed.success) throw new StorageProblem(`The corpus could not be saved: ${parsed.issues[0]!.message}.`, 'failed');
		const db = await this.open();
		try {
			await db.put('corpora', JSON.parse(JSON.stringify(parsed.output)));
		} catch (error) {
			throw storageProblem(error, 'saving the corpus');
		}
		return parsed.output;
	}

	async remove(id: string): Promise<void> {
		const db = await this.open();
		try {
			await db.delete('corpora', id);
		} catch (error) {
			throw storageProblem(error, 'deleting the corpus');
		}
	}
}
