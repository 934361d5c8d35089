import { describe, expect, it } from 'vitest';
import { newWork, validateWork } from '../../src/lib/dataset/work';
import { draftDataset } from '../../src/lib/draft/draft';
import { loadGazetteer } from '../../src/lib/gazetteer/gazetteer';
import { applyDraft, candidateGroups, confidentIds } from '../../src/lib/editor/candidates';
import * as ops from '../../src/lib/editor/operations';
import { loadSeed } from './seed';

const gazetteer = await loadGazetteer();

function draftedSeed() {
	const seed = loadSeed();
	const meta = { title: seed.article.title, publisher: seed.article.publisher, url: seed.article.url, published: seed.article.published };
	const draft = draftDataset(seed.articleText, meta, gazetteer);
	const work = newWork('my-seed-draft-00000', meta, seed.articleText);
	return { draft, work: applyDraft(work, draft) };
}

describe('the draft in the editor', () => {
	it('fills an empty work, every item a candidate, and validates', () => {
		const { draft, work } = draftedSeed();
		expect(work.entities.length).toBe(draft.dataset.entities.length);
		expect(work.candidates).toHaveLength(draft.dataset.entities.length + draft.dataset.places.length + draft.dataset.relations.length);
		expect(work.candidates[0]).toEqual({ id: draft.candidates[0]!.id, collection: draft.candidates[0]!.collection, confidence: draft.candidates[0]!.confidence, cue: draft.candidates[0]!.cue });
		const result = validateWork(work);
		expect(result.ok ? [] : result.problems).toEqual([]);
	});

	it('is refused on a work that already has annotations, or on another text', () => {
		const { draft, work } = draftedSeed();
		expect(() => applyDraft(work, draft)).toThrow(/nothing annotated yet/);
		expect(() => applyDraft(newWork('x', work.article, 'Another text.'), draft)).toThrow(/another text/);
	});

	it('finds the Taliban source’s denial and groups it apart from what is asserted', () => {
		const { work } = draftedSeed();
		const denied = work.relations.filter((relation) => relation.stance === 'denied');
		expect(denied.length).toBeGreaterThan(0);
		const groups = candidateGroups(work);
		expect(groups[0]!.label).toBe('Actors');
		const deniedGroups = groups.filter((group) => group.label.startsWith('Denied'));
		expect(deniedGroups.flatMap((group) => group.ids).sort()).toEqual(denied.map((relation) => relation.id).sort());
		for (const group of groups) {
			const confidences = group.ids.map((id) => work.candidates.find((candidate) => candidate.id === id)!.confidence);
			expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
		}
	});

	it('accepts a group, rejects another, and the rest stay candidates', () => {
		const { work } = draftedSeed();
		const groups = candidateGroups(work);
		const asserted = groups.find((group) => group.label.startsWith('Asserted'))!;
		let next = ops.acceptCandidates(work, asserted.ids);
		expect(candidateGroups(next).some((group) => group.key === asserted.key)).toBe(false);
		const places = groups.find((group) => group.key === 'places');
		if (places) {
			next = ops.rejectCandidates(next, places.ids);
			expect(next.places.filter((place) => places.ids.includes(place.id))).toEqual([]);
		}
		expect(next.candidates.length).toBe(work.candidates.length - asserted.ids.length - (places?.ids.length ?? 0));
		const confident = confidentIds(next, 0.8);
		expect(confident.every((id) => next.candidates.find((candidate) => candidate.id === id)!.confidence >= 0.8)).toBe(true);
		const result = validateWork(next);
		expect(result.ok ? [] : result.problems).toEqual([]);
	});
});
