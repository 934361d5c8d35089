import { describe, expect, it } from 'vitest';
import { formatProblem, validateDataset, validateDatasetFiles, isCalendarDate } from '../../src/lib/dataset/validate';
import { SEED_SLUG, seedArticleText, seedDatasetJsonText, seedJson } from './seed';

function problemsOf(json: unknown, text = seedArticleText): string[] {
	const result = validateDataset(json, text, SEED_SLUG);
	return result.ok ? [] : result.problems.map(formatProblem);
}

describe('validateDataset on the seed', () => {
	it('accepts the seed dataset', () => {
		const result = validateDataset(seedJson(), seedArticleText, SEED_SLUG);
		expect(result.ok).toBe(true);
		if (result.ok) {
			expect(result.dataset.slug).toBe(SEED_SLUG);
			expect(result.dataset.articleText).toBe(seedArticleText);
		}
	});
});

describe('validateDataset on broken copies', () => {
	it('names a missing required field by its path', () => {
		const json = seedJson();
		delete json.entities[2].name;
		expect(problemsOf(json)).toEqual(['entities[2].name: is missing']);
	});

	it('rejects a kind outside the vocabulary', () => {
		const json = seedJson();
		json.entities[0].kind = 'militia';
		expect(problemsOf(json)).toEqual([expect.stringMatching(/^entities\[0\]\.kind: must be one of: armed group/)]);
	});

	it('rejects an unknown relation type and stance', () => {
		const json = seedJson();
		json.relations[1].type = 'friendship';
		json.relations[3].stance = 'rumoured';
		const problems = problemsOf(json);
		expect(problems).toContainEqual(expect.stringMatching(/^relations\[1\]\.type: must be one of/));
		expect(problems).toContainEqual(expect.stringMatching(/^relations\[3\]\.stance: must be one of: asserted/));
	});

	it('reports a duplicate id and where it was first used', () => {
		const json = seedJson();
		json.entities[1].id = json.entities[0].id;
		expect(problemsOf(json)).toContain(`entities[1].id: id "${json.entities[0].id}" is already used at entities[0].id`);
	});

	it('reports an id shared between an entity and a place', () => {
		const json = seedJson();
		json.places[0].id = 'taliban';
		expect(problemsOf(json)).toContainEqual(expect.stringMatching(/^places\[0\]\.id: id "taliban" is already used at entities\[\d+\]\.id$/));
	});

	it('reports a duplicate quote id', () => {
		const json = seedJson();
		json.quotes[3].id = json.quotes[2].id;
		const problems = problemsOf(json);
		expect(problems[0]).toBe(`quotes[3].id: id "${json.quotes[2].id}" is already used at quotes[2].id`);
		// The renamed quote's own references now dangle, and are reported too.
		expect(problems.slice(1)).toContainEqual(expect.stringMatching(/evidence\[\d+\]: quote "q-treasury-document" does not exist$/));
	});

	it('reports a quote reference that does not resolve', () => {
		const json = seedJson();
		json.relations[4].evidence[1] = 'q19';
		expect(problemsOf(json)).toEqual(['relations[4].evidence[1]: quote "q19" does not exist']);
	});

	it('reports unresolved entity, place and assertedBy references', () => {
		const json = seedJson();
		json.relations[0].source = 'cia';
		json.relations[2].assertedBy = 'nobody';
		json.relations[11].places[0] = 'atlantis';
		json.entities[0].places[0] = 'mordor';
		const problems = problemsOf(json);
		expect(problems).toContain('relations[0].source: entity "cia" does not exist');
		expect(problems).toContain('relations[2].assertedBy: entity "nobody" does not exist');
		expect(problems).toContain('relations[11].places[0]: place "atlantis" does not exist');
		expect(problems).toContain('entities[0].places[0]: place "mordor" does not exist');
	});

	it('reports a relation from an actor to itself', () => {
		const json = seedJson();
		json.relations[0].target = json.relations[0].source;
		expect(problemsOf(json)).toEqual(['relations[0].target: must differ from source']);
	});

	it('reports a quote whose text is not at its offsets, and where it really is', () => {
		const json = seedJson();
		const quote = json.quotes[5];
		const trueStart = quote.start;
		quote.start += 1;
		quote.end += 1;
		const [problem] = problemsOf(json);
		expect(problem).toMatch(/^quotes\[5\]\.exact: does not match the article at /);
		expect(problem).toContain(`occurs at ${trueStart}–`);
	});

	it('reports a quote with straightened quotes as absent from the article', () => {
		const json = seedJson();
		const index = json.quotes.findIndex((quote: { exact: string }) => quote.exact.includes('’'));
		json.quotes[index].exact = json.quotes[index].exact.replaceAll('’', "'");
		expect(problemsOf(json)).toEqual([
			expect.stringMatching(new RegExp(`^quotes\\[${index}\\]\\.exact: .*does not occur anywhere in the article`))
		]);
	});

	it('reports a wrong prefix and suffix', () => {
		const json = seedJson();
		json.quotes[1].prefix = 'nothing like this';
		json.quotes[1].suffix = 'x';
		const problems = problemsOf(json);
		expect(problems).toContainEqual(expect.stringMatching(/^quotes\[1\]\.prefix: does not match/));
		expect(problems).toContainEqual(expect.stringMatching(/^quotes\[1\]\.suffix: does not match/));
	});

	it('reports offsets past the end of the article and reversed offsets', () => {
		const json = seedJson();
		json.quotes[0].end = seedArticleText.length + 10;
		json.quotes[1].end = json.quotes[1].start;
		const problems = problemsOf(json);
		expect(problems).toContainEqual(expect.stringMatching(/^quotes\[0\]\.end: \d+ is past the end of the article/));
		expect(problems).toContainEqual(expect.stringMatching(/^quotes\[1\]\.end: must be greater than start/));
	});

	it('rejects coordinates out of range', () => {
		const json = seedJson();
		json.places[0].coordinates = [190, 34];
		json.places[1].coordinates = [70, -95];
		const problems = problemsOf(json);
		expect(problems).toContain('places[0].coordinates[0]: longitude must be at most 180');
		expect(problems).toContain('places[1].coordinates[1]: latitude must be at least -90');
	});

	it('rejects malformed and impossible dates', () => {
		const json = seedJson();
		json.relations[0].date = '4 January 2021';
		json.relations[1].date = '2021-02-30';
		const problems = problemsOf(json);
		expect(problems).toContainEqual(expect.stringMatching(/^relations\[0\]\.date: must be an ISO date/));
		expect(problems).toContain('relations[1].date: "2021-02-30" is not a real calendar date');
	});

	it('rejects an entity, place or relation with no evidence', () => {
		const json = seedJson();
		json.entities[0].evidence = [];
		json.places[0].evidence = [];
		json.relations[0].evidence = [];
		const problems = problemsOf(json);
		for (const path of ['entities[0]', 'places[0]', 'relations[0]'])
			expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^${path.replace(/[[\]]/g, '\\$&')}\\.evidence: needs at least one quote`)));
	});

	it('reports every problem at once, not just the first', () => {
		const json = seedJson();
		json.relations[0].evidence = ['nope-1'];
		json.relations[1].evidence = ['nope-2'];
		json.quotes[0].prefix = 'wrong';
		expect(problemsOf(json)).toHaveLength(3);
	});
});

describe('validateDatasetFiles', () => {
	it('reports malformed JSON without throwing', () => {
		const result = validateDatasetFiles({ datasetJson: '{ "article": ', articleText: seedArticleText }, SEED_SLUG);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.problems[0]!.path).toBe('dataset.json');
		if (!result.ok) expect(result.problems[0]!.message).toMatch(/^is not valid JSON/);
	});

	it('reports missing and empty files', () => {
		const result = validateDatasetFiles({ datasetJson: null, articleText: '  \n' }, SEED_SLUG);
		expect(result.ok).toBe(false);
		if (!result.ok)
			expect(result.problems.map(formatProblem)).toEqual(['dataset.json: file is missing', 'article.txt: file is empty']);
	});

	it('reports a dataset that is not an object', () => {
		const result = validateDatasetFiles({ datasetJson: '[]', articleText: seedArticleText }, SEED_SLUG);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.problems[0]!.message).toMatch(/must be a JSON object/);
	});

	it('accepts the seed files as text', () => {
		expect(validateDatasetFiles({ datasetJson: seedDatasetJsonText, articleText: seedArticleText }, SEED_SLUG).ok).toBe(true);
	});
});

describe('isCalendarDate', () => {
	it('accepts partial dates and real days, rejects impossible days', () => {
		expect(isCalendarDate('2008')).toBe(true);
		expect(isCalendarDate('2020-05')).toBe(true);
		expect(isCalendarDate('2020-02-29')).toBe(true);
		expect(isCalendarDate('2021-02-29')).toBe(false);
	});
});
