/**
 * The analyst's review of merge proposals in a corpus: which proposals wait for a
 * decision, which are in force, which were refused, and what each decision writes
 * into the corpus's decisions. Pure: the component shows these rows and hands the
 * next decisions back; the corpus model is rebuilt from them by whoever owns it.
 */
import type { Dataset } from '$lib/dataset/schema';
import type { CorpusDecisions, CorpusModel } from '$lib/model/corpus';
import type { Model } from '$lib/model/types';
import { applies, handMerges, memberKey, pairKey, splitOff, verdictLookup, verdictOf, type Decisions, type VerdictLookup, type MatchReason, type MemberRef, type MergeProposal, type Verdict } from '$lib/model/merge';
import { textComparer } from '$lib/model/english';

export type ReviewKind = 'actors' | 'places';
export type ReviewGroup = 'pending' | 'merged' | 'separate';

/**
 * A corpus as the review reads it (a one-article Model has no proposals: nothing to review). `memberNames` (member key → the article's own name
 * for its actor or place) is optional: without it names come from the proposals.
 */
export type ReviewCorpus = Pick<Model, 'articles' | 'entities' | 'places'> &
	Partial<Pick<CorpusModel, 'actorProposals' | 'placeProposals'>> & {
		memberNames?: ReadonlyMap<string, string>;
	};

/** Member key → the article's own name for it, for every actor and place of the datasets (to hand to the review). */
export function memberNamesOf(datasets: Dataset[]): Map<string, string> {
	const names = new Map<string, string>();
	for (const dataset of datasets)
		for (const item of [...dataset.entities, ...dataset.places]) names.set(memberKey({ dataset: dataset.slug, id: item.id }), item.name);
	return names;
}

export interface ReviewMember {
	ref: MemberRef;
	key: string;
	/** The article's own name for it. */
	name: string;
	/** The title of the article it comes from. */
	articleTitle: string;
}

export interface ReviewRow {
	key: string;
	a: ReviewMember;
	b: ReviewMember;
	reason: MatchReason;
	strength: 'strong' | 'weak';
	group: ReviewGroup;
	/** The analyst's verdict on it, or null when none was given. */
	verdict: Verdict | null;
	/** What the row can do next. */
	actions: ReviewAction[];
	/** The two are one actor (or place) in the model, whatever this row says: other merges in force join them. */
	together: boolean;
}

export type ReviewAction = 'merge' | 'separate' | 'undo';

const proposalsOf = (corpus: ReviewCorpus, kind: ReviewKind) => (kind === 'actors' ? corpus.actorProposals : corpus.placeProposals) ?? [];
const membersOf = (corpus: ReviewCorpus, kind: ReviewKind) => (kind === 'actors' ? corpus.entities : corpus.places);
export const decisionsOf = (decisions: CorpusDecisions, kind: ReviewKind): Decisions => decisions[kind];

/**
 * The best name the corpus knows for a member: its own (from `memberNames`), else the
 * merged actor's name when it stands alone, else a name a proposal matched on it, else its id.
 */
export function memberNamer(corpus: ReviewCorpus, kind: ReviewKind): (ref: MemberRef) => string {
	// Made when first needed: with the articles' own names given, it rarely is, and it reads every proposal.
	let fallback: Map<string, string> | null = null;
	const fallbackNames = () => {
		const names = new Map<string, string>();
		for (const item of membersOf(corpus, kind)) if (item.members.length === 1) names.set(memberKey(item.members[0]!), item.name);
		for (const proposal of proposalsOf(corpus, kind)) {
			if (proposal.reason === 'alias') continue; // the matched name may be an alias, not the member's name
			if (!names.has(memberKey(proposal.a))) names.set(memberKey(proposal.a), proposal.names[0]);
			if (!names.has(memberKey(proposal.b))) names.set(memberKey(proposal.b), proposal.names[1]);
		}
		return names;
	};
	return (ref) => corpus.memberNames?.get(memberKey(ref)) ?? (fallback ??= fallbackNames()).get(memberKey(ref)) ?? ref.id;
}

