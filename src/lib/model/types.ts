/**
 * The model every view reads: the actors, places and claims of one dataset or of a
 * corpus of several, with their quotes and the articles they come from. One
 * dataset is the simplest corpus: one article, every relation a claim with one source.
 */
import type { Entity, Place, Quote, Relation, Stance } from '$lib/dataset/schema';
import type { MemberRef } from './merge';

/** One item of the model by id: what a selection, a search result or a quote's supporter points at. */
export type SelectionKind = 'entity' | 'relation' | 'place';

export interface Selection {
	kind: SelectionKind;
	id: string;
}

export interface ModelArticle {
	/** The dataset's id. */
	id: string;
	title: string;
	publisher: string;
	published: string | null;
	url: string | null;
	text: string;
	note?: string;
}

/** An actor, merged across articles where it is the same one; `members` are the articles' own actors. */
export type ModelEntity = Entity & { articles: string[]; members: MemberRef[] };
export type ModelPlace = Place & { articles: string[]; members: MemberRef[] };
/** A quote with the article it is a span of (offsets are into that article's text). */
export type ModelQuote = Quote & { article: string };

/** One article's statement of a claim: its relation, with ids in the model's terms. */
export interface ClaimSource {
	article: string;
	/** The article's publisher and publication date, for filters that ask by them. */
	publisher: string;
	published: string | null;
	/** The relation's id in its own dataset. */
	relationId: string;
	stance: Stance;
	/** Model entity id of who asserts it, or null for the article's own voice. */
	assertedBy: string | null;
	date: string | null;
	dateNote?: string;
	/** Model quote ids. */
	evidence: string[];
}

/**
 * Relations between the same two actors of the same type, from every article. The
 * Relation fields hold the claim's headline (its strongest stance, its first
 * asserter); `sources` hold what each article says.
 */
export type Claim = Relation & {
	sources: ClaimSource[];
	/** Someone asserts, believes or claims it and someone else denies it. */
	contested: boolean;
	/** Articles that support it (any stance but denied) and how many publishers they come from. */
	articleCount: number;
	publisherCount: number;
	/** Earliest and latest dates the sources give (the text's dates, else publication dates). */
	earliest: string | null;
	latest: string | null;
};

export interface Model {
	kind: 'dataset' | 'corpus';
	id: string;
	title: string;
	articles: ModelArticle[];
	entities: ModelEntity[];
	places: ModelPlace[];
	relations: Claim[];
	quotes: ModelQuote[];
	article: Map<string, ModelArticle>;
	entity: Map<string, ModelEntity>;
	place: Map<string, ModelPlace>;
	relation: Map<string, Claim>;
	quote: Map<string, ModelQuote>;
}
