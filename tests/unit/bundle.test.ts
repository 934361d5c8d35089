import { describe, expect, it } from 'vitest';
import { datasetToBundle, parseBundle } from '../../src/lib/dataset/bundle';
import { loadSeed, seedArticleText, seedJson, SEED_SLUG } from './seed';

function problemsOf(text: string) {
	const result = parseBundle(text);
	if (result.ok) throw new Error('expected the bundle to be refused');
	return result.problems;
}

describe('the dataset bundle', () => {
	it('round-trips a dataset exactly: bundle, parse, the same dataset', () => {
		const dataset = loadSeed();
		const text = datasetToBundle(dataset);
		const result = parseBundle(text);
		expect(result.ok).toBe(true);
		if (result.ok) expect(result.dataset).toEqual(dataset);
		const json = JSON.parse(text);
		expect(json.format).toBe('threadboard-dataset');
		expect(json.version).toBe(1);
		expect(json.id).toBe(SEED_SLUG);
		expect(json.article.text).toBe(seedArticleText);
		expect(Object.keys(json)).toEqual(['format', 'version', 'id', 'article', 'entities', 'places', 'relations', 'quotes']);
	});

	it('reads a bundle that starts with a byte-order mark', () => {
		expect(parseBundle(`\ufeff${datasetToBundle(loadSeed())}`).ok).toBe(true);
	});

	it('refuses what is not JSON, or not a bundle, saying what it is', () => {
		expect(problemsOf('{ "format": "threadboard-dataset", ')[0]!.message).toMatch(/^is not JSON/);
		expect(problemsOf('[1, 2]')[0]!.message).toContain('must be a JSON object');
		expect(problemsOf('null')[0]!.message).toContain('must be a JSON object');
		expect(problemsOf('"text"')[0]!.message).toContain('must be a JSON object');
		expect(problemsOf(JSON.stringify({ format: 'threadboard-slides', version: 1, dataset: 'x', slides: [] }))[0]).toEqual({
			path: 'format',
			message: 'this file is a Threadboard slides file, not a dataset'
		});
		expect(problemsOf(JSON.stringify(seedJson()))[0]!.message).toContain('a dataset.json without its article text');
		expect(problemsOf(JSON.stringify({ format: 'gexf' }))[0]!.message).toContain('a "gexf" file');
		expect(problemsOf(JSON.stringify({ hello: 'world' }))[0]!.message).toContain('not a Threadboard dataset');
	});

	it('refuses another version, a bad id and a missing article text', () => {
		const bundle = JSON.parse(datasetToBundle(loadSeed()));
		expect(problemsOf(JSON.stringify({ ...bundle, version: 2 }))[0]).toEqual({ path: 'version', message: 'version 2 is not one this app reads (it reads version 1)' });
		expect(problemsOf(JSON.stringify({ ...bundle, version: undefined }))[0]!.message).toContain('version missing');
		expect(problemsOf(JSON.stringify({ ...bundle, id: 'Not An Id' }))[0]!.path).toBe('id');
		expect(problemsOf(JSON.stringify({ ...bundle, id: 7 }))[0]!.path).toBe('id');
		expect(problemsOf(JSON.stringify({ ...bundle, article: { ...bundle.article, text: undefined } }))[0]!.path).toBe('article.text');
		expect(problemsOf(JSON.stringify({ ...bundle, article: { ...bundle.article, text: '  ' } }))[0]!.message).toBe('must not be empty');
		expect(problemsOf(JSON.stringify({ ...bundle, article: 'x' }))[0]!.path).toBe('article');
	});

	it('validates the dataset inside like a dataset on disk, paths and all', () => {
		const bundle = JSON.parse(datasetToBundle(loadSeed()));
		bundle.relations[2].evidence = ['q-nowhere'];
		bundle.article.text = bundle.article.text.replace('Haqqani', 'Haqqaní');
		const problems = problemsOf(JSON.stringify(bundle));
		expect(problems).toContainEqual({ path: 'relations[2].evidence[0]', message: 'quote "q-nowhere" does not exist' });
		expect(problems.some((problem) => problem.path.startsWith('quotes['))).toBe(true);
	});

	it('never throws, whatever the text', () => {
		for (const text of ['', '\ufeff', '{', '{"format":"threadboard-dataset","version":1,"id":"a","article":{"text":"x"},"entities":"no"}', 'x'.repeat(10_000), '{"__proto__":{"format":"threadboard-dataset"}}'])
			expect(() => parseBundle(text)).not.toThrow();
	});
});
