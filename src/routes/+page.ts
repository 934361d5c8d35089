import { loadDataset, loadDatasetIndex } from '$lib/dataset/load';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch }) => {
	const index = await loadDatasetIndex(fetch);
	if (!index.ok) return { slug: null, result: { ok: false as const, problems: index.problems } };
	const slug = index.index.datasets[0]!.slug;
	return { slug, result: await loadDataset(fetch, slug) };
};
