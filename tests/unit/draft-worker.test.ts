/** The drafting worker's protocol, called directly in Node (the worker exposes this very object). */
import { describe, expect, it } from 'vitest';
import { createDraftApi, type DraftProgress } from '../../src/lib/draft/api';
import { validateDataset } from '../../src/lib/dataset/validate';
import { seedArticleText } from './seed';

describe('drafting worker API', () => {
	const api = createDraftApi();

	it('drafts with progress that rises to done, and returns a valid dataset with its candidates', async () => {
		const progress: DraftProgress[] = [];
		const result = await api.draft(seedArticleText, { title: 'Seed', publisher: 'The EurAsian Times', url: null, published: null }, (step) => progress.push(step));
		expect(validateDataset(result.dataset, result.articleText, 'draft').ok).toBe(true);
		expect(result.articleText).toBe(seedArticleText);
		expect(result.candidates.length).toBe(result.dataset.entities.length + result.dataset.places.length + result.dataset.relations.length);
		expect(progress[0]).toEqual({ stage: 'loading', fraction: 0 });
		expect(progress.at(-1)?.fraction).toBe(1);
		const fractions = progress.map((step) => step.fraction);
		expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
		expect(new Set(progress.map((step) => step.stage))).toEqual(new Set(['loading', 'sentences', 'mentions', 'actors', 'places', 'links', 'quotes', 'dataset']));
		// what crosses the worker boundary must survive structured cloning
		expect(structuredClone(result)).toEqual(result);
	});

	it('works without a progress listener and searches places', async () => {
		const result = await api.draft('Nothing to see.', { title: 'T', publisher: 'P', url: null, published: null });
		expect(result.dataset.entities.length).toBeGreaterThan(0);
		const places = await api.searchPlaces('miram');
		expect(places[0]?.name).toBe('Miran Shah');
		expect(await api.searchPlaces('')).toEqual([]);
	});
});
