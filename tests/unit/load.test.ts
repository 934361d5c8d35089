import { describe, expect, it } from 'vitest';
import { loadDataset, loadDatasetIndex } from '../../src/lib/dataset/load';
import { SEED_SLUG, seedArticleText, seedDatasetJsonText } from './seed';

/**
 * A fetch that answers with the given texts as they are, byte-order mark included:
 * the app's loader must not depend on the browser dropping it (other sources of
 * files, such as the one-file briefing's embedded data or an imported file, may not).
 */
function fetchOf(files: Record<string, string>): typeof fetch {
	return (async (input: RequestInfo | URL) => {
		const text = files[String(input)];
		return text === undefined ? { ok: false, text: async () => '' } : { ok: true, text: async () => text };
	}) as typeof fetch;
}

describe('the app’s dataset loader', () => {
	it('reads an index, a dataset.json and an article.txt that start with a byte-order mark', async () => {
		const fetch = fetchOf({
			'/datasets/index.json': `\uFEFF{"datasets":[{"slug":"${SEED_SLUG}","title":"Seed"}]}`,
			[`/datasets/${SEED_SLUG}/dataset.json`]: `\uFEFF${seedDatasetJsonText}`,
			[`/datasets/${SEED_SLUG}/article.txt`]: `\uFEFF${seedArticleText}`
		});
		const index = await loadDatasetIndex(fetch);
		expect(index.ok).toBe(true);
		const result = await loadDataset(fetch, SEED_SLUG);
		expect(result.ok).toBe(true);
		if (result.ok) expect(result.dataset.articleText).toBe(seedArticleText);
		expect(result.warnings).toEqual([]);
	});

	it('names a missing index', async () => {
		expect(await loadDatasetIndex(fetchOf({}))).toEqual({ ok: false, problems: [{ path: 'datasets/index.json', message: 'file is missing' }] });
	});
});
