/**
 * Which actors (and places) of different articles are the same, proposed from
 * their names and confirmed or refused by the analyst. A proposal is *strong* when
 * the names leave little doubt (the same name, an alias, an acronym, a spelling
 * variant of a long name): it applies unless refused. A *weak* one (a short first
 * name, a short spelling variant) waits for confirmation. A bare surname alone
 * never proposes anything: "Haqqani" is not "Sirajuddin Haqqani".
 */
import type { EntityKind } from '$lib/dataset/schema';
import { acronymOf, exactKey, initialsOf, nameWords, spellingKey } from './names';

/** An actor (or place) as one article has it. */
export interface MemberRef {
	dataset: string;
	id: string;
}

export const memberKey = (ref: MemberRef) => `${ref.dataset}/${ref.id}`;

export interface ActorRecord {
	ref: MemberRef;
	name: string;
	aliases: string[];
	kind: EntityKind;
}

export type MatchReason = 'same name' | 'alias' | 'acronym' | 'spelling variant' | 'short name' | 'by hand';

export interface MergeProposal {
	/** The two members' keys, sorted and joined: stable, so a decision can be stored against it. */
	key: string;
	a: MemberRef;
	b: MemberRef;
	reason: MatchReason;
	strength: 'strong' | 'weak';
	/** The two names that matched, for the analyst: `al-Qaeda` ~ `al-Qa’ida`. */
	names: [string, string];
}

export type Verdict = 'merge' | 'separate';
/** The analyst's decisions by proposal key. */
export type Decisions = Record<string, Verdict>;

/** Two member keys joined in order: a < b compares code units, as a sort of the two would. */
const joinKeys = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
export const pairKey = (a: MemberRef, b: MemberRef) => joinKeys(memberKey(a), memberKey(b));

const isPerson = (kind: EntityKind) => kind === 'person';

/**
 * Words that stand in for a name inside one article ("the group", "the network") but
 * name nothing across articles: an alias like that never matches.
 */
const GENERIC_NAMES = new Set([
	'group', 'network', 'organization', 'organisation', 'movement', 'company', 'firm', 'charity', 'bank', 'government',
	'department', 'ministry', 'agency', 'office', 'document', 'report', 'source', 'official', 'officials', 'spokesman',
	'spokesperson', 'militants', 'insurgents', 'fighters', 'authorities', 'forces', 'he', 'she', 'they', 'it', 'them'
]);

/** People match people; organisations of any kind may match each other (one article's armed group is another's organisation). */
function kindsAgree(a: EntityKind, b: EntityKind): boolean {
	return isPerson(a) === isPerson(b);
}

function rank(strength: 'strong' | 'weak'): number {
	return strength === 'strong' ? 2 : 1;
}

/** What matching reads of a name, worked out once per name: a corpus compares many pairs of names. */
interface NameFacts {
	/** exactKey */
	key: string;
	/** The key's words. */
	words: string[];
	acronym: string | null;
	initials: string;
	/** How many words the name has without titles (nameWords). */
	wordCount: number;
	spelling: string;
	/** The key's length without spaces. */
	letters: number;
}

function nameFacts(name: string): NameFacts {
	const key = exactKey(name);
	return {
		key,
		words: key.split(' '),
		acronym: acronymOf(name),
		initials: initialsOf(name),
		wordCount: nameWords(name).length,
		spelling: spellingKey(name),
		letters: key.replace(/ /g, '').length
	};
}

/** nameFacts, remembered per name for one round of matching. */
function nameFactsMemo(): (name: string) => NameFacts {
	const known = new Map<string, NameFacts>();
	return (name) => {
		let facts = known.get(name);
		if (!facts) known.set(name, (facts = nameFacts(name)));
		return facts;
	};
}

/** How two names of two actors match, if they do. */
export function matchNames(a: string, b: string, person: boolean, viaAlias: boolean): { reason: MatchReason; strength: 'strong' | 'weak' } | null {
	return matchFacts(nameFacts(a), nameFacts(b), person, viaAlias);
}

