/**
 * The quotes behind a slide, ordered by how directly they support it and grouped
 * by what they are evidence for, so each relation's line is said once above its
 * quotes. A screen fits only a few, so the decisive ones come first:
 *
 * 1. For a selected relation, its own quotes. For an actor or a place, the quotes
 *    of each visible relation it takes part in (in the dataset's order), then the
 *    quotes that merely mention it.
 * 2. Within a group, the article's body before its headline: a headline names the
 *    story, the body says who claims what.
 * 3. A group whose only quotes are headlines comes after every group with a body quote.
 * 4. Each quote appears once, in the first group that shows it. A relation whose
 *    quotes were all shown already joins that group as another line, so no relation
 *    on the slide goes unsaid and no quote is repeated.
 */
import type { DatasetIndex } from '$lib/dataset/lookup';
import type { Dataset, Quote, Relation, Stance } from '$lib/dataset/schema';
import { asserterName, relationSentence, stancePhrase } from '$lib/model/describe';
import { quotesById, relationsAt, relationsOf } from '$lib/model/evidence';
import type { ModelQuote } from '$lib/model/types';
import type { Selection } from '$lib/view/selection';

/** What a group of quotes is evidence for. */
export type Claim =
	| {
			kind: 'relation';
			relation: Relation;
			stance: Stance;
			/** “Haqqani Network operates jointly with al-Qaeda”. */
			sentence: string;
			/** Whose claim it is: an actor's name, or “the article”. */
			asserter: string;
	  }
	/** Quotes that mention the selected actor or place itself. */
	| { kind: 'mention'; name: string };

export interface QuoteGroup {
	claims: Claim[];
	quotes: Quote[];
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** Where the article's headline ends in its text: the first line, when that line is the title; 0 when the text has no headline. */
export function headlineEnd(dataset: Pick<Dataset, 'articleText' | 'article'>): number {
	const firstLine = dataset.articleText.split('\n', 1)[0] ?? '';
	return normalise(firstLine) !== '' && normalise(firstLine) === normalise(dataset.article.title) ? firstLine.length : 0;
}

/**
 * Whether a quote is (inside) its article's headline. In a corpus each quote is a span of its
 * own article, so each is measured against that article's first line and title.
 */
function headlineTest(index: DatasetIndex): (quote: Quote) => boolean {
	const ends = new Map<string, number>();
	const endOf = (articleId: string | undefined): number => {
		const article = articleId === undefined ? undefined : index.article.get(articleId);
		if (!article) return headlineEnd(index.dataset);
		let end = ends.get(article.id);
		if (end === undefined) ends.set(article.id, (end = headlineEnd({ articleText: article.text, article: { ...index.dataset.article, title: article.title } })));
		return end;
	};
	return (quote) => quote.end <= endOf((quote as Partial<ModelQuote>).article);
}

/** Body quotes in reading order, then headline quotes. */
function bodyFirst(quotes: Quote[], isHeadline: (quote: Quote) => boolean): Quote[] {
	return [...quotes.filter((quote) => !isHeadline(quote)), ...quotes.filter(isHeadline)];
}

function relationClaim(index: DatasetIndex, relation: Relation): Claim {
	return {
		kind: 'relation',
		relation,
		stance: relation.stance,
		sentence: relationSentence(index, relation),
		asserter: asserterName(index, relation)
	};
}

export function slideQuoteGroups(index: DatasetIndex, selection: Selection | null, visibleRelationIds: ReadonlySet<string>): QuoteGroup[] {
	if (!selection) return [];
	const candidates: QuoteGroup[] = [];
	const addRelations = (relations: Relation[]) => {
		for (const relation of relations)
			if (visibleRelationIds.has(relation.id))
				candidates.push({ claims: [relationClaim(index, relation)], quotes: quotesById(index, relation.evidence) });
	};
	if (selection.kind === 'relation') {
		const relation = index.relation.get(selection.id);
		if (relation) candidates.push({ claims: [relationClaim(index, relation)], quotes: quotesById(index, relation.evidence) });
	} else if (selection.kind === 'entity') {
		const entity = index.entity.get(selection.id);
		if (entity) {
			addRelations(relationsOf(index, entity.id));
			candidates.push({ claims: [{ kind: 'mention', name: entity.name }], quotes: quotesById(index, entity.evidence) });
		}
	} else {
		const place = index.place.get(selection.id);
		if (place) {
			addRelations(relationsAt(index, place.id));
			candidates.push({ claims: [{ kind: 'mention', name: place.name }], quotes: quotesById(index, place.evidence) });
		}
	}

	const isHeadline = headlineTest(index);
	const ordered = candidates.map((group) => ({ ...group, quotes: bodyFirst(group.quotes, isHeadline) }));
	const hasBody = (group: QuoteGroup) => group.quotes.some((quote) => !isHeadline(quote));
	const ranked = [...ordered.filter(hasBody), ...ordered.filter((group) => !hasBody(group))];

	const groups: QuoteGroup[] = [];
	const shownIn = new Map<string, QuoteGroup>();
	for (const candidate of ranked) {
		const fresh = candidate.quotes.filter((quote) => !shownIn.has(quote.id));
		if (fresh.length > 0) {
			const group = { claims: candidate.claims, quotes: fresh };
			for (const quote of fresh) shownIn.set(quote.id, group);
			groups.push(group);
			continue;
		}
		const earlier = candidate.quotes[0] && shownIn.get(candidate.quotes[0].id);
		if (earlier && candidate.claims[0]?.kind === 'relation') earlier.claims = [...earlier.claims, ...candidate.claims];
	}
	return groups;
}

/** One line for a claim, as a citation under a quote: “al-Qaeda funds Taliban, asserted by US Treasury document”. */
export function claimCitation(index: DatasetIndex, claim: Claim): string {
	return claim.kind === 'relation' ? `${claim.sentence}, ${stancePhrase(index, claim.relation)}` : `About ${claim.name}, in the article`;
}

/** How many of a list fit: the items whose bottom edge (from the list's top) is within `available`, counted from the first. */
export function countThatFit(bottoms: readonly number[], available: number): number {
	let count = 0;
	while (count < bottoms.length && bottoms[count]! <= available) count++;
	return count;
}
