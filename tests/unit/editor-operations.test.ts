import { describe, expect, it } from 'vitest';
import { newWork, validateWork, workFromDataset, type Candidate, type Work } from '../../src/lib/dataset/work';
import { idFromName, uniqueId } from '../../src/lib/editor/ids';
import * as ops from '../../src/lib/editor/operations';
import { EditRefused } from '../../src/lib/editor/operations';
import { quoteId, trimSpan } from '../../src/lib/editor/quotes';
import { loadSeed } from './seed';

const TEXT = [
	'Treasury Designates Financier of the Haqqani Network',
	'WASHINGTON – The U.S. Department of the Treasury today designated Abdul Aziz, a fundraiser for the Haqqani Network. Aziz collected money in Miram Shah. The Haqqani Network denied any tie to the man.',
	'Aziz is the brother of Hafiz Aziz, who also works for the Haqqani Network.'
].join('\n\n');

const span = (phrase: string, occurrence = 0) => {
	let at = -1;
	for (let n = 0; n <= occurrence; n++) at = TEXT.indexOf(phrase, at + 1);
	if (at < 0) throw new Error(`no "${phrase}"`);
	return { start: at, end: at + phrase.length };
};

function fresh(): Work {
	return newWork('my-test-00000', { title: 'Treasury Designates Financier', publisher: 'US Treasury', url: null, published: '2020-01-02' }, TEXT, new Date('2026-01-01T00:00:00Z'));
}

/** A work with three actors, a place and two links, built only through operations. */
function annotated() {
	let work = fresh();
	let result = ops.addEntity(work, { name: 'Department of the Treasury', kind: 'government body', quote: span('U.S. Department of the Treasury') });
	const treasury = result.id;
	result = ops.addEntity(result.work, { name: 'Abdul Aziz', kind: 'person', quote: span('Abdul Aziz') });
	const aziz = result.id;
	result = ops.addEntity(result.work, { name: 'Haqqani Network', kind: 'armed group', quote: span('Haqqani Network', 1) });
	const haqqani = result.id;
	result = ops.addPlace(result.work, { name: 'Miram Shah', kind: 'city', quote: span('Miram Shah') });
	const miramShah = result.id;
	result = ops.addRelation(result.work, { quote: span('a fundraiser for the Haqqani Network'), source: aziz, target: haqqani, type: 'funding' });
	const funding = result.id;
	result = ops.addRelation(result.work, { quote: span('The Haqqani Network denied any tie to the man'), source: haqqani, target: aziz, type: 'affiliation', stance: 'denied', assertedBy: haqqani });
	const denied = result.id;
	work = result.work;
	for (const id of [treasury, aziz, haqqani]) work = ops.updateEntity(work, id, { summary: `About ${id}.` });
	work = ops.updatePlace(work, miramShah, { coordinates: [70.07, 33.0] });
	work = ops.updateRelation(work, funding, { summary: 'Aziz raises money for the network.' }).work;
	work = ops.updateRelation(work, denied, { summary: 'The network denies Aziz is tied to it.' }).work;
	return { work, treasury, aziz, haqqani, miramShah, funding, denied };
}

describe('ids from names', () => {
	it('are lower-case words joined by hyphens', () => {
		expect(idFromName('Sirajuddin Haqqani')).toBe('sirajuddin-haqqani');
		expect(idFromName('al-Qa’ida')).toBe('al-qa-ida');
		expect(idFromName('Ḥaqqānī Network')).toBe('haqqani-network');
		expect(idFromName('«»', 'actor')).toBe('actor');
	});
	it('are numbered when taken', () => {
		expect(uniqueId('Taliban', new Set(['taliban', 'taliban-2']))).toBe('taliban-3');
		expect(quoteId('The Haqqani Network denied any tie to the man', new Set())).toBe('q-the-haqqani-network-denied-any');
	});
});

describe('quotes from a selection', () => {
	it('anchor exactly at the selected offsets, trimmed of spaces', () => {
		const selected = span('Abdul Aziz');
		const { work, quoteId: id } = ops.quoteForSpan(fresh(), { start: selected.start - 1, end: selected.end + 0 });
		const quote = work.quotes.find((item) => item.id === id)!;
		expect(quote).toMatchObject({ start: selected.start, end: selected.end, exact: 'Abdul Aziz' });
		expect(quote.prefix).toBe(TEXT.slice(selected.start - 32, selected.start));
		expect(quote.suffix).toBe(TEXT.slice(selected.end, selected.end + 32));
		expect(trimSpan(TEXT, { start: 0, end: 1 })).toEqual({ start: 0, end: 1 });
	});
	it('cite the occurrence that was selected, not the first one', () => {
		const second = span('Haqqani Network', 2);
		const { work, quoteId: id } = ops.quoteForSpan(fresh(), second);
		expect(work.quotes.find((item) => item.id === id)!.start).toBe(second.start);
	});
	it('reuse the quote already at those offsets', () => {
		const first = ops.quoteForSpan(fresh(), span('Miram Shah'));
		const again = ops.quoteForSpan(first.work, span('Miram Shah'));
		expect(again.work).toBe(first.work);
		expect(again.quoteId).toBe(first.quoteId);
	});
	it('refuse spans outside the article or of nothing but spaces', () => {
		expect(() => ops.quoteForSpan(fresh(), { start: 5, end: TEXT.length + 1 })).toThrow(EditRefused);
		expect(() => ops.quoteForSpan(fresh(), { start: 10, end: 10 })).toThrow(/after the start/);
		const gap = TEXT.indexOf('\n\n');
		expect(() => ops.quoteForSpan(fresh(), { start: gap, end: gap + 2 })).toThrow(/only spaces/);
	});
});