function matchFacts(a: NameFacts, b: NameFacts, person: boolean, viaAlias: boolean): { reason: MatchReason; strength: 'strong' | 'weak' } | null {
	if (a.key === '' || b.key === '' || GENERIC_NAMES.has(a.key) || GENERIC_NAMES.has(b.key)) return null;
	// One word naming a person is a surname or a given name alone: never enough.
	if (person && (a.words.length < 2 || b.words.length < 2)) return null;
	if (a.key === b.key) return { reason: viaAlias ? 'alias' : 'same name', strength: a.key.length >= 3 ? 'strong' : 'weak' };
	if (!person && ((a.acronym && a.acronym === b.initials && b.wordCount >= 2) || (b.acronym && b.acronym === a.initials && a.wordCount >= 2)))
		return { reason: 'acronym', strength: 'strong' };
	if (a.acronym || b.acronym) return null;
	if (a.words.length === b.words.length && a.spelling === b.spelling) {
		// Long names that differ only in vowels and doubled letters are the same name transliterated twice.
		return { reason: 'spelling variant', strength: Math.min(a.letters, b.letters) >= 5 ? 'strong' : 'weak' };
	}
	// "Siraj Haqqani" and "Sirajuddin Haqqani", "Khalil Haqqani" and "Khalil al-Rahman Haqqani": the same
	// surname and the same (or a shortened) given name, perhaps with a middle name left out.
	if (person && a.words.at(-1) === b.words.at(-1)) {
		const [givenA, givenB] = [a.words[0]!, b.words[0]!];
		const sameGiven = givenA === givenB || (Math.min(givenA.length, givenB.length) >= 4 && (givenA.startsWith(givenB) || givenB.startsWith(givenA)));
		if (sameGiven) return { reason: 'short name', strength: 'weak' };
	}
	return null;
}

/** Indices of the items holding each token. */
function holdersOf(tokensOf: string[][]): Map<string, number[]> {
	const holders = new Map<string, number[]>();
	tokensOf.forEach((tokens, index) => {
		for (const token of new Set(tokens)) {
			const list = holders.get(token);
			if (list) list.push(index);
			else holders.set(token, [index]);
		}
	});
	return holders;
}

/**
 * The pairs (i < j, in order) of `count` items that are both in one of `groups`, or one in
 * each list of one of `crosses`: every other pair is known not to match, so a corpus compares
 * only these instead of every pair (quadratic in its actors).
 */
function candidatePairs(count: number, groups: Iterable<number[]>, crosses: Iterable<[number[], number[]]> = []): Float64Array {
	const pairs = new Set<number>();
	const add = (x: number, y: number) => {
		if (x !== y) pairs.add(Math.min(x, y) * count + Math.max(x, y));
	};
	for (const list of groups) for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) add(list[x]!, list[y]!);
	for (const [left, right] of crosses) for (const x of left) for (const y of right) add(x, y);
	// Each pair as one number (i * count + j), sorted: a large corpus has a hundred thousand, and an array per pair was most of their cost.
	return Float64Array.from(pairs).sort();
}

/** The pairs of candidatePairs, one [i, j] at a time. */
function* eachPair(pairs: Float64Array, count: number): Generator<[number, number]> {
	for (const pair of pairs) yield [Math.floor(pair / count), pair % count];
}

/**
 * What two names must share to match at all (matchFacts): the same key or spelling key or, for
 * people, the same last word. Prefixed by people or not, which never match each other. An
 * acronym meeting a name's initials is paired separately (proposeMerges).
 */
function matchTokens(facts: NameFacts, person: boolean): string[] {
	if (facts.key === '') return [];
	const side = person ? 'p' : 'o';
	const tokens = [`${side}k ${facts.key}`, `${side}s ${facts.spelling}`];
	if (person) tokens.push(`${side}l ${facts.words.at(-1)}`);
	return tokens;
}

/** An actor's name (0) or one of its aliases (1 on), in the order matching reads them. */
const nameOf = (actor: ActorRecord, index: number) => (index === 0 ? actor.name : actor.aliases[index - 1]!);

