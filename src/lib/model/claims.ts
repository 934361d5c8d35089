/**
 * Claims: what several articles say about the same two actors and the same kind of
 * tie, counted by article and publisher, with each source's stance, and whether
 * anyone denies what someone else asserts.
 */
import type { Relation, RelationType, Stance } from '$lib/dataset/schema';
import { STANCES } from '$lib/dataset/schema-values';
import type { Claim, ClaimSource, ModelArticle } from './types';

/** Stances that hold a claim up; a denial holds it down. Proposals support that something was planned. */
const SUPPORTING: ReadonlySet<Stance> = new Set(['asserted', 'believed', 'claimed', 'proposed']);
/** Stances that contradict a denial: a plan being discussed does not contradict a denial that it happened. */
const AFFIRMING: ReadonlySet<Stance> = new Set(['asserted', 'believed', 'claimed']);

export const supports = (stance: Stance) => SUPPORTING.has(stance);

/** A relation of the model carries its sources; a plain dataset relation (an editor's preview) does not. */
export const isClaim = (relation: Relation): relation is Claim => Array.isArray((relation as Partial<Claim>).sources);

/** “2 articles from 1 publisher”. */
export function supportPhrase(claim: Pick<Claim, 'articleCount' | 'publisherCount'>): string {
	const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
	return `${count(claim.articleCount, 'article', 'articles')} from ${count(claim.publisherCount, 'publisher', 'publishers')}`;
}

/** The claim's key: its two actors (in order when directed) and its type. */
export function claimKey(source: string, target: string, type: RelationType, directed: boolean): string {
	const [a, b] = directed ? [source, target] : [source, target].sort();
	return `${a}${directed ? '>' : '~'}${b}|${type}`;
}

export function isContested(sources: Pick<ClaimSource, 'stance' | 'assertedBy' | 'article'>[]): boolean {
	return sources.some((source) => AFFIRMING.has(source.stance)) && sources.some((source) => source.stance === 'denied');
}

/** The strongest stance among the sources, in the vocabulary's order (asserted first, denied last). */
export function headlineStance(sources: Pick<ClaimSource, 'stance'>[]): Stance {
	return STANCES.find((stance) => sources.some((source) => source.stance === stance)) ?? 'asserted';
}

export interface ClaimCounts {
	articleCount: number;
	publisherCount: number;
	earliest: string | null;
	latest: string | null;
}

/** How many articles and publishers support the claim, and the span of dates its sources give. */
export function countClaim(sources: ClaimSource[], articles: ReadonlyMap<string, ModelArticle>): ClaimCounts {
	const supporting = sources.filter((source) => supports(source.stance));
	const articleIds = new Set(supporting.map((source) => source.article));
	const publishers = new Set([...articleIds].map((id) => articles.get(id)?.publisher.trim().toLowerCase() ?? id));
	const dates = sources
		.map((source) => source.date ?? articles.get(source.article)?.published ?? null)
		.filter((date): date is string => date !== null)
		.sort();
	return { articleCount: articleIds.size, publisherCount: publishers.size, earliest: dates[0] ?? null, latest: dates.at(-1) ?? null };
}