describe('edit operations', () => {
	it('build a dataset the validator accepts, never changing their input', () => {
		const before = fresh();
		const snapshot = JSON.stringify(before);
		const { work } = annotated();
		expect(JSON.stringify(before)).toBe(snapshot);
		const result = validateWork(work);
		expect(result.ok ? [] : result.problems).toEqual([]);
		expect(work.relations.map((relation) => relation.id)).toEqual(['abdul-aziz-funding-haqqani-network', 'haqqani-network-affiliation-abdul-aziz']);
	});

	it('add actors with ids from their names, unique', () => {
		let { work } = annotated();
		const again = ops.addEntity(work, { name: 'Abdul Aziz', kind: 'person', quote: span('Aziz', 1) });
		expect(again.id).toBe('abdul-aziz-2');
		work = ops.updateEntity(again.work, again.id, { name: 'Aziz (the brother)', aliases: ['Hafiz'] });
		expect(work.entities.at(-1)).toMatchObject({ id: 'abdul-aziz-2', name: 'Aziz (the brother)', aliases: ['Hafiz'] });
	});

	it('leave unfinished items for the validator to point out', () => {
		const { work } = ops.addRelation(fresh(), { quote: span('brother of') });
		const result = validateWork(work);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.problems.map((problem) => problem.path)).toEqual(expect.arrayContaining(['relations[0].source', 'relations[0].target', 'relations[0].summary']));
	});

	it('remove an actor with its links and the quotes nothing else cites', () => {
		const { work, aziz, treasury } = annotated();
		const without = ops.removeEntity(work, treasury);
		expect(without.entities.map((entity) => entity.id)).not.toContain(treasury);
		expect(without.quotes.map((quote) => quote.exact)).not.toContain('U.S. Department of the Treasury');
		const noAziz = ops.removeEntity(work, aziz);
		expect(noAziz.relations.filter((relation) => relation.source === aziz || relation.target === aziz)).toEqual([]);
	});

	it('refuse to remove an actor who asserts a link, so no stance loses its source', () => {
		const { work, treasury, aziz, haqqani, funding } = annotated();
		const asserted = ops.updateRelation(work, funding, { assertedBy: treasury }).work;
		expect(() => ops.removeEntity(asserted, treasury)).toThrow(/who asserts a link/);
		expect(asserted.relations.find((relation) => relation.source === aziz && relation.target === haqqani)!.assertedBy).toBe(treasury);
	});

	it('remove places from the actors and links that name them', () => {
		const { work, miramShah, aziz, funding } = annotated();
		let next = ops.updateEntity(work, aziz, { places: [miramShah] });
		next = ops.updateRelation(next, funding, { places: [miramShah] }).work;
		next = ops.removePlace(next, miramShah);
		expect(next.places).toEqual([]);
		expect(next.entities.find((entity) => entity.id === aziz)!.places).toEqual([]);
		expect(next.relations[0]!.places).toEqual([]);
	});

	it('give a link the id that reads as it after its ends or type change, and keep its candidate entry', () => {
		const { work, funding, treasury } = annotated();
		const drafted = { ...work, candidates: [{ id: funding, collection: 'relations' as const, confidence: 0.8, cue: 'fundraiser for' }] };
		const changed = ops.updateRelation(drafted, funding, { type: 'sanction', source: treasury });
		expect(changed.id).toBe('department-of-the-treasury-sanction-haqqani-network');
		expect(changed.work.candidates[0]!.id).toBe(changed.id);
		expect(ops.updateRelation(work, funding, { summary: 'x' }).id).toBe(funding);
	});

	it('add and remove quotes of an item, once each', () => {
		const { work, aziz } = annotated();
		const item = { kind: 'entity' as const, id: aziz };
		let next = ops.addEvidence(work, item, span('Aziz', 1));
		next = ops.addEvidence(next, item, span('Aziz', 1));
		const evidence = next.entities.find((entity) => entity.id === aziz)!.evidence;
		expect(evidence).toHaveLength(2);
		next = ops.removeEvidence(next, item, evidence[1]!);
		expect(next.quotes.some((quote) => quote.id === evidence[1])).toBe(false);
	});

	it('keep the article details, with empty meaning none', () => {
		const next = ops.setArticle(fresh(), { url: ' ', published: '', note: 'Cut: the footer.' });
		expect(next.article).toMatchObject({ url: null, published: null, note: 'Cut: the footer.' });
		expect(ops.setArticle(next, { note: '' }).article.note).toBeUndefined();
	});
});

