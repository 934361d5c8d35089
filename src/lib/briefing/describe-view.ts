/** A one-line summary of a view, for slide lists and picture captions: “Haqqani Network · funding only · 2020”. */
import type { DatasetIndex } from '$lib/dataset/lookup';
import { RELATION_TYPES, STANCES } from '$lib/dataset/schema-values';
import { relationSentence } from '$lib/model/describe';
import { STANCE_LABELS } from '$lib/model/vocabulary';
import { ARTICLE_VOICE } from '$lib/view/filters';
import { monthLabel } from '$lib/view/timeline';
import { decodeView } from '$lib/view/url-state';

export function describeView(index: DatasetIndex, encoded: string): string {
	const { view } = decodeView(encoded, index.dataset);
	const parts: string[] = [];
	const { selection, filters } = view;
	if (selection?.kind === 'entity') parts.push(index.entity.get(selection.id)?.name ?? selection.id);
	if (selection?.kind === 'place') parts.push(index.place.get(selection.id)?.name ?? selection.id);
	if (selection?.kind === 'relation') {
		const relation = index.relation.get(selection.id);
		parts.push(relation ? relationSentence(index, relation) : selection.id);
	}
	if (filters.types.size < RELATION_TYPES.length)
		parts.push(filters.types.size === 0 ? 'no types' : `${[...filters.types].join(', ')} only`);
	if (filters.stances.size < STANCES.length)
		parts.push(`${[...filters.stances].map((stance) => STANCE_LABELS[stance]).join(', ') || 'no stance'} only`);
	if (filters.asserters)
		parts.push(
			`said by ${[...filters.asserters].map((key) => (key === ARTICLE_VOICE ? 'the article' : (index.entity.get(key)?.name ?? key))).join(', ') || 'no one'}`
		);
	if (filters.window) parts.push(`${monthLabel(filters.window.from)} – ${monthLabel(filters.window.to)}`);
	if (!filters.showUndated) parts.push('dated only');
	if (filters.articles) parts.push(`${filters.articles.size} of ${index.articles.length} articles`);
	if (filters.publishers) parts.push(`from ${[...filters.publishers].join(', ') || 'no publisher'}`);
	if (filters.minSupport > 1) parts.push(`${filters.minSupport}+ ${filters.supportBy}`);
	if (filters.contestedOnly) parts.push('contested only');
	if (filters.focus) parts.push(`around ${index.entity.get(filters.focus.entityId)?.name ?? filters.focus.entityId}`);
	if (view.mode === 'table') parts.push('table');
	return parts.length > 0 ? parts.join(' · ') : 'The whole picture';
}
