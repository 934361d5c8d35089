import { describe, expect, it } from 'vitest';
import { datasetToBundle } from '../../src/lib/dataset/bundle';
import { readDatasetFiles } from '../../src/lib/storage/dataset-files';
import { legacyViewAddress } from '../../src/lib/view/legacy-link';
import { loadSeed, SEED_SLUG, seedArticleText, seedDatasetJsonText } from './seed';

describe('opening dataset files', () => {
	it('reads the folder format: dataset.json with its article.txt, byte-order marks and all', () => {
		const result = readDatasetFiles([
			{ name: 'dataset.json', text: `\uFEFF${seedDatasetJsonText}` },
			{ name: 'article.txt', text: seedArticleText }
		]);
		expect(result.ok && result.dataset.entities.length).toBe(17);
		expect(result.ok && result.id).toBeNull();
	});

	it('round-trips the one-file bundle exactly, with its id', () => {
		const seed = loadSeed();
		const result = readDatasetFiles([{ name: 'seed.threadboard.json', text: datasetToBundle(seed) }]);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.id).toBe(SEED_SLUG);
		expect({ ...result.dataset, slug: SEED_SLUG }).toEqual(seed);
	});

	it('names the problem with anything else, and never throws', () => {
		const problemOf = (files: { name: string; text: string }[]) => {
			const result = readDatasetFiles(files);
			return result.ok ? 'accepted' : result.problems.map((problem) => `${problem.path}: ${problem.message}`).join('\n');
		};
		expect(problemOf([])).toMatch(/none chosen/);
		expect(problemOf([{ name: 'x.json', text: '{' }])).toMatch(/^x\.json: is not valid JSON/);
		expect(problemOf([{ name: 'slides.json', text: '{"format":"threadboard-slides"}' }])).toMatch(/is a “threadboard-slides” file, not a Threadboard dataset/);
		expect(problemOf([{ name: 'dataset.json', text: seedDatasetJsonText }])).toMatch(/article\.txt: is needed/);
		expect(problemOf([{ name: 'photo.png', text: '' }])).toMatch(/choose one Threadboard dataset file/);
		expect(problemOf([{ name: 'b.json', text: '{"format":"threadboard-dataset","version":2}' }])).toMatch(/version: version 2 is not one this app reads/);
		expect(problemOf([{ name: 'b.json', text: '{"format":"threadboard-dataset","version":1,"article":{"title":"t"}}' }])).toMatch(/article\.text: must be the article’s text/);
		const tampered = JSON.parse(datasetToBundle(loadSeed()));
		tampered.quotes[0].exact = 'not in the article';
		expect(problemOf([{ name: 'b.json', text: JSON.stringify(tampered) }])).toMatch(/^b\.json: quotes\[0\]\.exact: does not match the article/);
	});
});

describe('links from before the library', () => {
	it('open the first built-in dataset with the same view', () => {
		expect(legacyViewAddress('?actor=taliban&zoom=1,2,3', SEED_SLUG)).toBe(`/view/?dataset=${SEED_SLUG}&actor=taliban&zoom=1,2,3`);
		expect(legacyViewAddress('?dataset=mine&actor=taliban', SEED_SLUG)).toBe('/view/?dataset=mine&actor=taliban');
		expect(legacyViewAddress('', SEED_SLUG)).toBeNull();
		expect(legacyViewAddress('?actor=taliban', null)).toBeNull();
	});
});
