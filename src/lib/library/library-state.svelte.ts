/**
 * The library page's state: the listing, the last storage problem, and an undo
 * for the last delete. Components read it and call its methods.
 */
import type { Work, WorkSummary } from '$lib/dataset/work';
import { builtInCorpora, type CorpusSummary, type Library, type LibraryListing } from '$lib/storage/library';
import { StorageProblem, type DatasetSummary, type OwnDatasetRecord } from '$lib/storage/types';

export class LibraryState {
	listing = $state<LibraryListing | null>(null);
	/** The last thing that went wrong, worded for the user; null when all is well. */
	message = $state<string | null>(null);
	/** The last deleted dataset, until the user undoes or moves on. */
	deleted = $state.raw<{ title: string; record: OwnDatasetRecord } | null>(null);

	/** The last discarded work in progress, until the user undoes or moves on. */
	discardedWork = $state<{ title: string; work: Work | null; id: string } | null>(null);

	/** The corpora: the built-in one and this browser's own. */
	corpora = $state<CorpusSummary[]>([]);
	/** The last deleted corpus, until the user undoes or moves on. */
	deletedCorpus = $state<{ title: string; record: Awaited<ReturnType<Library['removeCorpus']>> } | null>(null);

	#listedOnce = false;
	/** The background check of the built-in rows the build wrote, started by the first listing. */
	#confirming: Promise<void> | null = null;
	/** The background check of own datasets against the summaries they are listed from, started once the first listing is shown. */
	#checkingOwn: Promise<void> | null = null;

	/** `whenIdle`: when the background checks may start (tests start them at once). */
	constructor(
		private readonly library: Library,
		private readonly whenIdle: (then: () => void) => void = (then) => then()
	) {}

	async refresh(): Promise<void> {
		// The first listing shows the built-in rows (and corpus) as soon as they are known; later ones replace the list whole.
		// A plain field, not `listing`: refresh runs inside the page's effect, and reading reactive state here
		// would make every listing it writes run the effect, and so refresh, again.
		const first = !this.#listedOnce;
		this.#listedOnce = true;
		const early = first
			? (builtInOnly: LibraryListing) => {
					if (this.listing !== null) return;
					this.listing = builtInOnly;
					this.corpora = builtInCorpora(builtInOnly.summaries.map((summary) => summary.id));
				}
			: undefined;
		const [listing, corpora] = await Promise.all([this.library.list(early), this.library.listCorpora()]);
		this.listing = listing;
		this.corpora = corpora.corpora;
		if (corpora.problem) this.message = corpora.problem.message;
		// Built-in rows come from the build's summaries at once; a dataset changed on the server since is listed again as it is now.
		this.#confirming ??= this.library.builtIn.confirm().then(
			(changed) => (changed ? this.refresh() : undefined),
			() => {}
		);
		// Own rows come from the summaries saved with them; a dataset that no longer says what its summary does is listed again as it is.
		if (listing.summaries.some((summary) => summary.origin === 'own'))
			this.#checkingOwn ??= new Promise<boolean>((resolve) => this.whenIdle(() => void this.library.checkOwn().then(resolve))).then(
				(changed) => (changed ? this.refresh() : undefined),
				() => {}
			);
	}

	/** A new corpus of the chosen datasets; its id, or null when it could not be kept. */
	async createCorpus(title: string, datasetIds: string[]): Promise<string | null> {
		let id: string | null = null;
		await this.#try(async () => {
			id = await this.library.createCorpus(title, datasetIds);
		});
		return id;
	}

	async removeCorpus(corpus: CorpusSummary): Promise<void> {
		await this.#try(async () => {
			const record = await this.library.removeCorpus(corpus.id);
			this.deletedCorpus = { title: corpus.title, record };
		});
	}

	async undoRemoveCorpus(): Promise<void> {
		const record = this.deletedCorpus?.record;
		if (!record) return;
		if (await this.#try(() => this.library.saveCorpus(record))) this.deletedCorpus = null;
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
			const store = await this.library.work();
			const work = await store.get(summary.id).catch(() => null);
			await store.remove(summary.id);
			this.discardedWork = { title: summary.title, work, id: summary.id };
		});
	}

	async undoDiscardWork(): Promise<void> {
		const discarded = this.discardedWork;
		if (!discarded?.work) return;
		const work = discarded.work;
		if (await this.#try(async () => (await this.library.work()).put(work))) this.discardedWork = null;
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
