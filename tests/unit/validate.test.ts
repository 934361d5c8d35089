import { describe, expect, it } from 'vitest';
import { formatProblem, validateDataset, validateDatasetFiles, validateDatasetIndex, isCalendarDate } from '../../src/lib/dataset/validate';
import { LIMITS, MAX_ID_LENGTH } from '../../src/lib/dataset/schema';
import { SEED_SLUG, seedArticleText, seedDatasetJsonText, seedJson } from './seed';

function problemsOf(json: unknown, text = seedArticleText): string[] {
	const result = validateDataset(json, text, SEED_SLUG);
	return result.ok ? [] : result.problems.map(formatProblem);
}

function warningsOf(json: unknown, text = seedArticleText): string[] {
	return validateDataset(json, text, SEED_SLUG).warnings.map(formatProblem);
}

/** Renames an entity everywhere it is referred to, so only the id itself changes. */
function renameEntity(json: any, from: string, to: string): void {
	for (const entity of json.entities) if (entity.id === from) entity.id = to;
	for (const relation of json.relations)
		for (const key of ['source', 'target', 'assertedBy']) if (relation[key] === from) relation[key] = to;
}

describe('validateDataset on the seed', () => {
	it('accepts the seed dataset, with no warnings', () => {
		const result = validateDataset(seedJson(), seedArticleText, SEED_SLUG);
		expect(result.ok).toBe(true);
		expect(result.warnings).toEqual([]);
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

describe('repeated references', () => {
	it('refuses an actor citing the same quote twice, naming the earlier citation', () => {
		const json = seedJson();
		const entity = json.entities[3];
		entity.evidence = ['q-joint-team', 'q-joint-team'];
		expect(problemsOf(json)).toEqual(['entities[3].evidence[1]: quote "q-joint-team" is already cited at entities[3].evidence[0]']);
	});

	it('refuses repeated quotes in a relation and a place, however far apart', () => {
		const json = seedJson();
		json.relations[1].evidence.push(json.relations[1].evidence[0]);
		json.places[0].evidence.push(json.places[0].evidence[0]);
		const problems = problemsOf(json);
		const last = json.relations[1].evidence.length - 1;
		expect(problems).toContain(`relations[1].evidence[${last}]: quote "${json.relations[1].evidence[0]}" is already cited at relations[1].evidence[0]`);
		expect(problems).toContainEqual(expect.stringMatching(/^places\[0\]\.evidence\[\d+\]: quote ".*" is already cited at places\[0\]\.evidence\[0\]$/));
		expect(problems).toHaveLength(2);
	});

	it('refuses a link or an actor listing the same place twice', () => {
		const json = seedJson();
		json.relations[0].places = ['kabul', 'kabul'];
		json.entities[0].places = ['north-waziristan', 'afghanistan', 'north-waziristan'];
		expect(problemsOf(json)).toEqual([
			'entities[0].places[2]: place "north-waziristan" is already listed at entities[0].places[0]',
			'relations[0].places[1]: place "kabul" is already listed at relations[0].places[0]'
		]);
	});

	it('refuses an alias given twice, or the same as the name', () => {
		const json = seedJson();
		json.entities[2].aliases = ['Afghan Taliban', 'Afghan Taliban '];
		json.entities[3].aliases = ['Islamic State'];
		expect(problemsOf(json)).toEqual([
			'entities[2].aliases[1]: alias "Afghan Taliban" is already listed at entities[2].aliases[0]',
			'entities[3].aliases[0]: alias "Islamic State" is the same as the name at entities[3].name'
		]);
	});
});

describe('every problem in one run', () => {
	it('reports a schema error, a duplicate id and a missing quote together', () => {
		const json = seedJson();
		json.entities[0].kind = 'militia';
		json.entities[5].id = json.entities[4].id;
		json.relations[2].evidence[0] = 'q-nowhere';
		const problems = problemsOf(json);
		expect(problems).toContainEqual(expect.stringMatching(/^entities\[0\]\.kind: must be one of/));
		expect(problems).toContain(`entities[5].id: id "${json.entities[4].id}" is already used at entities[4].id`);
		expect(problems).toContain('relations[2].evidence[0]: quote "q-nowhere" does not exist');
	});

	it('checks quotes and references in items that have schema errors of their own', () => {
		const json = seedJson();
		json.quotes[1].prefix = 'x'.repeat(40);
		json.quotes[2].start += 1;
		json.quotes[2].id = 'Not An Id';
		json.relations[0].stance = 'rumoured';
		json.relations[0].places = ['atlantis'];
		const problems = problemsOf(json);
		expect(problems).toContain('quotes[1].prefix: must be at most 32 characters');
		expect(problems).toContainEqual(expect.stringMatching(/^quotes\[1\]\.prefix: does not match the 40 characters before the quote/));
		expect(problems).toContainEqual(expect.stringMatching(/^quotes\[2\]\.id: must be lower-case words/));
		expect(problems).toContainEqual(expect.stringMatching(/^quotes\[2\]\.exact: does not match the article/));
		expect(problems).toContainEqual(expect.stringMatching(/^relations\[0\]\.stance: must be one of/));
		expect(problems).toContain('relations[0].places[0]: place "atlantis" does not exist');
	});

	it('does not flood a missing collection with one dangling reference per citation', () => {
		const json = seedJson();
		delete json.quotes;
		expect(problemsOf(json)).toEqual(['quotes: is missing']);
	});

	it('survives items of the wrong shape without throwing', () => {
		const json = seedJson();
		json.entities.push(null, 7, 'x', []);
		json.relations[0].evidence = [42, null];
		json.quotes[0] = { id: 'q-broken', start: 'nine', end: null };
		json.places = { kabul: true };
		const problems = problemsOf(json);
		expect(problems).toContain('entities[17]: expected Object (got null)');
		expect(problems).toContain('relations[0].evidence[0]: expected string (got 42)');
		expect(problems).toContain('quotes[0].start: expected number (got "nine")');
		expect(problems).toContain('places: expected Array (got Object)');
	});

	it('lists each message once', () => {
		const json = seedJson();
		json.relations[0].evidence = ['nope', 'nope'];
		const problems = problemsOf(json);
		expect(problems).toEqual([
			'relations[0].evidence[1]: quote "nope" is already cited at relations[0].evidence[0]',
			'relations[0].evidence[0]: quote "nope" does not exist',
			'relations[0].evidence[1]: quote "nope" does not exist'
		]);
		expect(new Set(problems).size).toBe(problems.length);
	});
});

describe('id length', () => {
	it(`refuses an id longer than ${MAX_ID_LENGTH} characters with a message saying so`, () => {
		const json = seedJson();
		const long = 'a'.repeat(500);
		renameEntity(json, 'taliban', long);
		const problems = problemsOf(json);
		expect(problems[0]).toBe(`entities[2].id: must be at most ${MAX_ID_LENGTH} characters (this one has 500)`);
		// The references to it are ids too, and say the same.
		for (const problem of problems) expect(problem).toMatch(/^(entities|relations)\[\d+\]\.(id|source|target|assertedBy): must be at most 120 characters \(this one has 500\)$/);
	});

	it(`accepts an id of exactly ${MAX_ID_LENGTH} characters`, () => {
		const json = seedJson();
		renameEntity(json, 'taliban', `taliban-${'x'.repeat(MAX_ID_LENGTH - 8)}`);
		expect(problemsOf(json)).toEqual([]);
	});
});

describe('text the dataset shows', () => {
	it('refuses names and aliases made only of invisible characters', () => {
		const json = seedJson();
		json.entities[0].name = '\u200B\u200D';
		json.entities[1].aliases = ['\u3164'];
		json.places[0].name = '\u2060\u00AD';
		const problems = problemsOf(json);
		expect(problems).toContain('entities[0].name: has no visible characters (only spaces or invisible characters)');
		expect(problems).toContain('entities[1].aliases[0]: has no visible characters (only spaces or invisible characters)');
		expect(problems).toContain('places[0].name: has no visible characters (only spaces or invisible characters)');
	});

	it('refuses direction overrides and isolates in names, aliases, summaries and titles', () => {
		const json = seedJson();
		json.entities[0].name = 'Haqqani \u202ENetwork';
		json.entities[1].aliases = ['\u2067al-Qaeda\u2069'];
		json.relations[0].summary = 'Affiliated\u202D';
		json.article.title = '\u202BTitle';
		const problems = problemsOf(json);
		expect(problems).toContain(
			'entities[0].name: contains the direction control U+202E at character 8, which can make text read differently from what it is; remove it'
		);
		expect(problems).toContainEqual(expect.stringMatching(/^entities\[1\]\.aliases\[0\]: contains the direction control U\+2067 at character 0/));
		expect(problems).toContainEqual(expect.stringMatching(/^relations\[0\]\.summary: contains the direction control U\+202D/));
		expect(problems).toContainEqual(expect.stringMatching(/^article\.title: contains the direction control U\+202B/));
	});

	it('refuses control characters in names, summaries and titles; notes may break lines', () => {
		const json = seedJson();
		json.entities[0].summary = 'Rings a bell\u0007';
		json.article.title = 'Form\u000Cfeed';
		json.places[0].name = 'Two\nlines';
		json.article.note = 'First line.\nSecond line.';
		const problems = problemsOf(json);
		expect(problems).toContainEqual(expect.stringMatching(/^entities\[0\]\.summary: contains the control character U\+0007/));
		expect(problems).toContainEqual(expect.stringMatching(/^article\.title: contains the control character U\+000C/));
		expect(problems).toContainEqual(expect.stringMatching(/^places\[0\]\.name: contains the control character U\+000A/));
		expect(problems.filter((problem) => problem.startsWith('article.note'))).toEqual([]);
	});

	it('refuses an article address that is not http or https', () => {
		for (const [url, scheme] of [
			['javascript:alert(document.domain)', 'javascript:'],
			['data:text/html,<script>alert(1)</script>', 'data:'],
			['file:///etc/passwd', 'file:'],
			['ftp://example.org/a.txt', 'ftp:']
		]) {
			const json = seedJson();
			json.article.url = url;
			expect(problemsOf(json)).toEqual([`article.url: must be an http or https address, not ${scheme}`]);
		}
		const json = seedJson();
		json.article.url = 'https://www.eurasiantimes.com/haqqani-network/';
		expect(problemsOf(json)).toEqual([]);
		json.article.url = 'not a url';
		expect(problemsOf(json)).toEqual(['article.url: must be a URL or null']);
	});
});

describe('limits', () => {
	it('refuses an article longer than the limit', () => {
		const text = seedArticleText + ' '.repeat(LIMITS.articleLength);
		expect(problemsOf(seedJson(), text)).toEqual([
			`article.txt: is ${text.length.toLocaleString('en')} characters long; the limit is ${LIMITS.articleLength.toLocaleString('en')}`
		]);
	});

	it('refuses over-long names and too many aliases', () => {
		const json = seedJson();
		json.entities[0].name = 'N'.repeat(LIMITS.nameLength + 1);
		json.entities[1].aliases = Array.from({ length: LIMITS.aliases + 1 }, (_, index) => `Alias ${index}`);
		const problems = problemsOf(json);
		expect(problems).toContain(`entities[0].name: must be at most ${LIMITS.nameLength} characters`);
		expect(problems).toContain(`entities[1].aliases: must be at most ${LIMITS.aliases} items`);
	});

	it('refuses a dataset file longer than the limit before parsing it', () => {
		const result = validateDatasetFiles({ datasetJson: ' '.repeat(LIMITS.datasetFileLength + 1), articleText: seedArticleText }, SEED_SLUG);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.problems.map(formatProblem)).toEqual([expect.stringMatching(/^dataset\.json: is [\d,]+ characters long; the limit is 20,000,000$/)]);
	});
});

describe('warnings about look-alike actors', () => {
	it('warns about two actors with the same name, naming both paths, and still accepts the dataset', () => {
		const json = seedJson();
		json.entities[5].name = json.entities[9].name;
		const result = validateDataset(json, seedArticleText, SEED_SLUG);
		expect(result.ok).toBe(true);
		expect(result.warnings.map(formatProblem)).toEqual([
			'entities[9].name: "United States" is also entities[5].name: two actors with one name are easy to confuse'
		]);
	});

	it('warns about names that differ only in case, accents, punctuation, spacing or look-alike letters', () => {
		for (const lookalike of ['taliban', 'TALIBAN', 'Tālibān', 'Tali-ban', 'Tali  ban', 'Tаliban', 'Ｔａｌｉｂａｎ', 'Tali\u200Bban']) {
			const json = seedJson();
			json.entities[3].name = lookalike;
			expect(warningsOf(json), lookalike).toEqual([
				`entities[3].name: "${lookalike}" looks like entities[2].name ("Taliban"): two actors with look-alike names are easy to confuse`
			]);
		}
	});

	it("warns when an alias looks like another actor's name, once per pair of actors", () => {
		const json = seedJson();
		json.entities[4].aliases = ['the taliban?', 'Taliban', 'Afghan Taliban'];
		const warnings = warningsOf(json);
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toMatch(/^entities\[4\]\.aliases\[1\]: "Taliban" is also entities\[2\]\.name/);
	});

	it("does not warn about an actor's own spellings", () => {
		const json = seedJson();
		json.entities[2].aliases = ['taliban', 'the Taliban'];
		expect(warningsOf(json)).toEqual([]);
	});

	it('reports warnings alongside problems', () => {
		const json = seedJson();
		json.entities[3].name = 'Taliban';
		json.relations[0].evidence = ['nope'];
		const result = validateDataset(json, seedArticleText, SEED_SLUG);
		expect(result.ok).toBe(false);
		expect(result.warnings).toHaveLength(1);
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

	it('reads files that start with a byte-order mark, with quote offsets counted after it', () => {
		const result = validateDatasetFiles({ datasetJson: `\uFEFF${seedDatasetJsonText}`, articleText: `\uFEFF${seedArticleText}` }, SEED_SLUG);
		expect(result.ok).toBe(true);
		if (result.ok) expect(result.dataset.articleText).toBe(seedArticleText);
	});
});

describe('validateDatasetIndex', () => {
	it('reads an index with a byte-order mark', () => {
		const result = validateDatasetIndex('\uFEFF{"datasets":[{"slug":"a-b","title":"A B"}]}', 'index.json');
		expect(result).toEqual({ ok: true, index: { datasets: [{ slug: 'a-b', title: 'A B' }] } });
	});

	it('names every problem with the file and its path', () => {
		const result = validateDatasetIndex('{"datasets":[{"slug":"Bad Slug","title":"\\u202Ex"}]}', 'index.json');
		expect(result.ok).toBe(false);
		if (!result.ok)
			expect(result.problems.map(formatProblem)).toEqual([
				expect.stringMatching(/^index\.json datasets\[0\]\.slug: must be lower-case words/),
				expect.stringMatching(/^index\.json datasets\[0\]\.title: contains the direction control U\+202E/)
			]);
		expect(validateDatasetIndex(null, 'index.json')).toEqual({ ok: false, problems: [{ path: 'index.json', message: 'file is missing' }] });
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
