/**
 * The library: every dataset this browser can open, built-in and own, behind one
 * interface. Built-in datasets are read-only; own ones can be saved, renamed,
 * duplicated and deleted. Storage failures arrive as StorageProblem, worded for the user.
 *
 * The code of this browser's own stores (IndexedDB) is downloaded the first time one is
 * needed: opening a built-in dataset, the first page, never needs it, as built-in
 * datasets come first and an own one never shadows them.
 */
import type { Article, Dataset } from '$lib/dataset/schema';
import type { Problem, ValidationResult } from '$lib/dataset/validate';
import type { WorkSummary } from '$lib/dataset/work';
import type { BrowserStores } from './browser-stores';
import { BuiltInDatasets } from './built-in';
import type { Corpora, CorpusRecord } from './corpora';
import type { OwnDatasets } from './own-datasets';
import { sortSummaries } from './summary';
import type { OffPageDatasets } from './dataset-worker';
import { StorageProblem, type DatasetOrigin, type DatasetSummary, type OwnDatasetRecord } from './types';
import type { BrokenWork, WorkStore } from './work-store';

/** The corpus of every built-in dataset (listed when there are two or more). */
export const BUILT_IN_CORPUS_ID = 'all-built-in';

type StoresModule = typeof import('./browser-stores');

export interface LibraryListing {
	summaries: DatasetSummary[];
	/** Problems with the built-in index, shown above the list. */
	indexProblems: Problem[];
	/** Why own datasets could not be listed (storage unavailable), or null. */
	ownProblem: StorageProblem | null;
	/** Annotation work in progress, most recently edited first (empty when storage is unavailable: ownProblem says so). */
	works: WorkSummary[];
	/** Stored work in progress that could not be read. */
	brokenWorks: BrokenWork[];
	/** True while this browser's own datasets and work are still being read (the built-in rows are shown first). */
	pending: boolean;
}

export interface CorpusSummary {
	id: string;
	title: string;
	datasets: string[];
	builtIn: boolean;
	updatedAt: string | null;
}

export type CorpusOpenResult =
	| { found: true; record: CorpusRecord; builtIn: boolean; datasets: Dataset[]; /** Members this browser cannot open, with why. */ missing: { id: string; reason: string }[] }
	| { found: false; problem: StorageProblem | null };

export type OpenResult =
	| { found: true; origin: DatasetOrigin; result: ValidationResult }
	| { found: false; ownProblem: StorageProblem | null };

const MAX_TITLE_LENGTH = 300;

/** The built-in corpus of these built-in datasets: one when there are two or more. */
export function builtInCorpora(builtInIds: string[]): CorpusSummary[] {
	return builtInIds.length > 1 ? [{ id: BUILT_IN_CORPUS_ID, title: 'All built-in articles', datasets: builtInIds, builtIn: true, updatedAt: null }] : [];
}

export class Library {
	readonly builtIn: BuiltInDatasets;
	readonly #given: Partial<BrowserStores>;
	readonly #offPage: (() => OffPageDatasets) | null;
	#stores: Promise<StoresModule & { stores: BrowserStores }> | null = null;

	/**
	 * `offPage`: reads and checks datasets off the main thread (workerDatasets): the library's rows (built-in and own), and large built-in ones when opened.
	 * `own`, `corpora`, `work`: stores to use instead of this browser's (tests).
	 */
	constructor(options: { fetch: typeof fetch; offPage?: (() => OffPageDatasets) | null } & Partial<BrowserStores>) {
		this.builtIn = new BuiltInDatasets(options.fetch, options.offPage ?? null);
		const { fetch: _fetch, offPage, ...given } = options;
		this.#given = given;
		this.#offPage = offPage ?? null;
	}