/** A member as a row shows it; `titleOf` (articleTitles) names its article. */
export function reviewMember(titleOf: ReadonlyMap<string, string>, nameOf: (ref: MemberRef) => string, ref: MemberRef): ReviewMember {
	return { ref, key: memberKey(ref), name: nameOf(ref), articleTitle: titleOf.get(ref.dataset) ?? ref.dataset };
}

/** Article id → title, read once per listing: a large corpus has tens of thousands of rows. */
function articleTitles(corpus: ReviewCorpus): Map<string, string> {
	return new Map(corpus.articles.map((article) => [article.id, article.title]));
}

/** Which group a proposal falls in under the decisions. */
export function groupOf(proposal: MergeProposal, decisions: Decisions | VerdictLookup): ReviewGroup {
	if (verdictOf(decisions, proposal.key) === 'separate') return 'separate';
	if (applies(proposal, decisions)) return 'merged';
	return 'pending';
}

function actionsFor(proposal: MergeProposal, group: ReviewGroup, verdict: Verdict | null): ReviewAction[] {
	// A merge by hand has no proposal behind it: undoing it is the only way back.
	if (proposal.reason === 'by hand') return ['undo'];
	const actions: ReviewAction[] = [];
	if (group !== 'merged') actions.push('merge');
	if (group !== 'separate') actions.push('separate');
	if (verdict) actions.push('undo');
	return actions;
}

/** Every proposal (and merge by hand) as a row, in the corpus's order: pending first is the component's business. */
export function reviewRows(corpus: ReviewCorpus, decisions: CorpusDecisions, kind: ReviewKind): ReviewRow[] {
	const proposals = proposalsOf(corpus, kind);
	return rowsOf(corpus, decisions, kind, [...proposals, ...handMerges(proposals, decisionsOf(decisions, kind))]);
}

/** The rows of some of the corpus's proposals: a large corpus makes rows only for those it shows. */
export function rowsOf(corpus: ReviewCorpus, decisions: CorpusDecisions, kind: ReviewKind, proposals: readonly MergeProposal[]): ReviewRow[] {
	const nameOf = memberNamer(corpus, kind);
	const titleOf = articleTitles(corpus);
	const mergedOf = new Map(membersOf(corpus, kind).flatMap((item) => item.members.map((ref) => [memberKey(ref), item.id] as const)));
	const verdicts = verdictLookup(decisionsOf(decisions, kind));
	return proposals.map((proposal) => {
		const verdict = verdicts.get(proposal.key) ?? null;
		const group = groupOf(proposal, verdicts);
		const mergedA = mergedOf.get(memberKey(proposal.a));
		return {
			key: proposal.key,
			a: reviewMember(titleOf, nameOf, proposal.a),
			b: reviewMember(titleOf, nameOf, proposal.b),
			reason: proposal.reason,
			strength: proposal.strength,
			group,
			verdict,
			actions: actionsFor(proposal, group, verdict),
			together: mergedA !== undefined && mergedA === mergedOf.get(memberKey(proposal.b))
		};
	});
}

/** Every proposal (and merge by hand) in its group, in the corpus's order, before any row is made of it. */
export function groupProposals(corpus: ReviewCorpus, decisions: CorpusDecisions, kind: ReviewKind): Record<ReviewGroup, MergeProposal[]> {
	const own = decisionsOf(decisions, kind);
	const proposals = proposalsOf(corpus, kind);
	const verdicts = verdictLookup(own);
	const groups: Record<ReviewGroup, MergeProposal[]> = { pending: [], merged: [], separate: [] };
	for (const proposal of proposals) groups[groupOf(proposal, verdicts)].push(proposal);
	for (const proposal of handMerges(proposals, own)) groups[groupOf(proposal, verdicts)].push(proposal);
	return groups;
}

export interface ReviewGroups {
	pending: ReviewRow[];
	merged: ReviewRow[];
	separate: ReviewRow[];
}

