/**
 * One dataset as a model: one article, every relation a claim with one source. Built
 * once per dataset, from a dataset without repeats (src/lib/dataset/lookup.ts: indexDataset).
 */
import type { Dataset } from '$lib/dataset/schema';
import { countClaim } from './claims';
import type { Claim, Model, ModelArticle, ModelEntity, ModelPlace, ModelQuote } from './types';

const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((item) => [item.id, item]));

export function articleOf(dataset: Dataset): ModelArticle {
	const { title, publisher, published, url, note } = dataset.article;
	return { id: dataset.slug, title, publisher, published, url, text: dataset.articleText, ...(note === undefined ? {} : { note }) };
}

export function modelOfDataset(dataset: Dataset): Model {
	const article = articleOf(dataset);
	const articles = new Map([[article.id, article]]);
	const member = (id: string) => [{ dataset: dataset.slug, id }];
	const entities: ModelEntity[] = dataset.entities.map((entity) => ({ ...entity, articles: [dataset.slug], members: member(entity.id) }));
	const places: ModelPlace[] = dataset.places.map((place) => ({ ...place, articles: [dataset.slug], members: member(place.id) }));
	const quotes: ModelQuote[] = dataset.quotes.map((quote) => ({ ...quote, article: dataset.slug }));
	const relations: Claim[] = dataset.relations.map((relation) => {
		const sources = [
			{
				article: dataset.slug,
				publisher: dataset.article.publisher,
				published: dataset.article.published,
				relationId: relation.id,
				stance: relation.stance,
				assertedBy: relation.assertedBy,
				date: relation.date,
				...(relation.dateNote === undefined ? {} : { dateNote: relation.dateNote }),
				evidence: relation.evidence
			}
		];
		return { ...relation, sources, contested: false, ...countClaim(sources, articles) };
	});
	return {
		kind: 'dataset',
		id: dataset.slug,
		title: dataset.article.title,
		articles: [article],
		entities,
		places,
		relations,
		quotes,
		article: articles,
		entity: byId(entities),
		place: byId(places),
		relation: byId(relations),
		quote: byId(quotes)
	};
}
