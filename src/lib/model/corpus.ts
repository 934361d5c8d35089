/**
 * Several datasets as one model: the same actor one node, the same place one
 * point, relations of the same type between the same two actors one claim with
 * a source per article. The analyst's merge decisions are applied here; the
 * articles' own datasets are never changed.
 */
import type { Dataset, EntityKind, RelationType } from '$lib/dataset/schema';
import { claimKey, countClaim, headlineStance, isContested } from './claims';
import { articleOf } from './dataset-model';
import { clusterMembers, handMerges, memberKey, proposeMerges, proposePlaceMerges, type Decisions, type MemberRef, type MergeProposal } from './merge';
import { foldName } from './names';
import type { Claim, ClaimSource, Model, ModelEntity, ModelPlace, ModelQuote } from './types';

export interface CorpusDecisions {
	actors: Decisions;
	places: Decisions;
}

export interface CorpusModel extends Model {
	kind: 'corpus';
	/** Every proposal, for the analyst to review; `decisions` says which were confirmed or refused. */
	actorProposals: MergeProposal[];
	placeProposals: MergeProposal[];
	/** Model id of the merged actor or place each article's own one became, by member key (`dataset/id`). */
	mergedId: Map<string, string>;
}

const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((item) => [item.id, item]));
export const quoteIdIn = (dataset: string, quoteId: string) => `${dataset}:${quoteId}`;

/** The most frequent value, the earliest seen winning ties. */
function mostCommon<T>(values: T[], key: (value: T) => string = String): T {
	const counts = new Map<string, number>();
	for (const value of values) counts.set(key(value), (counts.get(key(value)) ?? 0) + 1);
	return values.reduce((best, value) => ((counts.get(key(value)) ?? 0) > (counts.get(key(best)) ?? 0) ? value : best));
}

/** Distinct names, the first spelling of each kept. */
function distinctNames(names: string[], except: string): string[] {
	const seen = new Set([foldName(except)]);
	const out: string[] = [];
	for (const name of names) {
		const key = foldName(name);
		if (seen.has(key)) continue;
		seen.add(key);
		out.push(name);
	}
	return out;
}

/** Ids for groups: the leading member's own id, made unique by a number when two groups share it. */
function assignIds(groups: Map<string, MemberRef[]>, taken = new Set<string>()): Map<string, string> {
	const ids = new Map<string, string>();
	for (const [root, members] of groups) {
		const base = members[0]!.id;
		let id = base;
		for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
		taken.add(id);
		ids.set(root, id);
	}
	return ids;
}

function groupBy(members: MemberRef[], rootOf: Map<string, string>): Map<string, MemberRef[]> {
	const groups = new Map<string, MemberRef[]>();
	for (const member of members) {
		const root = rootOf.get(memberKey(member))!;
		groups.set(root, [...(groups.get(root) ?? []), member]);
	}
	return groups;
}

/**
 * What the corpus's merges are proposed from, and the proposals: they depend on the datasets
 * alone, so a decision (which only changes which apply) does not make them again.
 */
export interface CorpusProposals {
	actorRefs: MemberRef[];
	actorProposals: MergeProposal[];
	placeRefs: MemberRef[];
	placeProposals: MergeProposal[];
}

export function corpusProposals(datasets: Dataset[]): CorpusProposals {
	const actorRecords = datasets.flatMap((dataset) => dataset.entities.map((entity) => ({ ref: { dataset: dataset.slug, id: entity.id }, name: entity.name, aliases: entity.aliases, kind: entity.kind })));
	const placeRecords = datasets.flatMap((dataset) => dataset.places.map((place) => ({ ref: { dataset: dataset.slug, id: place.id }, name: place.name, coordinates: place.coordinates, ...(place.boundary ? { boundary: place.boundary } : {}) })));
	return {
		actorRefs: actorRecords.map((record) => record.ref),
		actorProposals: proposeMerges(actorRecords),
		placeRefs: placeRecords.map((record) => record.ref),
		placeProposals: proposePlaceMerges(placeRecords)
	};
}