export function groupRows(rows: ReviewRow[]): ReviewGroups {
	return {
		pending: rows.filter((row) => row.group === 'pending'),
		merged: rows.filter((row) => row.group === 'merged'),
		separate: rows.filter((row) => row.group === 'separate')
	};
}

/** Rows a group shows at first, and how many more each “Show more” adds: a corpus of a hundred articles has tens of thousands. */
export const ROWS_PER_PAGE = 50;

export type ShownRows = Record<ReviewGroup, number>;
export const FIRST_PAGE: ShownRows = { pending: ROWS_PER_PAGE, merged: ROWS_PER_PAGE, separate: ROWS_PER_PAGE };

/** How many rows of each group to show so that the row `key` is shown: a decision moves its row to another group, and the keyboard follows it. */
export function shownToInclude(groups: Record<ReviewGroup, readonly { key: string }[]>, key: string, shown: ShownRows): ShownRows {
	for (const group of ['pending', 'merged', 'separate'] as const) {
		const at = groups[group].findIndex((row) => row.key === key);
		if (at >= shown[group]) return { ...shown, [group]: (Math.floor(at / ROWS_PER_PAGE) + 1) * ROWS_PER_PAGE };
	}
	return shown;
}

/** The decisions with one verdict set, or removed (`null`: the proposal's own strength decides again). */
export function decide(decisions: CorpusDecisions, kind: ReviewKind, key: string, verdict: Verdict | null): CorpusDecisions {
	const own = { ...decisions[kind] };
	if (verdict === null) delete own[key];
	else own[key] = verdict;
	return { ...decisions, [kind]: own };
}

const REASON_LABELS: Record<MatchReason, string> = {
	'same name': 'same name',
	alias: 'an alias matches',
	acronym: 'acronym',
	'spelling variant': 'spelling variant',
	'short name': 'shortened name',
	'by hand': 'merged by hand'
};
export const reasonLabel = (reason: MatchReason) => REASON_LABELS[reason];

export function strengthLabel(row: Pick<ReviewRow, 'strength' | 'reason'>): string {
	if (row.reason === 'by hand') return 'your decision';
	return row.strength === 'strong' ? 'strong: merges unless you keep them apart' : 'weak: merges only if you confirm';
}

/** Said under a pair kept apart that other merges still join, so the analyst knows where to go. */
export function togetherNote(row: Pick<ReviewRow, 'group' | 'together'>, kind: ReviewKind): string | null {
	if (row.group !== 'separate' || !row.together) return null;
	return `Still one ${kind === 'actors' ? 'actor' : 'place'} through other merges: split one off below.`;
}

export const ACTION_LABELS: Record<ReviewAction, string> = { merge: 'Merge', separate: 'Keep apart', undo: 'Undo decision' };

/** `al-Qaeda (Article A) and al-Qa’ida (Article B)`: the row's accessible name and the status after a decision. */
export function pairLabel(row: Pick<ReviewRow, 'a' | 'b'>): string {
	return `${row.a.name} (${row.a.articleTitle}) and ${row.b.name} (${row.b.articleTitle})`;
}

/** What the status line says once an action is taken. */
export function actionStatus(row: Pick<ReviewRow, 'a' | 'b'>, action: ReviewAction): string {
	if (action === 'merge') return `Merged ${pairLabel(row)}.`;
	if (action === 'separate') return `Kept apart ${pairLabel(row)}.`;
	return `Decision removed for ${pairLabel(row)}.`;
}

export function applyAction(decisions: CorpusDecisions, kind: ReviewKind, row: Pick<ReviewRow, 'key'>, action: ReviewAction): CorpusDecisions {
	return decide(decisions, kind, row.key, action === 'undo' ? null : action);
}

export interface ReviewSummary {
	/** Merged actors (or places) and the articles' own ones they come from. */
	merged: number;
	members: number;
	pending: number;
	separate: number;
	inForce: number;
}

/**
 * The rows' groups counted without making the rows (names, titles): the workspace's bar shows this for every corpus.
 * `groups`: groupProposals of the same corpus, decisions and kind, when the caller has them.
 */
