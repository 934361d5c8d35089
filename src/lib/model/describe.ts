/** Sentences about relations and stances, shared by accessible names, the panel, the table and exports. */
import { must, type DatasetIndex } from '$lib/dataset/lookup';
import type { Relation } from '$lib/dataset/schema';
import { isClaim, supportPhrase } from '$lib/model/claims';
import { RELATION_VERBS, STANCE_LABELS } from '$lib/model/vocabulary';
import { monthName } from '$lib/model/english';

/** Who says so: an entity's name, or the article itself. */
export function asserterName(index: DatasetIndex, relation: Relation): string {
	return relation.assertedBy === null
		? 'the article'
		: must(index.entity.get(relation.assertedBy), `entity ${relation.assertedBy}`).name;
}

/** “asserted by the US Treasury document”, “denied by the Taliban source”. */
export function stancePhrase(index: DatasetIndex, relation: Relation): string {
	return `${STANCE_LABELS[relation.stance]} by ${asserterName(index, relation)}`;
}

/** “al-Qaeda funds Taliban”. */
export function relationSentence(index: DatasetIndex, relation: Relation): string {
	const source = must(index.entity.get(relation.source), `entity ${relation.source}`);
	const target = must(index.entity.get(relation.target), `entity ${relation.target}`).name;
	return `${source.name} ${RELATION_VERBS[relation.type][source.plural ? 1 : 0]} ${target}`;
}

/** A date as the text gives it: `2008`, `May 2020`, `29 February 2020`. */
export function formatPartialDate(date: string): string {
	const [year, month, day] = date.split('-');
	if (!month) return year!;
	const name = monthName(Number(month));
	return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

/** The accessible name of a relation: “al-Qaeda funds Taliban, asserted by US Treasury document, 4 January 2021”. */
export function relationLabel(index: DatasetIndex, relation: Relation): string {
	const date = relation.date ? `, ${formatPartialDate(relation.date)}` : '';
	if (index.kind === 'corpus' && isClaim(relation) && relation.sources.length > 1)
		return `${relationSentence(index, relation)}, ${relation.contested ? 'contested, ' : ''}held up by ${supportPhrase(relation)}${date}`;
	const single = index.kind === 'corpus' ? ', single source' : '';
	return `${relationSentence(index, relation)}, ${stancePhrase(index, relation)}${date}${single}`;
}