	/** Own datasets, in this browser. */
	async own(): Promise<OwnDatasets> {
		return (await this.#storage()).stores.own;
	}

	async corpora(): Promise<Corpora> {
		return (await this.#storage()).stores.corpora;
	}

	/** The annotation editor's work in progress, valid or not. */
	async work(): Promise<WorkStore> {
		return (await this.#storage()).stores.work;
	}

	/** The stores and their code, downloaded once; a failed download is not kept, so a later try can succeed. */
	#storage(): Promise<StoresModule & { stores: BrowserStores }> {
		this.#stores ??= import('./browser-stores').then(
			(module) => ({ ...module, stores: module.browserStores(this.#given) }),
			(error: unknown) => {
				this.#stores = null;
				throw new StorageProblem(`The code that reads this browser’s storage could not be loaded (${error instanceof Error ? error.message : String(error)}). Built-in datasets still work.`, 'unavailable');
			}
		);
		return this.#stores;
	}

	/** The built-in corpus (every built-in dataset, when there are two or more) and this browser's own corpora. */
	async listCorpora(): Promise<{ corpora: CorpusSummary[]; problem: StorageProblem | null }> {
		const builtIn = builtInCorpora(await this.builtIn.ids());
		try {
			const { corpora } = await (await this.corpora()).list();
			const own = corpora
				.filter((record) => record.id !== BUILT_IN_CORPUS_ID)
				.map((record) => ({ id: record.id, title: record.title, datasets: record.datasets, builtIn: false, updatedAt: record.updatedAt }));
			return { corpora: [...builtIn, ...own], problem: null };
		} catch (error) {
			return { corpora: builtIn, problem: asProblem(error) };
		}
	}

	async openCorpus(id: string): Promise<CorpusOpenResult> {
		const builtIn = id === BUILT_IN_CORPUS_ID;
		// The built-in corpus's members are known without its record (which only keeps decisions): they are read while it is.
		const builtInMembers = builtIn ? this.builtIn.ids().then((ids) => ({ ids, opened: this.#openMembers(ids) })) : null;
		let record: CorpusRecord | null;
		try {
			record = await (await this.corpora()).get(id);
		} catch (error) {
			if (!builtIn) return { found: false, problem: asProblem(error) };
			record = null;
		}
		if (builtInMembers) {
			// Always today's built-in datasets; only the decisions are kept.
			const now = new Date().toISOString();
			const { ids, opened } = await builtInMembers;
			record = { id, title: 'All built-in articles', datasets: ids, decisions: record?.decisions ?? { actors: {}, places: {} }, createdAt: record?.createdAt ?? now, updatedAt: record?.updatedAt ?? now };
			return { found: true, record, builtIn, ...(await opened) };
		}
		if (!record) return { found: false, problem: null };
		return { found: true, record, builtIn, ...(await this.#openMembers(record.datasets)) };
	}

	/** A corpus's member datasets, read together (not one after another), in the corpus's order; those that cannot be opened, with why. */
	async #openMembers(ids: string[]): Promise<{ datasets: Dataset[]; missing: { id: string; reason: string }[] }> {
		const datasets: Dataset[] = [];
		const missing: { id: string; reason: string }[] = [];
		const opened = await Promise.all(ids.map((datasetId) => this.open(datasetId)));
		opened.forEach((outcome, index) => {
			const datasetId = ids[index]!;
			if (!outcome.found) missing.push({ id: datasetId, reason: 'is not in this browser' });
			else if (!outcome.result.ok) missing.push({ id: datasetId, reason: `has ${outcome.result.problems.length} problem(s)` });
			else datasets.push(outcome.result.dataset);
		});
		return { datasets, missing };
	}

	/** A new corpus of the given datasets; returns its id. */
	async createCorpus(title: string, datasetIds: string[]): Promise<string> {
		const { stores, newDatasetId } = await this.#storage();
		const taken = new Set([...(await this.takenIds()), ...(await stores.corpora.list()).corpora.map((record) => record.id), BUILT_IN_CORPUS_ID]);
		const id = newDatasetId(title, taken, Math.random, 'corpus');
		const now = new Date().toISOString();
		await stores.corpora.put({ id, title: title.trim() || 'Untitled corpus', datasets: [...new Set(datasetIds)], decisions: { actors: {}, places: {} }, createdAt: now, updatedAt: now });
		return id;
	}

	async saveCorpus(record: CorpusRecord): Promise<void> {
		await (await this.corpora()).put(record);
	}

	async removeCorpus(id: string): Promise<CorpusRecord | null> {
		const corpora = await this.corpora();
		const record = await corpora.get(id);
		await corpora.remove(id);
		return record;
	}

	/**
	 * Every dataset's row, and the work in progress. `early` is given the built-in rows alone
	 * (`pending`) when they are known before this browser's own datasets, which are read in a
	 * worker that takes a few hundred milliseconds to start.
	 */
	async list(early?: (listing: LibraryListing) => void): Promise<LibraryListing> {
		// One worker reads the built-in and the own datasets of a listing.
		const offPage = this.#offPage?.() ?? null;
		let complete = false;
		const builtInListed = this.builtIn.list(offPage);
		if (early)
			builtInListed.then(
				(builtIn) => {
					if (!complete) early({ summaries: builtIn.summaries, indexProblems: builtIn.problems, ownProblem: null, works: [], brokenWorks: [], pending: true });
				},
				// The listing below reports it.
				() => {}
			);
		const [builtIn, own, work] = await Promise.all([
			builtInListed,
			this.#listOwn(offPage).then(
				(summaries) => ({ summaries, problem: null }),
				(error: unknown) => ({ summaries: [] as DatasetSummary[], problem: asProblem(error) })
			),
			// Storage that refuses the datasets refuses this too: ownProblem already says so.
			this.work().then((work) => work.list()).catch(() => ({ works: [] as WorkSummary[], broken: [] as BrokenWork[] }))
		]).finally(() => {
			complete = true;
			offPage?.done();
		});
		return {
			summaries: sortSummaries([...own.summaries, ...builtIn.summaries]),
			indexProblems: builtIn.problems,
			ownProblem: own.problem,
			works: work.works,
			brokenWorks: work.broken,
			pending: false
		};
	}

	/**
	 * This browser's own datasets as rows, read and checked off the main thread when a worker can
	 * (large ones would hold the page). A worker that fails leaves it to the page, which then
	 * also words what went wrong (storage unavailable) as it always has.
	 */
	async #listOwn(offPage: OffPageDatasets | null): Promise<DatasetSummary[]> {
		// Stores given to the library (tests) are listed where they are.
		if (offPage && !this.#given.own)
			try {
				return await offPage.listOwn();
			} catch {
				// Listed below, in the page.
			}
		return (await this.own()).list();
	}

	/**
	 * Checks this browser's own datasets against the summaries they were listed from, off the
	 * main thread when a worker can, and mends those that differ. True when the list changed
	 * (list again to show it); false too when storage is unavailable (the listing says so).
	 */
	async checkOwn(): Promise<boolean> {
		const offPage = this.#given.own ? null : (this.#offPage?.() ?? null);
		try {
			if (offPage)
				try {
					return (await offPage.checkOwn()) > 0;
				} catch {
					// Checked below, in the page.
				}
			return (await (await this.own()).checkSummaries()) > 0;
		} catch {
			return false;
		} finally {
			offPage?.done();
		}
	}

	/**
	 * Starts annotating an imported article: a work in progress under a new dataset id,
	 * kept at once (it is the only copy of the article text). Returns the id for `/edit/?dataset=`.
	 */
	async startWork(article: Article, articleText: string): Promise<string> {
		const { stores, newDatasetId, newWork } = await this.#storage();
		const id = newDatasetId(article.title, await this.takenIds());
		await stores.work.put(newWork(id, article, articleText));
		return id;
	}

	/** Built-in datasets first (they are the same in every browser), then this browser's own. */
	async open(id: string): Promise<OpenResult> {
		const builtIn = await this.builtIn.get(id);
		if (builtIn) return { found: true, origin: 'built-in', result: builtIn };
		try {
			const own = await (await this.own()).get(id);
			return own ? { found: true, origin: 'own', result: own } : { found: false, ownProblem: null };
		} catch (error) {
			return { found: false, ownProblem: asProblem(error) };
		}
	}

	async takenIds(): Promise<Set<string>> {
		const [builtIn, own, work] = await Promise.all([
			this.builtIn.ids(),
			this.own().then((own) => own.ids()).catch(() => new Set<string>()),
			this.work().then((work) => work.ids()).catch(() => new Set<string>())
		]);
		return new Set([...builtIn, ...own, ...work]);
	}

	/** Saves a valid dataset as an own dataset under a new id; returns the id. */
	async add(dataset: Omit<Dataset, 'slug'>): Promise<string> {
		const { stores, newDatasetId } = await this.#storage();
		const id = newDatasetId(dataset.article.title, await this.takenIds());
		await stores.own.put({ ...dataset, slug: id });
		return id;
	}

	/** Saves changes to an own dataset (never a built-in one). */
	async save(dataset: Dataset): Promise<void> {
		await this.#refuseBuiltIn(dataset.slug, 'changed');
		await (await this.own()).put(dataset);
	}

	async rename(id: string, title: string): Promise<void> {
		const clean = title.trim();
		if (clean === '') throw new StorageProblem('A title cannot be empty.', 'failed');
		if (clean.length > MAX_TITLE_LENGTH) throw new StorageProblem(`A title can be at most ${MAX_TITLE_LENGTH} characters.`, 'failed');
		const dataset = await this.#ownDataset(id);
		await (await this.own()).put({ ...dataset, article: { ...dataset.article, title: clean } });
	}

	/** Copies any dataset, built-in or own, into a new own dataset titled “… (copy)”; returns its id. */
	async duplicate(id: string): Promise<string> {
		const opened = await this.open(id);
		if (!opened.found) throw opened.ownProblem ?? new StorageProblem(`There is no dataset “${id}” in this browser.`, 'not-found');
		if (!opened.result.ok) throw new StorageProblem('A dataset with problems cannot be copied; fix or export it first.', 'corrupt');
		const { slug: _slug, ...dataset } = opened.result.dataset;
		return this.add({ ...dataset, article: { ...dataset.article, title: `${dataset.article.title} (copy)`.slice(0, MAX_TITLE_LENGTH) } });
	}

	/** Deletes an own dataset and returns what undo needs to put it back exactly. */
	async remove(id: string): Promise<OwnDatasetRecord> {
		await this.#refuseBuiltIn(id, 'deleted');
		const own = await this.own();
		const record = await own.record(id);
		if (!record) throw new StorageProblem(`There is no dataset “${id}” in this browser.`, 'not-found');
		await own.remove(id);
		return record;
	}

	async undoRemove(record: OwnDatasetRecord): Promise<void> {
		await (await this.own()).restore(record);
	}

	async #refuseBuiltIn(id: string, what: string): Promise<void> {
		if ((await this.builtIn.ids()).includes(id))
			throw new StorageProblem(`“${id}” is built into Threadboard and cannot be ${what}; duplicate it to make your own copy.`, 'read-only');
	}

	async #ownDataset(id: string): Promise<Dataset> {
		await this.#refuseBuiltIn(id, 'changed');
		const result = await (await this.own()).get(id);
		if (!result) throw new StorageProblem(`There is no dataset “${id}” in this browser.`, 'not-found');
		if (!result.ok) throw new StorageProblem('This dataset has problems and cannot be changed here; export it to fix it.', 'corrupt');
		return result.dataset;
	}
}

function asProblem(error: unknown): StorageProblem {
	return error instanceof StorageProblem ? error : new StorageProblem(error instanceof Error ? error.message : String(error), 'failed');
}
