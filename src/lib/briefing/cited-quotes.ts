/**
 * The quotes a slide puts on screen or on paper for its selection, each with who
 * says so and how: a presentation never shows words without their source.
 */
import type { DatasetIndex } from '$lib/dataset/lookup';
import type { Quote, Stance } from '$lib/dataset/schema';
import { relationSentence, stancePhrase } from '$lib/evidence/describe';
import { quotesById, relationsAt, relationsOf } from '$lib/evidence/evidence';
import type { Selection } from '$lib/view/selection';

export interface CitedQuote {
	quote: Quote;
	/** What the quote is evidence for, and who asserts it: “al-Qaeda funds Taliban, asserted by …”. */
	citation: string;
	stance: Stance | null;
}

export function citedQuotes(
	index: DatasetIndex,
	selection: Selection | null,
	visibleRelationIds: Set<string>,
	limit = 6
): CitedQuote[] {
	if (!selection) return [];
	const cited: CitedQuote[] = [];
	const seen = new Set<string>();
	const add = (quotes: Quote[], citation: string, stance: Stance | null) => {
		for (const quote of quotes) {
			if (seen.has(quote.id)) continue;
			seen.add(quote.id);
			cited.push({ quote, citation, stance });
		}
	};
	const addRelations = (relations: ReturnType<typeof relationsOf>) => {
		for (const relation of relations.filter((item) => visibleRelationIds.has(item.id)))
			add(
				quotesById(index, relation.evidence),
				`${relationSentence(index, relation)}, ${stancePhrase(index, relation)}`,
				relation.stance
			);
	};

	if (selection.kind === 'relation') {
		const relation = index.relation.get(selection.id);
		if (relation) add(quotesById(index, relation.evidence), `${relationSentence(index, relation)}, ${stancePhrase(index, relation)}`, relation.stance);
	} else if (selection.kind === 'entity') {
		const entity = index.entity.get(selection.id);
		if (entity) {
			add(quotesById(index, entity.evidence), `About ${entity.name}, in the article`, null);
			addRelations(relationsOf(index, entity.id));
		}
	} else {
		const place = index.place.get(selection.id);
		if (place) {
			add(quotesById(index, place.evidence), `About ${place.name}, in the article`, null);
			addRelations(relationsAt(index, place.id));
		}
	}
	return cited.slice(0, limit);
}
