/**
 * The library page's state: the listing, the last storage problem, and an undo
 * for the last delete. Components read it and call its methods.
 */
import type { Work, WorkSummary } from '$lib/dataset/work';
import type { Library, LibraryListing } from '$lib/storage/library';
import { StorageProblem, type DatasetSummary, type OwnDatasetRecord } from '$lib/storage/types';

export class LibraryState {
	listing = $state<LibraryListing | null>(null);
	/** The last thing that went wrong, worded for the user; null when all is well. */
	message = $state<string | null>(null);
	/** The last deleted dataset, until the user undoes or moves on. */
	deleted = $state<{ title: string; record: OwnDatasetRecord } | null>(null);

	/** The last discarded work in progress, until the user undoes or moves on. */
	discardedWork = $state<{ title: string; work: Work | null; id: string } | null>(null);

	constructor(private readonly library: Library) {}

	async refresh(): Promise<void> {
		this.listing = await this.library.list();
	}

	async rename(summary: DatasetSummary, title: string): Promise<boolean> {
		return this.#try(() => this.library.rename(summary.id, title));
	}

	async duplicate(summary: DatasetSummary): Promise<string | null> {
		let id: string | null = null;
		await this.#try(async () => {
			id = await this.library.duplicate(summary.id);
		});
		return id;
	}

	async remove(summary: DatasetSummary): Promise<void> {
		await this.#try(async () => {
			const record = await this.library.remove(summary.id);
			this.deleted = { title: summary.title, record };
		});
	}

	async undoRemove(): Promise<void> {
		const deleted = this.deleted;
		if (!deleted) return;
		if (await this.#try(() => this.library.undoRemove(deleted.record))) this.deleted = null;
	}

	/** Discards a work in progress (a damaged one too), keeping it for undo where it can be read. */
	async discardWork(summary: Pick<WorkSummary, 'id' | 'title'>): Promise<void> {
		await this.#try(async () => {
			const work = await this.library.work.get(summary.id).catch(() => null);
			await this.library.work.remove(summary.id);
			this.discardedWork = { title: summary.title, work, id: summary.id };
		});
	}

	async undoDiscardWork(): Promise<void> {
		const discarded = this.discardedWork;
		if (!discarded?.work) return;
		const work = discarded.work;
		if (await this.#try(() => this.library.work.put(work))) this.discardedWork = null;
	}

	async #try(action: () => Promise<void>): Promise<boolean> {
		try {
			await action();
			this.message = null;
			return true;
		} catch (error) {
			this.message = error instanceof StorageProblem ? error.message : `Something went wrong: ${String(error)}`;
			return false;
		} finally {
			await this.refresh();
		}
	}
}
