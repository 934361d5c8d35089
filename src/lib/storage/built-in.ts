/**
 * The datasets that ship with the app, read at run time from static/datasets/:
 * a folder added there and listed in index.json shows up with no rebuild.
 */
import { checkedKey } from '$lib/dataset/checked-at-build';
import { DATASETS_PATH, decodeDatasetFiles, fetchText, fetchDatasetBytes, fetchDatasetFiles, loadDatasetIndex, readCheckedAtBuild, readDatasetFiles } from '$lib/dataset/load';
import type { DatasetIndex } from '$lib/dataset/schema';
import type { Problem, ValidationResult } from '$lib/dataset/validate';
import { BUILT_SUMMARIES_FILE, builtInRow, readBuiltSummaries, type BuiltSummary } from './built-summaries';
import { summaryOf } from './summary';
import type { OffPageDatasets } from './dataset-worker';
import type { DatasetSummary } from './types';

type Fetch = typeof fetch;

/**
 * From this many bytes (both files together), a dataset opened in the workspace is checked in
 * the dataset worker: about 40 ms of checking in the page per megabyte on a two-core machine,
 * where the worker's start and the copy of the checked dataset back cost more below it.
 */
export const OFF_PAGE_BYTES = 1_000_000;

export class BuiltInDatasets {
	#index: Promise<{ ok: true; index: DatasetIndex } | { ok: false; problems: Problem[] }> | null = null;
	readonly #loaded = new Map<string, Promise<ValidationResult>>();
	#builtSummaries: Promise<Map<string, BuiltSummary>> | null = null;
	/** Per dataset with a build summary, its check against the files (`confirm`): null when they are the build's, else the row read from them. */
	readonly #confirmed = new Map<string, Promise<DatasetSummary | null>>();

	/**
	 * `offPage`: reads and checks datasets off the main thread (workerDatasets): every one for
	 * the library's rows, large ones when opened; null to do it all here. `built`: the keys of
	 * the files checked when the app was built (checked-at-build.ts; the app's own by default).
	 */
	constructor(
		private readonly fetch: Fetch,
		private readonly offPage: (() => OffPageDatasets) | null = null,
		private readonly built?: readonly string[]
	) {}

	index() {
		this.#index ??= loadDatasetIndex(this.fetch);
		return this.#index;
	}

