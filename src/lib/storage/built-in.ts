/**
 * The datasets that ship with the app, read at run time from static/datasets/:
 * a folder added there and listed in index.json shows up with no rebuild.
 */
import { loadDataset, loadDatasetIndex } from '$lib/dataset/load';
import type { DatasetIndex } from '$lib/dataset/schema';
import type { Problem, ValidationResult } from '$lib/dataset/validate';
import { brokenSummary, summarise } from './summary';
import type { DatasetSummary } from './types';

type Fetch = typeof fetch;

export class BuiltInDatasets {
	#index: Promise<{ ok: true; index: DatasetIndex } | { ok: false; problems: Problem[] }> | null = null;
	readonly #loaded = new Map<string, Promise<ValidationResult>>();

	constructor(private readonly fetch: Fetch) {}

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
			loading = loadDataset(this.fetch, id);
			this.#loaded.set(id, loading);
		}
		return loading;
	}

	/** A row per listed dataset; one that fails to load is listed with its problems. The index's own problems come back separately. */
	async list(): Promise<{ summaries: DatasetSummary[]; problems: Problem[] }> {
		const index = await this.index();
		if (!index.ok) return { summaries: [], problems: index.problems };
		const summaries = await Promise.all(
			index.index.datasets.map(async ({ slug, title }) => {
				const result = (await this.get(slug))!;
				return result.ok ? summarise(slug, 'built-in', result.dataset) : brokenSummary(slug, 'built-in', title, result.problems);
			})
		);
		return { summaries, problems: [] };
	}
}
