/**
 * The datasets that ship with the app, read at run time from static/datasets/:
 * a folder added there and listed in index.json shows up with no rebuild.
 */
import { decodeDatasetFiles, fetchDatasetBytes, fetchDatasetFiles, loadDatasetIndex, readCheckedAtBuild, readDatasetFiles } from '$lib/dataset/load';
import type { DatasetIndex } from '$lib/dataset/schema';
import type { Problem, ValidationResult } from '$lib/dataset/validate';
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
	 * Off the main thread when a worker can do it: a listing then never holds the page, whatever the datasets' size.
	 */
	async list(shared?: OffPageDatasets | null): Promise<{ summaries: DatasetSummary[]; problems: Problem[] }> {
		const index = await this.index();
		if (!index.ok) return { summaries: [], problems: index.problems };
		// A worker given by the caller (the library, listing own datasets with it) is the caller's to end.
		const offPage = shared !== undefined ? shared : (this.offPage?.() ?? null);
		const inPage = async (slug: string, title: string) => summaryOf(slug, title, (await this.get(slug))!);
		try {
			const summaries = await Promise.all(
				index.index.datasets.map(({ slug, title }) =>
					// One already read here (opened) is not read again; a worker that cannot start or dies leaves the dataset to the page.
					offPage && !this.#loaded.has(slug) ? offPage.summarise(slug, title).catch(() => inPage(slug, title)) : inPage(slug, title)
				)
			);
			return { summaries, problems: [] };
		} finally {
			if (shared === undefined) offPage?.done();
		}
	}
}
