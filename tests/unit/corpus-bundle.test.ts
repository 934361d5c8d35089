import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { briefingHtml } from '../../src/lib/briefing/briefing-html';
import { corpusNotices, corpusToJson, parseCorpusJson, type CarriedCorpus, type CorpusReadResult } from '../../src/lib/briefing/corpus-bundle';
import { EMBEDDED_CORPUS_ID, type SlidesFile } from '../../src/lib/briefing/slide-types';
import { validateDataset } from '../../src/lib/dataset/validate';
import type { Dataset } from '../../src/lib/dataset/schema';
import { openedCorpus } from '../../src/lib/corpus/open-corpus';
import { memberKey, proposeMerges, type MergeProposal } from '../../src/lib/model/merge';

/** The built-in datasets, read from the repository as the app serves them. */
function builtIn(): Dataset[] {
	const index = JSON.parse(readFileSync('static/datasets/index.json', 'utf8')) as { datasets: { slug: string }[] };
	return index.datasets.map(({ slug }) => {
		const folder = `static/datasets/${slug}`;
		const result = validateDataset(JSON.parse(readFileSync(`${folder}/dataset.json`, 'utf8')), readFileSync(`${folder}/article.txt`, 'utf8'), slug);
		if (!result.ok) throw new Error(`${slug} is invalid: ${JSON.stringify(result.problems)}`);
		return result.dataset;
	});
}

/** A merge the model proposes of its own accord between two actors no other proposal touches. */
function loneStrongProposal(datasets: Dataset[]): MergeProposal {
	const proposals = proposeMerges(datasets.flatMap((dataset) => dataset.entities.map((entity) => ({ ref: { dataset: dataset.slug, id: entity.id }, name: entity.name, aliases: entity.aliases, kind: entity.kind }))));
	const touches = (proposal: MergeProposal, key: string) => memberKey(proposal.a) === key || memberKey(proposal.b) === key;
	const lone = proposals.find(
		(proposal) => proposal.strength === 'strong' && proposals.filter((other) => touches(other, memberKey(proposal.a)) || touches(other, memberKey(proposal.b))).length === 1
	);
	if (!lone) throw new Error('the built-in datasets have no lone strong merge');
	return lone;
}

/** The built-in corpus with one proposed actor merge refused, so decisions visibly shape the picture. */
function corpus(): CarriedCorpus {
	const datasets = builtIn();
	return { id: 'all-built-in', title: 'All built-in articles', decisions: { actors: { [loneStrongProposal(datasets).key]: 'separate' }, places: {} }, datasets };
}

/** The carried corpus's JSON, changed by `edit`. */
function tampered(edit: (json: any) => void): string {
	const json = JSON.parse(corpusToJson(corpus()));
	edit(json);
	return JSON.stringify(json);
}