/** `proposals` must be corpusProposals of these same datasets (made once per set of datasets by a caller that keeps them). */
export function modelOfCorpus(id: string, title: string, datasets: Dataset[], decisions: CorpusDecisions, proposals: CorpusProposals = corpusProposals(datasets)): CorpusModel {
	const articles = datasets.map(articleOf);
	const articleById = byId(articles);
	const entityOf = new Map<string, Dataset['entities'][number]>(datasets.flatMap((dataset) => dataset.entities.map((entity) => [`${dataset.slug}/${entity.id}`, entity] as const)));
	const placeOf = new Map<string, Dataset['places'][number]>(datasets.flatMap((dataset) => dataset.places.map((place) => [`${dataset.slug}/${place.id}`, place] as const)));
	const { actorRefs, actorProposals, placeRefs, placeProposals } = proposals;

	// Actors.
	const actorGroups = groupBy(actorRefs, clusterMembers(actorRefs, [...actorProposals, ...handMerges(actorProposals, decisions.actors)], decisions.actors));
	const actorIds = assignIds(actorGroups);

	// Places (their ids share the selection id space with actors and claims).
	const placeGroups = groupBy(placeRefs, clusterMembers(placeRefs, [...placeProposals, ...handMerges(placeProposals, decisions.places)], decisions.places));
	const placeIds = assignIds(placeGroups, new Set(actorIds.values()));

	const mergedId = new Map<string, string>();
	for (const [root, members] of actorGroups) for (const member of members) mergedId.set(memberKey(member), actorIds.get(root)!);
	for (const [root, members] of placeGroups) for (const member of members) mergedId.set(memberKey(member), placeIds.get(root)!);
	const merged = (dataset: string, id: string) => mergedId.get(`${dataset}/${id}`)!;
	const unique = <T>(items: T[]) => [...new Set(items)];

	const quotes: ModelQuote[] = datasets.flatMap((dataset) => dataset.quotes.map((quote) => ({ ...quote, id: quoteIdIn(dataset.slug, quote.id), article: dataset.slug })));

	const entities: ModelEntity[] = [...actorGroups].map(([root, members]) => {
		const originals = members.map((member) => ({ member, entity: entityOf.get(memberKey(member))! }));
		const name = mostCommon(originals.map(({ entity }) => entity.name), foldName);
		const first = originals[0]!.entity;
		return {
			id: actorIds.get(root)!,
			name,
			aliases: distinctNames(originals.flatMap(({ entity }) => [entity.name, ...entity.aliases]), name),
			kind: mostCommon(originals.map(({ entity }) => entity.kind)) as EntityKind,
			summary: first.summary,
			plural: first.plural,
			places: unique(originals.flatMap(({ member, entity }) => entity.places.map((place) => merged(member.dataset, place)))),
			evidence: unique(originals.flatMap(({ member, entity }) => entity.evidence.map((quote) => quoteIdIn(member.dataset, quote)))),
			articles: unique(members.map((member) => member.dataset)),
			members
		};
	});

	const places: ModelPlace[] = [...placeGroups].map(([root, members]) => {
		const originals = members.map((member) => ({ member, place: placeOf.get(memberKey(member))! }));
		const located = originals.find(({ place }) => place.coordinates !== null)?.place ?? originals[0]!.place;
		return {
			...located,
			id: placeIds.get(root)!,
			name: mostCommon(originals.map(({ place }) => place.name), foldName),
			evidence: unique(originals.flatMap(({ member, place }) => place.evidence.map((quote) => quoteIdIn(member.dataset, quote)))),
			articles: unique(members.map((member) => member.dataset)),
			members
		};
	});

	// Claims.
	const claimSources = new Map<string, { source: string; target: string; type: RelationType; directed: boolean; summary: string; places: string[]; sources: ClaimSource[] }>();
	for (const dataset of datasets)
		for (const relation of dataset.relations) {
			const source = merged(dataset.slug, relation.source);
			const target = merged(dataset.slug, relation.target);
			// Two actors one article keeps apart but the corpus merges: the relation is between one actor and itself, and not a claim.
			if (source === target) continue;
			const key = claimKey(source, target, relation.type, relation.directed);
			const entry = claimSources.get(key) ?? { source, target, type: relation.type, directed: relation.directed, summary: relation.summary, places: [], sources: [] };
			entry.places.push(...relation.places.map((place) => merged(dataset.slug, place)));
			entry.sources.push({
				article: dataset.slug,
				publisher: dataset.article.publisher,
				published: dataset.article.published,
				relationId: relation.id,
				stance: relation.stance,
				assertedBy: relation.assertedBy === null ? null : merged(dataset.slug, relation.assertedBy),
				date: relation.date,
				...(relation.dateNote === undefined ? {} : { dateNote: relation.dateNote }),
				evidence: unique(relation.evidence.map((quote) => quoteIdIn(dataset.slug, quote)))
			});
			claimSources.set(key, entry);
		}
	const taken = new Set([...actorIds.values(), ...placeIds.values()]);
	const relations: Claim[] = [...claimSources.values()].map((entry) => {
		const base = `${entry.source}-${entry.type.replaceAll(' ', '-')}-${entry.target}`;
		let claimId = base;
		for (let n = 2; taken.has(claimId); n++) claimId = `${base}-${n}`;
		taken.add(claimId);
		const counts = countClaim(entry.sources, articleById);
		const dated = entry.sources.map((source) => source.date).filter((date): date is string => date !== null).sort();
		return {
			id: claimId,
			source: entry.source,
			target: entry.target,
			type: entry.type,
			directed: entry.directed,
			stance: headlineStance(entry.sources),
			assertedBy: entry.sources[0]!.assertedBy,
			date: dated.at(-1) ?? null,
			places: unique(entry.places),
			summary: entry.summary,
			evidence: unique(entry.sources.flatMap((source) => source.evidence)),
			sources: entry.sources,
			contested: isContested(entry.sources),
			...counts
		};
	});

	return {
		kind: 'corpus',
		id,
		title,
		articles,
		entities,
		places,
		relations,
		quotes,
		article: articleById,
		entity: byId(entities),
		place: byId(places),
		relation: byId(relations),
		quote: byId(quotes),
		actorProposals,
		placeProposals,
		mergedId
	};
}
