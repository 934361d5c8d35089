import { describe, expect, it } from 'vitest';
import {
	actionStatus,
	applyAction,
	FIRST_PAGE,
	groupProposals,
	groupRows,
	handMergeChoices,
	handMergeProblem,
	memberNamesOf,
	mergeByHand,
	pairLabel,
	reasonLabel,
	reviewRows,
	reviewSummary,
	rowsOf,
	ROWS_PER_PAGE,
	shownToInclude,
	splitCandidates,
	splitMember,
	summaryLine,
	togetherNote,
	type ReviewCorpus
} from '../../src/lib/corpus/merge-review';
import { modelOfCorpus, type CorpusDecisions } from '../../src/lib/model/corpus';
import { modelOfDataset } from '../../src/lib/model/dataset-model';
import { threeArticles } from './corpus-fixtures';

const none: CorpusDecisions = { actors: {}, places: {} };
const datasets = threeArticles();
const build = (decisions: CorpusDecisions): ReviewCorpus => ({ ...modelOfCorpus('test', 'Test', datasets, decisions), memberNames: memberNamesOf(datasets) });
const pairOf = (rows: ReturnType<typeof reviewRows>, x: string, y: string) => rows.find((row) => [row.a.key, row.b.key].sort().join('|') === [x, y].sort().join('|'));

describe('merge review rows', () => {
	it('group proposals: weak ones wait, strong ones are in force, and nothing pairs a bare surname', () => {
		const groups = groupRows(reviewRows(build(none), none, 'actors'));
		expect(groups.pending.map((row) => [row.a.name, row.b.name])).toEqual([['Omar Farouk Nadir', 'Omar Nadir']]);
		expect(groups.pending[0]).toMatchObject({ reason: 'short name', strength: 'weak', verdict: null, actions: ['merge', 'separate'] });
		const mergedNames = groups.merged.map((row) => `${row.a.name} ~ ${row.b.name}`);
		expect(mergedNames).toEqual(expect.arrayContaining(['al-Nasr Front ~ al-Nasir Front', 'al-Nasr Front ~ Nasr Front', 'Ministry of Northern Affairs ~ MNA', 'Lina Osei ~ Lina Osei']));
		expect(groups.separate).toEqual([]);
		// "Nadir" alone is a bare surname: no proposal names it.
		expect(reviewRows(build(none), none, 'actors').some((row) => row.a.key === 'wire/nadir' || row.b.key === 'wire/nadir')).toBe(false);
		// A strong proposal nobody decided on can only be refused.
		expect(pairOf(groups.merged, 'ledger/ministry', 'post/mna')).toMatchObject({ reason: 'acronym', actions: ['separate'] });
	});

	it('name each side from its own article, with the article title', () => {
		const row = pairOf(reviewRows(build(none), none, 'actors'), 'ledger/ministry', 'post/mna')!;
		expect(pairLabel(row)).toBe('Ministry of Northern Affairs (Daily Ledger report) and MNA (Evening Post feature)');
		expect(reasonLabel(row.reason)).toBe('acronym');
		// Without the articles' own names, the proposal's matched names stand in.
		const bare = modelOfCorpus('test', 'Test', datasets, none);
		expect(pairLabel(pairOf(reviewRows(bare, none, 'actors'), 'ledger/ministry', 'post/mna')!)).toContain('MNA (Evening Post feature)');
	});

	it('move a row between groups as the analyst decides, and undo puts it back', () => {
		let decisions = none;
		const pending = groupRows(reviewRows(build(decisions), decisions, 'actors')).pending[0]!;
		decisions = applyAction(decisions, 'actors', pending, 'merge');
		let rows = reviewRows(build(decisions), decisions, 'actors');
		expect(rows.find((row) => row.key === pending.key)).toMatchObject({ group: 'merged', verdict: 'merge', actions: ['separate', 'undo'] });
		expect(actionStatus(pending, 'merge')).toBe('Merged Omar Farouk Nadir (Daily Ledger report) and Omar Nadir (Evening Post feature).');

		const acronym = pairOf(rows, 'ledger/ministry', 'post/mna')!;
		decisions = applyAction(decisions, 'actors', acronym, 'separate');
		rows = reviewRows(build(decisions), decisions, 'actors');
		expect(rows.find((row) => row.key === acronym.key)).toMatchObject({ group: 'separate', actions: ['merge', 'undo'] });

		expect(rows.find((row) => row.key === acronym.key)!.together).toBe(false);
		// Read against a model not yet rebuilt from the decision, the two are still one actor.
		expect(reviewRows(build(none), decisions, 'actors').find((row) => row.key === acronym.key)!.together).toBe(true);

		decisions = applyAction(applyAction(decisions, 'actors', acronym, 'undo'), 'actors', pending, 'undo');
		expect(decisions).toEqual(none);
	});
});