describe('merge and split', () => {
	const seedWork = () => workFromDataset(loadSeed());

	it('merge moves aliases, quotes, places and links to the kept actor', () => {
		const work = seedWork();
		const kept = work.entities.find((entity) => entity.id === 'taliban')!;
		const merged = work.entities.find((entity) => entity.id === 'taliban-source')!;
		const touching = work.relations.filter((relation) => [relation.source, relation.target, relation.assertedBy].includes('taliban-source')).length;
		expect(touching).toBeGreaterThan(0);
		const betweenThem = work.relations.filter((relation) => [relation.source, relation.target].includes('taliban') && [relation.source, relation.target].includes('taliban-source'));
		const cleared = betweenThem.reduce((next, relation) => ops.removeRelation(next, relation.id), work);
		const next = ops.mergeEntities(cleared, 'taliban', 'taliban-source');
		const result = next.entities.find((entity) => entity.id === 'taliban')!;
		expect(next.entities.some((entity) => entity.id === 'taliban-source')).toBe(false);
		expect(result.aliases).toEqual(expect.arrayContaining([...kept.aliases, merged.name, ...merged.aliases.filter((alias) => alias !== kept.name)]));
		expect(new Set(result.aliases).size).toBe(result.aliases.length);
		expect(result.evidence).toEqual(expect.arrayContaining(merged.evidence));
		expect(next.relations.some((relation) => [relation.source, relation.target, relation.assertedBy].includes('taliban-source'))).toBe(false);
		const validation = validateWork(next);
		expect(validation.ok ? [] : validation.problems).toEqual([]);
	});

	it('merge refuses when a link joins the two actors (it would tie an actor to itself)', () => {
		const work = seedWork();
		const link = work.relations[0]!;
		expect(() => ops.mergeEntities(work, link.source, link.target)).toThrow(/tie the actor to itself/);
		expect(() => ops.mergeEntities(work, link.source, link.source)).toThrow(EditRefused);
	});

	it('split moves the chosen quotes and links to a new actor; both keep a quote', () => {
		const { work, haqqani, funding, denied } = annotated();
		let next = ops.addEvidence(work, { kind: 'entity', id: haqqani }, span('Haqqani Network', 2));
		const evidence = next.entities.find((entity) => entity.id === haqqani)!.evidence;
		const split = ops.splitEntity(next, haqqani, { name: 'Haqqani Network (spokesman)', kind: 'person', quoteIds: [evidence[1]!], relationIds: [denied] });
		next = split.work;
		expect(split.id).toBe('haqqani-network-spokesman');
		expect(next.entities.find((entity) => entity.id === haqqani)!.evidence).toEqual([evidence[0]]);
		expect(next.entities.find((entity) => entity.id === split.id)!.evidence).toEqual([evidence[1]]);
		const deniedLink = next.relations.find((relation) => relation.id === denied)!;
		expect([deniedLink.source, deniedLink.assertedBy]).toEqual([split.id, split.id]);
		expect(next.relations.find((relation) => relation.id === funding)!.target).toBe(haqqani);
		expect(() => ops.splitEntity(next, haqqani, { name: 'X', kind: 'person', quoteIds: [evidence[0]!], relationIds: [] })).toThrow(/keep at least one quote/);
		expect(() => ops.splitEntity(next, haqqani, { name: 'X', kind: 'person', quoteIds: [], relationIds: [] })).toThrow(/at least one quote/);
	});
});

describe('the draft’s candidates', () => {
	it('accept in groups, and reject an actor with its drafted links', () => {
		const { work, aziz, haqqani, funding, denied, miramShah } = annotated();
		const drafted: Work = {
			...work,
			candidates: [
				...[aziz, haqqani].map((id): Candidate => ({ id, collection: 'entities', confidence: 0.9, cue: 'capitalised name' })),
				...[funding, denied].map((id): Candidate => ({ id, collection: 'relations', confidence: 0.6, cue: 'fundraiser for' })),
				{ id: miramShah, collection: 'places', confidence: 0.7, cue: 'gazetteer' }
			]
		};
		const accepted = ops.acceptCandidates(drafted, [funding, miramShah]);
		expect(accepted.candidates.map((candidate) => candidate.id)).toEqual([aziz, haqqani, denied]);
		const rejected = ops.rejectCandidates(accepted, [aziz]);
		expect(rejected.entities.some((entity) => entity.id === aziz)).toBe(false);
		expect(rejected.relations).toEqual([]);
		expect(rejected.candidates.map((candidate) => candidate.id)).toEqual([haqqani]);
	});
});