function read(text: string): Extract<CorpusReadResult, { ok: true }> {
	const result = parseCorpusJson(text);
	if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problems)}`);
	return result;
}

describe('a corpus carried in a one-file briefing', () => {
	it('reads back to the same datasets, title and decisions, and so to the same merged model', () => {
		const original = corpus();
		const back = read(corpusToJson(original));
		expect(back.leftOut).toEqual([]);
		expect(back.decisionProblems).toEqual([]);
		expect(back.corpus.id).toBe(original.id);
		expect(back.corpus.title).toBe(original.title);
		expect(back.corpus.decisions).toEqual(original.decisions);
		expect(back.corpus.datasets).toEqual(original.datasets);

		const before = openedCorpus(original, original.datasets).model;
		const after = openedCorpus(back.corpus, back.corpus.datasets).model;
		expect(after.entities.map((entity) => [entity.id, entity.articles])).toEqual(before.entities.map((entity) => [entity.id, entity.articles]));
		expect(after.relations.map((claim) => [claim.id, claim.articleCount, claim.contested])).toEqual(before.relations.map((claim) => [claim.id, claim.articleCount, claim.contested]));
		// The refused merge stays refused: two actors that would otherwise be one.
		const { a, b } = loneStrongProposal(original.datasets);
		expect(after.mergedId.get(memberKey(a))).not.toBe(after.mergedId.get(memberKey(b)));
		const undecided = openedCorpus({ ...original, decisions: { actors: {}, places: {} } }, original.datasets).model;
		expect(undecided.mergedId.get(memberKey(a))).toBe(undecided.mergedId.get(memberKey(b)));
	});

	it('is embedded as a JSON data block that no `<` can end, and a second embedding replaces the first', () => {
		const slides: SlidesFile = { format: 'threadboard-slides', version: 1, dataset: 'all-built-in', slides: [] };
		const text = corpusToJson({ ...corpus(), title: 'A </script><script>alert(1)</script> corpus' });
		const template = '<!doctype html><html><head><title>T</title></head><body></body></html>';
		const once = briefingHtml(template, slides, undefined, 'deck', undefined, text);
		const blocks = [...once.matchAll(new RegExp(`<script type="application/json" id="${EMBEDDED_CORPUS_ID}">([\\s\\S]*?)</script`, 'g'))];
		expect(blocks).toHaveLength(1);
		expect(read(blocks[0]![1]!).corpus.title).toBe('A </script><script>alert(1)</script> corpus');
		expect(briefingHtml(once, slides, undefined, 'deck', undefined, text)).toBe(once);
	});

	it('leaves out a tampered member, naming the dataset and the field, and opens the others', () => {
		const result = read(
			tampered((json) => {
				json.datasets[1].quotes[0].exact = 'words the article never said';
			})
		);
		const slug = 'treasury-2012-05-17-bakht-gul-abdul-baqi-bari';
		expect(result.corpus.datasets.map((dataset) => dataset.slug)).not.toContain(slug);
		expect(result.corpus.datasets).toHaveLength(3);
		expect(result.leftOut).toHaveLength(1);
		expect(result.leftOut[0]!.id).toBe(slug);
		expect(result.leftOut[0]!.problems[0]!.path).toBe('datasets[1].quotes[0].exact');
		const [notice] = corpusNotices(result).missing;
		expect(notice).toEqual({ id: slug, reason: expect.stringMatching(/^is refused: datasets\[1\]\.quotes\[0\]\.exact: does not match the article/) });
	});

	it('leaves out a member that is not a bundle, or one that repeats another', () => {
		const notBundle = read(tampered((json) => (json.datasets[2] = 'rm -rf /')));
		expect(notBundle.leftOut).toEqual([{ id: 'datasets[2]', problems: [{ path: 'datasets[2]', message: expect.stringContaining('dataset bundle') }] }]);
		const repeated = read(tampered((json) => json.datasets.push(json.datasets[0])));
		expect(repeated.leftOut).toEqual([{ id: 'haqqani-al-qaeda-joint-unit', problems: [{ path: 'datasets[4].id', message: '"haqqani-al-qaeda-joint-unit" is already datasets[0]' }] }]);
		const script = read(tampered((json) => (json.datasets[3].article.url = 'javascript:alert(1)')));
		expect(script.leftOut[0]!.problems[0]!.path).toBe('datasets[3].article.url');
	});

	it('refuses malformed decisions, naming them, and merges as proposed', () => {
		const result = read(tampered((json) => (json.decisions.actors = { 'a/b|c/d': 'merge', 'x/y|z/w': 'eval(1)' })));
		expect(result.corpus.decisions).toEqual({ actors: {}, places: {} });
		expect(result.decisionProblems[0]!.path).toMatch(/^decisions\.actors/);
		expect(corpusNotices(result).problems).toEqual([expect.stringMatching(/^The merge decisions in this file are refused \(decisions\.actors.*merged as proposed\.$/)]);
		const badKey = read(tampered((json) => (json.decisions.places = { 'not a pair': 'merge' })));
		expect(badKey.decisionProblems).toEqual([{ path: 'decisions.places["not a pair"]', message: expect.stringContaining('pair of members') }]);
	});

	it('refuses the whole corpus when it is not one, naming what is wrong', () => {
		const problemsOf = (text: string) => {
			const result = parseCorpusJson(text);
			return result.ok ? [] : result.problems;
		};
		expect(problemsOf('{"format": ')[0]!.path).toBe('(corpus)');
		expect(problemsOf('[]')).toEqual([{ path: '(corpus)', message: 'must be a JSON object, the corpus' }]);
		expect(problemsOf(tampered((json) => (json.format = 'threadboard-dataset')))[0]!.path).toBe('format');
		expect(problemsOf(tampered((json) => (json.version = 2)))[0]!.path).toBe('version');
		expect(problemsOf(tampered((json) => (json.id = 'Not An Id')))[0]!.path).toBe('id');
		expect(problemsOf(tampered((json) => (json.title = '   ')))[0]!.path).toBe('title');
		expect(problemsOf(tampered((json) => (json.datasets = [])))).toEqual([{ path: 'datasets', message: 'must hold at least one dataset' }]);
		// No member can be read: every member's problems, each under its own path.
		const none = problemsOf(tampered((json) => json.datasets.forEach((dataset: any) => delete dataset.article.text)));
		expect(none.map((problem) => problem.path)).toEqual(['datasets[0].article.text', 'datasets[1].article.text', 'datasets[2].article.text', 'datasets[3].article.text']);
	});
});