describe('a pair kept apart that other merges still join', () => {
	it('is flagged, and says where to go', () => {
		const rows = reviewRows(build(none), none, 'actors');
		const spelling = pairOf(rows, 'ledger/front', 'post/nasir')!;
		const decisions = applyAction(none, 'actors', spelling, 'separate');
		const row = reviewRows(build(decisions), decisions, 'actors').find((candidate) => candidate.key === spelling.key)!;
		// al-Nasr Front and al-Nasir Front are both the same name as Nasr Front: still one actor.
		expect(row).toMatchObject({ group: 'separate', together: true });
		expect(togetherNote(row, 'actors')).toMatch(/split one off/);
		expect(togetherNote(pairOf(rows, 'ledger/front', 'post/nasir')!, 'actors')).toBeNull();
	});
});

describe('merge review summary', () => {
	it('counts merged actors, the members they come from and the proposals that need a decision', () => {
		const summary = reviewSummary(build(none), none, 'actors');
		expect(summary).toMatchObject({ merged: 6, members: 10, pending: 1, separate: 0 });
		expect(summaryLine(summary, 'actors')).toBe('6 actors from 10; 1 proposal needs a decision');
		const merged = applyAction(none, 'actors', groupRows(reviewRows(build(none), none, 'actors')).pending[0]!, 'merge');
		expect(summaryLine(reviewSummary(build(merged), merged, 'actors'), 'actors')).toBe('5 actors from 10; no proposal needs a decision');
		expect(summaryLine(reviewSummary(build(none), none, 'places'), 'places')).toBe('1 place from 2; no proposal needs a decision');
	});

	it('has nothing to review in a one-article model', () => {
		const corpusLike = modelOfDataset(datasets[0]!);
		expect(reviewRows(corpusLike, none, 'actors')).toEqual([]);
		expect(summaryLine(reviewSummary(corpusLike, none, 'actors'), 'actors')).toBe('4 actors from 4; no proposal needs a decision');
		expect(splitCandidates(corpusLike, 'actors')).toEqual([]);
	});
});

describe('a large corpus', () => {
	/** The three articles, each `copies` times under its own slug: every shared actor is proposed once per pair of copies. */
	const copied = (copies: number) =>
		Array.from({ length: copies }, (_, copy) => datasets.map((dataset) => ({ ...dataset, slug: `${dataset.slug}-${copy}` }))).flat();

	it('counts its groups as its rows do, under every kind of decision, without making the rows', () => {
		const many = copied(6);
		const first = modelOfCorpus('many', 'Many', many, none);
		const [pending, strong] = [first.actorProposals.find((proposal) => proposal.strength === 'weak')!, first.actorProposals.find((proposal) => proposal.strength === 'strong')!];
		const decisions: CorpusDecisions = {
			actors: { [pending.key]: 'merge', [strong.key]: 'separate', [`${many[0]!.slug}/x|${many[1]!.slug}/y`]: 'merge' },
			places: { [first.placeProposals[0]!.key]: 'separate' }
		};
		const corpus = { ...modelOfCorpus('many', 'Many', many, decisions), memberNames: memberNamesOf(many) };
		expect(corpus.actorProposals.length).toBeGreaterThan(ROWS_PER_PAGE);
		for (const kind of ['actors', 'places'] as const) {
			const groups = groupRows(reviewRows(corpus, decisions, kind));
			expect(reviewSummary(corpus, decisions, kind)).toMatchObject({ pending: groups.pending.length, inForce: groups.merged.length, separate: groups.separate.length });
			// Grouped first, rows made only for a page: the same rows as making them all.
			const proposals = groupProposals(corpus, decisions, kind);
			for (const group of ['pending', 'merged', 'separate'] as const) {
				expect(proposals[group].map((proposal) => proposal.key)).toEqual(groups[group].map((row) => row.key));
				expect(rowsOf(corpus, decisions, kind, proposals[group].slice(0, ROWS_PER_PAGE))).toEqual(groups[group].slice(0, ROWS_PER_PAGE));
			}
		}
		expect(reviewSummary(corpus, decisions, 'actors').separate).toBe(1);
		expect(summaryLine({ merged: 965, members: 5984, pending: 1825, separate: 0, inForce: 0 }, 'actors')).toBe('965 actors from 5,984; 1,825 proposals need a decision');
	});

	it('shows a page of each group, and more of the group a decision moved a row to, far enough to show it', () => {
		const many = copied(8);
		const groups = groupRows(reviewRows({ ...modelOfCorpus('many', 'Many', many, none), memberNames: memberNamesOf(many) }, none, 'actors'));
		expect(groups.merged.length).toBeGreaterThan(2 * ROWS_PER_PAGE);
		expect(shownToInclude(groups, groups.merged[3]!.key, FIRST_PAGE)).toBe(FIRST_PAGE);
		expect(shownToInclude(groups, groups.merged[ROWS_PER_PAGE]!.key, FIRST_PAGE)).toEqual({ ...FIRST_PAGE, merged: 2 * ROWS_PER_PAGE });
		expect(shownToInclude(groups, groups.merged[2 * ROWS_PER_PAGE + 1]!.key, FIRST_PAGE)).toEqual({ ...FIRST_PAGE, merged: 3 * ROWS_PER_PAGE });
		expect(shownToInclude(groups, 'no such row', FIRST_PAGE)).toBe(FIRST_PAGE);
	});
});

