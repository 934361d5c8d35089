/**
 * The quotes a slide puts on paper for its selection, each with who says so and
 * how: a briefing never shows words without their source. A flat list in the
 * order of slideQuoteGroups (most direct first), each quote cited by the first
 * claim it supports.
 */
import type { DatasetIndex } from '$lib/dataset/lookup';
import type { Quote, Stance } from '$lib/dataset/schema';
import type { Selection } from '$lib/view/selection';
import { claimCitation, slideQuoteGroups } from './slide-quotes';

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
	const cited: CitedQuote[] = [];
	for (const group of slideQuoteGroups(index, selection, visibleRelationIds)) {
		const claim = group.claims[0]!;
		for (const quote of group.quotes)
			cited.push({ quote, citation: claimCitation(index, claim), stance: claim.kind === 'relation' ? claim.stance : null });
	}
	return cited.slice(0, limit);
}
