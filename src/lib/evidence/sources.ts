/**
 * A corpus's evidence, article by article: quotes grouped under the article they
 * are spans of, and a claim's sources in the order they were published.
 */
import type { DatasetIndex } from '$lib/dataset/lookup';
import type { Quote, Relation } from '$lib/dataset/schema';
import type { Claim, ClaimSource, ModelArticle } from '$lib/model/types';
import { supportPhrase } from '$lib/model/claims';
import { formatPartialDate } from '$lib/model/describe';
import { compareText } from '$lib/model/english';

export interface ArticleQuotes {
	article: ModelArticle;
	quotes: Quote[];
}

/** Quotes grouped by article, in the corpus's article order; quotes keep their order within each. */
export function quotesByArticle(index: DatasetIndex, quotes: Quote[]): ArticleQuotes[] {
	const groups = new Map<string, Quote[]>();
	for (const quote of quotes) {
		const article = index.quote.get(quote.id)?.article ?? index.articles[0]?.id ?? '';
		groups.set(article, [...(groups.get(article) ?? []), quote]);
	}
	return index.articles.filter((article) => groups.has(article.id)).map((article) => ({ article, quotes: groups.get(article.id)! }));
}

/** “US Treasury, 2012-11-05” for a source line. */
export function articleByline(article: Pick<ModelArticle, 'publisher' | 'published'>): string {
	return article.published ? `${article.publisher}, ${formatPartialDate(article.published)}` : article.publisher;
}

/** The claim's sources, earliest published first (undated last), then by title. */
export function sourcesInOrder(index: DatasetIndex, claim: Claim): { source: ClaimSource; article: ModelArticle | undefined }[] {
	return claim.sources
		.map((source) => ({ source, article: index.article.get(source.article) }))
		.sort((a, b) => compareText(a.source.published ?? '9999', b.source.published ?? '9999') || compareText(a.article?.title ?? '', b.article?.title ?? ''));
}

/** The relation as one source states it: its stance, asserter and date. */
export function asStatedBy(relation: Relation, source: ClaimSource): Relation {
	return { ...relation, stance: source.stance, assertedBy: source.assertedBy, date: source.date, ...(source.dateNote === undefined ? {} : { dateNote: source.dateNote }) };
}

/** One line on how well a claim is held up: “2 articles from 2 publishers · 2008 – 2021 · contested”. */
export function supportLine(claim: Claim): string {
	const parts = [supportPhrase(claim)];
	if (claim.earliest) parts.push(claim.earliest === claim.latest ? formatPartialDate(claim.earliest) : `${formatPartialDate(claim.earliest)} – ${formatPartialDate(claim.latest!)}`);
	if (claim.contested) parts.push('contested: one source denies what another holds');
	else if (claim.sources.length === 1) parts.push('single source');
	return parts.join(' · ');
}