	/** The rows the build wrote (built-summaries.ts); none when the file is missing or unreadable. */
	#summaries(): Promise<Map<string, BuiltSummary>> {
		this.#builtSummaries ??= fetchText(this.fetch, `${DATASETS_PATH}/${BUILT_SUMMARIES_FILE}`).then(readBuiltSummaries);
		return this.#builtSummaries;
	}

	async ids(): Promise<string[]> {
		const index = await this.index();
		return index.ok ? index.index.datasets.map((entry) => entry.slug) : [];
	}

	/** The first dataset the index lists: where old links without a dataset open. */
	async first(): Promise<string | null> {
		return (await this.ids())[0] ?? null;
	}

	/** Null when the index does not list `id`. */
	async get(id: string): Promise<ValidationResult | null> {
		if (!(await this.ids()).includes(id)) return null;
		let loading = this.#loaded.get(id);
		if (!loading) {
			loading = this.#open(id);
			this.#loaded.set(id, loading);
		}
		return loading;
	}

	/**
	 * Read and checked here, or in the worker when it is large and the build did not check it;
	 * a worker that fails leaves it to the page.
	 */
	async #open(slug: string): Promise<ValidationResult> {
		if (!this.offPage) return this.#readHere(slug);
		const bytes = await fetchDatasetBytes(this.fetch, slug);
		const size = (bytes.datasetJson?.byteLength ?? 0) + (bytes.articleText?.byteLength ?? 0);
		const files = decodeDatasetFiles(bytes);
		if (size < OFF_PAGE_BYTES) return readDatasetFiles(files, slug, this.built);
		// Checked when the app was built: parsing is all that is left, and the worker would hand the
		// dataset back as a copy the page reads at much the same cost, after starting and checking it.
		const trusted = await readCheckedAtBuild(files, slug, this.built);
		if (trusted) return trusted;
		const worker = this.offPage();
		try {
			return await worker.open(slug, bytes);
		} catch {
			// The bytes may have gone to the worker: read the files again (from the browser's cache).
			return this.#readHere(slug);
		} finally {
			worker.done();
		}
	}

	#readHere(slug: string): Promise<ValidationResult> {
		return fetchDatasetFiles(this.fetch, slug).then((files) => readDatasetFiles(files, slug, this.built));
	}

	/**
	 * A row per listed dataset; one that fails to load is listed with its problems. The index's own problems come back separately.
	 * A dataset the build summarised is listed from its summary at once (`confirm` then checks it against the files);
	 * the others are read, off the main thread when a worker can do it: a listing then never holds the page, whatever the datasets' size.
	 */
	async list(shared?: OffPageDatasets | null): Promise<{ summaries: DatasetSummary[]; problems: Problem[] }> {
		const [index, built] = await Promise.all([this.index(), this.#summaries()]);
		if (!index.ok) return { summaries: [], problems: index.problems };
		// A dataset found changed since the build (`confirm`) has been read, so it is among the loaded ones.
		const unread = index.index.datasets.filter(({ slug }) => !this.#loaded.has(slug) && !built.has(slug));
		// A worker given by the caller (the library, listing own datasets with it) is the caller's to end.
		const offPage = unread.length === 0 ? null : shared !== undefined ? shared : (this.offPage?.() ?? null);
		const inPage = async (slug: string, title: string) => summaryOf(slug, title, (await this.get(slug))!);
		const read = (slug: string, title: string): Promise<DatasetSummary> => {
			// One already read here (opened) is not read again; a worker that cannot start or dies leaves the dataset to the page.
			if (this.#loaded.has(slug)) return inPage(slug, title);
			const summary = built.get(slug);
			if (summary) return Promise.resolve(builtInRow(slug, summary));
			return offPage ? offPage.summarise(slug, title).catch(() => inPage(slug, title)) : inPage(slug, title);
		};
		try {
			const summaries = await Promise.all(index.index.datasets.map(({ slug, title }) => read(slug, title)));
			return { summaries, problems: [] };
		} finally {
			if (shared === undefined) offPage?.done();
		}
	}

	/**
	 * Checks the rows listed from the build's summaries against the files the server has now
	 * (the same key the build wrote them under): true when any dataset has changed since, and
	 * the next `list` gives its row as read from its files. Each dataset is checked once.
	 */
	async confirm(): Promise<boolean> {
		const [index, built] = await Promise.all([this.index(), this.#summaries()]);
		if (!index.ok) return false;
		const checks = index.index.datasets.flatMap(({ slug, title }) => {
			const summary = built.get(slug);
			if (!summary || this.#loaded.has(slug)) return [];
			let check = this.#confirmed.get(slug);
			if (!check) {
				check = this.#confirmOne(slug, title, summary);
				this.#confirmed.set(slug, check);
			}
			return [check];
		});
		return (await Promise.all(checks)).some((row) => row !== null);
	}

	async #confirmOne(slug: string, title: string, summary: BuiltSummary): Promise<DatasetSummary | null> {
		const { datasetJson, articleText } = await fetchDatasetFiles(this.fetch, slug);
		// Without Web Crypto (a page over plain HTTP from another machine) there is no key to compare: the files are read.
		const key = datasetJson !== null && articleText !== null ? await checkedKey('dataset', [datasetJson, articleText]).catch(() => null) : null;
		if (key === summary.key) return null;
		// Read (and kept, like an opened dataset): `list` now gives its row from the files.
		return summaryOf(slug, title, (await this.get(slug))!);
	}
}
