/**
 * The dataset the editor's graph and map draw while the work is unfinished: the work's
 * items with every dangling reference left out (a link whose target is not chosen yet,
 * a place that was deleted), so the shared views can rely on what they read.
 */
import type { Dataset } from '$lib/dataset/schema';
import type { Work } from '$lib/dataset/work';

export function previewDataset(work: Work): Dataset {
	const text = work.articleText;
	const quotes = work.quotes.filter((quote) => Number.isInteger(quote.start) && Number.isInteger(quote.end) && quote.start >= 0 && quote.end > quote.start && quote.end <= text.length);
	const quoteIds = new Set(quotes.map((quote) => quote.id));
	const placeIds = new Set(work.places.map((place) => place.id));
	const entityIds = new Set(work.entities.map((entity) => entity.id));
	const cited = (evidence: string[]) => evidence.filter((id) => quoteIds.has(id));
	const located = (places: string[]) => places.filter((id) => placeIds.has(id));
	return {
		slug: work.id,
		articleText: text,
		article: { ...work.article, title: work.article.title.trim() || 'Untitled article', publisher: work.article.publisher.trim() || 'Unknown publisher' },
		entities: work.entities.map((entity) => ({ ...entity, name: entity.name.trim() || '(unnamed actor)', places: located(entity.places), evidence: cited(entity.evidence) })),
		places: work.places.map((place) => ({ ...place, name: place.name.trim() || '(unnamed place)', evidence: cited(place.evidence) })),
		relations: work.relations
			.filter((relation) => entityIds.has(relation.source) && entityIds.has(relation.target) && relation.source !== relation.target)
			.map((relation) => ({
				...relation,
				assertedBy: relation.assertedBy !== null && entityIds.has(relation.assertedBy) ? relation.assertedBy : null,
				places: located(relation.places),
				evidence: cited(relation.evidence)
			})),
		quotes
	};
}