/** Every proposal between actors of different articles, the best match per pair. */
export function proposeMerges(actors: ActorRecord[]): MergeProposal[] {
	const factsOf = nameFactsMemo();
	const namesOf = actors.map((actor) => [actor.name, ...actor.aliases].map(factsOf));
	const shared = holdersOf(actors.map((actor, index) => namesOf[index]!.flatMap((facts) => matchTokens(facts, isPerson(actor.kind)))));
	// Acronyms match the initials of a name of two words or more, between actors that are not people.
	const organisation = (index: number) => !isPerson(actors[index]!.kind);
	const acronyms = holdersOf(namesOf.map((names, index) => (organisation(index) ? names.flatMap((facts) => (facts.key !== '' && facts.acronym ? [facts.acronym] : [])) : [])));
	const initials = holdersOf(namesOf.map((names, index) => (organisation(index) ? names.flatMap((facts) => (facts.key !== '' && facts.wordCount >= 2 ? [facts.initials] : [])) : [])));
	const crosses = [...acronyms].flatMap(([letters, holders]): [number[], number[]][] => (initials.has(letters) ? [[holders, initials.get(letters)!]] : []));
	const candidates = candidatePairs(actors.length, shared.values(), crosses);
	const keys = actors.map((actor) => memberKey(actor.ref));
	const proposals = new Map<string, MergeProposal>();
	for (const [i, j] of eachPair(candidates, actors.length)) {
		const a = actors[i]!;
		const b = actors[j]!;
		if (a.ref.dataset === b.ref.dataset || !kindsAgree(a.kind, b.kind)) continue;
		const person = isPerson(a.kind);
		const [factsOfA, factsOfB] = [namesOf[i]!, namesOf[j]!];
		let best: { match: { reason: MatchReason; strength: 'strong' | 'weak' }; nameIndex: number; aliasIndex: number } | null = null;
		for (let nameIndex = 0; nameIndex < factsOfA.length; nameIndex++)
			for (let aliasIndex = 0; aliasIndex < factsOfB.length; aliasIndex++) {
				const match = matchFacts(factsOfA[nameIndex]!, factsOfB[aliasIndex]!, person, nameIndex > 0 || aliasIndex > 0);
				if (match && (!best || rank(match.strength) > rank(best.match.strength))) best = { match, nameIndex, aliasIndex };
			}
		if (!best) continue;
		const key = joinKeys(keys[i]!, keys[j]!);
		proposals.set(key, { key, a: a.ref, b: b.ref, ...best.match, names: [nameOf(a, best.nameIndex), nameOf(b, best.aliasIndex)] });
	}
	return [...proposals.values()];
}

/**
 * Merges the analyst made by hand, between members no proposal joined: a decision
 * `merge` stored against a pair key that no proposal has.
 */
export function handMerges(proposals: MergeProposal[], decisions: Decisions): MergeProposal[] {
	// Most corpora have no merge by hand, and a large one has a hundred thousand proposals to look through.
	if (!Object.values(decisions).includes('merge')) return [];
	const proposed = new Set(proposals.map((proposal) => proposal.key));
	const parse = (key: string): MemberRef | null => {
		const at = key.indexOf('/');
		return at > 0 ? { dataset: key.slice(0, at), id: key.slice(at + 1) } : null;
	};
	return Object.entries(decisions).flatMap(([key, verdict]) => {
		if (verdict !== 'merge' || proposed.has(key)) return [];
		const [a, b] = key.split('|').map(parse);
		return a && b ? [{ key, a, b, reason: 'by hand' as const, strength: 'weak' as const, names: [a.id, b.id] as [string, string] }] : [];
	});
}

/**
 * The decisions as a Map, for reading once per proposal: an object looked up by a key made
 * at run time has the key interned first, a Map only hashes it (a large corpus reads a
 * hundred thousand keys, and the object took a third of its model's time).
 */
export type VerdictLookup = ReadonlyMap<string, Verdict>;
export const verdictLookup = (decisions: Decisions): VerdictLookup => new Map(Object.entries(decisions));
export const verdictOf = (decisions: Decisions | VerdictLookup, key: string): Verdict | undefined =>
	decisions instanceof Map ? decisions.get(key) : (decisions as Decisions)[key];

/** Whether a proposal is in force: strong ones unless refused, weak ones once confirmed. */
export function applies(proposal: MergeProposal, decisions: Decisions | VerdictLookup): boolean {
	const verdict = verdictOf(decisions, proposal.key);
	return verdict ? verdict === 'merge' : proposal.strength === 'strong';
}

/**
 * Members grouped into merged actors: union-find over the proposals in force.
 * Returns, per member key, the key of its group's first member (in input order).
 */