export function reviewSummary(
	corpus: ReviewCorpus,
	decisions: CorpusDecisions,
	kind: ReviewKind,
	groups: Record<ReviewGroup, readonly MergeProposal[]> = groupProposals(corpus, decisions, kind)
): ReviewSummary {
	const items = membersOf(corpus, kind);
	return {
		merged: items.length,
		members: items.reduce((sum, item) => sum + item.members.length, 0),
		pending: groups.pending.length,
		separate: groups.separate.length,
		inForce: groups.merged.length
	};
}

const plural = (count: number, one: string, many: string) => `${count.toLocaleString('en')} ${count === 1 ? one : many}`;

/** `60 actors from 73; 3 proposals need a decision`. */
export function summaryLine(summary: ReviewSummary, kind: ReviewKind): string {
	const noun = kind === 'actors' ? ['actor', 'actors'] : ['place', 'places'];
	const pending = summary.pending === 0 ? 'no proposal needs a decision' : `${plural(summary.pending, 'proposal needs', 'proposals need')} a decision`;
	return `${plural(summary.merged, noun[0]!, noun[1]!)} from ${summary.members.toLocaleString('en')}; ${pending}`;
}

export interface SplitCandidate {
	/** Model id and name of the merged actor or place. */
	id: string;
	name: string;
	members: ReviewMember[];
}

/** Merged actors (or places) of three or more members: each member can be split off on its own. */
export function splitCandidates(corpus: ReviewCorpus, kind: ReviewKind): SplitCandidate[] {
	const nameOf = memberNamer(corpus, kind);
	const titleOf = articleTitles(corpus);
	return membersOf(corpus, kind)
		.filter((item) => item.members.length >= 3)
		.map((item) => ({ id: item.id, name: item.name, members: item.members.map((ref) => reviewMember(titleOf, nameOf, ref)) }));
}

/**
 * The decisions that split one member off its merged actor: every proposal in force
 * that ties it is refused, and a merge by hand that tied it is removed (it had no
 * proposal to refuse).
 */
export function splitMember(corpus: ReviewCorpus, decisions: CorpusDecisions, kind: ReviewKind, member: MemberRef): CorpusDecisions {
	const own = decisionsOf(decisions, kind);
	const proposals = proposalsOf(corpus, kind);
	const byHand = new Set(handMerges(proposals, own).map((proposal) => proposal.key));
	const next = splitOff(member, [...proposals, ...handMerges(proposals, own)], own);
	for (const key of byHand) if (next[key] === 'separate') delete next[key];
	return { ...decisions, [kind]: next };
}

/** Every member the analyst can merge by hand, by merged actor, named with its article. */
export function handMergeChoices(corpus: ReviewCorpus, kind: ReviewKind): ReviewMember[] {
	const nameOf = memberNamer(corpus, kind);
	const titleOf = articleTitles(corpus);
	const compare = textComparer();
	return membersOf(corpus, kind)
		.flatMap((item) => item.members.map((ref) => reviewMember(titleOf, nameOf, ref)))
		.sort((x, y) => compare(x.name, y.name) || compare(x.articleTitle, y.articleTitle));
}

/** Why two members cannot be merged by hand, or null when they can. */
export function handMergeProblem(corpus: ReviewCorpus, kind: ReviewKind, a: MemberRef | null, b: MemberRef | null): string | null {
	if (!a || !b) return 'Choose two to merge.';
	if (memberKey(a) === memberKey(b)) return 'Choose two different ones.';
	if (a.dataset === b.dataset) return 'These two come from the same article, which keeps them apart.';
	const together = membersOf(corpus, kind).some((item) => item.members.some((ref) => memberKey(ref) === memberKey(a)) && item.members.some((ref) => memberKey(ref) === memberKey(b)));
	if (together) return 'These two are already merged.';
	return null;
}

/** The decisions with a merge by hand of two members (or the confirmation of their proposal, if one exists). */
export function mergeByHand(decisions: CorpusDecisions, kind: ReviewKind, a: MemberRef, b: MemberRef): CorpusDecisions {
	return decide(decisions, kind, pairKey(a, b), 'merge');
}