describe('splitting and merging by hand', () => {
	it('offers a split for each member of an actor merged from three articles, and splitting refuses only its ties', () => {
		const candidates = splitCandidates(build(none), 'actors');
		expect(candidates.map((candidate) => candidate.members.map((member) => member.name))).toEqual([['al-Nasr Front', 'al-Nasir Front', 'Nasr Front']]);
		const next = splitMember(build(none), none, 'actors', { dataset: 'wire', id: 'nasr' });
		expect(Object.values(next.actors)).toEqual(['separate', 'separate']);
		const after = modelOfCorpus('test', 'Test', datasets, next);
		expect(after.mergedId.get('wire/nasr')).not.toBe(after.mergedId.get('ledger/front'));
		expect(after.mergedId.get('post/nasir')).toBe(after.mergedId.get('ledger/front'));
		// Both refusals are listed as kept apart.
		expect(groupRows(reviewRows(build(next), next, 'actors')).separate).toHaveLength(2);
	});

	it('merges two actors no proposal joined, lists it as by hand, and splitting it off removes the hand merge', () => {
		const corpus = build(none);
		const nadir = { dataset: 'wire', id: 'nadir' };
		const omar = { dataset: 'ledger', id: 'omar' };
		expect(handMergeProblem(corpus, 'actors', nadir, omar)).toBeNull();
		expect(handMergeProblem(corpus, 'actors', omar, omar)).toMatch(/different/);
		expect(handMergeProblem(corpus, 'actors', omar, { dataset: 'ledger', id: 'lina' })).toMatch(/same article/);
		expect(handMergeProblem(corpus, 'actors', { dataset: 'ledger', id: 'front' }, { dataset: 'wire', id: 'nasr' })).toMatch(/already merged/);
		expect(handMergeProblem(corpus, 'actors', null, omar)).toMatch(/Choose two/);

		const decisions = mergeByHand(none, 'actors', nadir, omar);
		const merged = build(decisions);
		const row = groupRows(reviewRows(merged, decisions, 'actors')).merged.find((candidate) => candidate.reason === 'by hand')!;
		expect(row).toMatchObject({ verdict: 'merge', actions: ['undo'] });
		expect([row.a.name, row.b.name].sort()).toEqual(['Nadir', 'Omar Farouk Nadir']);
		expect(reviewSummary(merged, decisions, 'actors').merged).toBe(5);

		// Confirm the weak proposal too: a three-member actor, one member joined by hand.
		const three = applyAction(decisions, 'actors', groupRows(reviewRows(merged, decisions, 'actors')).pending[0]!, 'merge');
		const split = splitMember(build(three), three, 'actors', nadir);
		expect(split.actors[row.key]).toBeUndefined();
		expect(modelOfCorpus('test', 'Test', datasets, split).mergedId.get('wire/nadir')).toBe('nadir');
	});

	it('lists every member to choose from, named with its article', () => {
		const choices = handMergeChoices(build(none), 'actors');
		expect(choices).toHaveLength(10);
		expect(choices.map((choice) => choice.name)).toEqual([...choices.map((choice) => choice.name)].sort((a, b) => a.localeCompare(b)));
		expect(choices.find((choice) => choice.key === 'post/mna')).toMatchObject({ name: 'MNA', articleTitle: 'Evening Post feature' });
	});
});