export function clusterMembers(members: MemberRef[], proposals: MergeProposal[], decisions: Decisions): Map<string, string> {
	const keys = members.map(memberKey);
	const byKey = new Map(keys.map((key, index) => [key, index]));
	// Proposals usually hold the very refs given here: found by identity, without making their keys.
	const byRef = new Map(members.map((member, index) => [member, index]));
	const parent = keys.map((_, index) => index);
	const indexOf = (ref: MemberRef): number => {
		const known = byRef.get(ref) ?? byKey.get(memberKey(ref));
		if (known !== undefined) return known;
		// A member no longer in the corpus (a merge by hand with a dataset since removed) still joins the two it sits between.
		keys.push(memberKey(ref));
		byKey.set(memberKey(ref), parent.length);
		parent.push(parent.length);
		return parent.length - 1;
	};
	// Union-find over indices; a root is always its group's earliest member, and paths are halved as they are walked
	// (a corpus of a hundred articles has a hundred thousand proposals, most of them joining members already together).
	const find = (index: number): number => {
		while (parent[index] !== index) {
			parent[index] = parent[parent[index]!]!;
			index = parent[index]!;
		}
		return index;
	};
	const verdicts = verdictLookup(decisions);
	for (const proposal of proposals) {
		if (!applies(proposal, verdicts)) continue;
		const rootA = find(indexOf(proposal.a));
		const rootB = find(indexOf(proposal.b));
		// The earlier member leads, so a group's identity does not depend on proposal order.
		if (rootA < rootB) parent[rootB] = rootA;
		else if (rootB < rootA) parent[rootA] = rootB;
	}
	return new Map(members.map((_, index) => [keys[index]!, keys[find(index)]!]));
}

/** The decisions that split `member` off its group: every proposal in force that ties it to the others is refused. */
export function splitOff(member: MemberRef, proposals: MergeProposal[], decisions: Decisions): Decisions {
	const key = memberKey(member);
	const next = { ...decisions };
	const verdicts = verdictLookup(decisions);
	for (const proposal of proposals)
		if (applies(proposal, verdicts) && (memberKey(proposal.a) === key || memberKey(proposal.b) === key)) next[proposal.key] = 'separate';
	return next;
}

export interface PlaceRecord {
	ref: MemberRef;
	name: string;
	coordinates: [number, number] | null;
	boundary?: { layer: string; featureId: string };
}

/** Great-circle distance in km. */
export function distanceKm(a: [number, number], b: [number, number]): number {
	const rad = Math.PI / 180;
	const dLat = (b[1] - a[1]) * rad;
	const dLon = (b[0] - a[0]) * rad;
	const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLon / 2) ** 2;
	return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Places merge by name and coordinates: the same boundary, or a name (or its spelling) with points close together. */
export function proposePlaceMerges(places: PlaceRecord[], nearKm = 30): MergeProposal[] {
	const factsOf = nameFactsMemo();
	const facts = places.map((place) => factsOf(place.name));
	// Two places can merge only with the same boundary or the same spelling key (which the same name has too).
	const candidates = candidatePairs(
		places.length,
		holdersOf(places.map((place, index) => [`s ${facts[index]!.spelling}`, ...(place.boundary ? [`b ${place.boundary.layer} ${place.boundary.featureId}`] : [])])).values()
	);
	const keys = places.map((place) => memberKey(place.ref));
	const proposals: MergeProposal[] = [];
	for (const [i, j] of eachPair(candidates, places.length)) {
		const a = places[i]!;
		const b = places[j]!;
		if (a.ref.dataset === b.ref.dataset) continue;
		const base = { key: joinKeys(keys[i]!, keys[j]!), a: a.ref, b: b.ref, names: [a.name, b.name] as [string, string] };
		const sameBoundary = a.boundary && b.boundary && a.boundary.layer === b.boundary.layer && a.boundary.featureId === b.boundary.featureId;
		const close = a.coordinates && b.coordinates ? distanceKm(a.coordinates, b.coordinates) <= nearKm : null;
		const sameName = facts[i]!.key === facts[j]!.key;
		const sameSpelling = facts[i]!.spelling === facts[j]!.spelling;
		if (sameBoundary) proposals.push({ ...base, reason: sameName ? 'same name' : 'alias', strength: 'strong' });
		// Two places of one name far apart are two places (a village can share a city’s name).
		else if ((sameName || sameSpelling) && close !== false)
			proposals.push({ ...base, reason: sameName ? 'same name' : 'spelling variant', strength: close === true || sameName ? 'strong' : 'weak' });
	}
	return proposals;
}
