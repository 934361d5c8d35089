/** Names for the editor's items, readable while they are still unfinished. */
import type { Relation } from '$lib/dataset/schema';
import type { Work } from '$lib/dataset/work';
import { RELATION_VERBS } from '$lib/model/vocabulary';
import type { ItemRef } from './operations';

function actorName(work: Work, id: string, missing: string): string {
	if (!id) return missing;
	return work.entities.find((entity) => entity.id === id)?.name.trim() || missing;
}

/** “Abdul Aziz funds Haqqani Network”; “(no source) funds (no target)” until the ends are chosen. */
export function describeRelation(work: Work, relation: Relation): string {
	const source = work.entities.find((entity) => entity.id === relation.source);
	const verb = RELATION_VERBS[relation.type][source?.plural ? 1 : 0];
	return `${actorName(work, relation.source, '(no source)')} ${verb} ${actorName(work, relation.target, '(no target)')}`;
}

/** The name an item goes by in buttons and messages. */
export function itemName(work: Work, item: ItemRef): string {
	if (item.kind === 'entity') return actorName(work, item.id, '(unnamed actor)');
	if (item.kind === 'place') return work.places.find((place) => place.id === item.id)?.name.trim() || '(unnamed place)';
	const relation = work.relations.find((candidate) => candidate.id === item.id);
	return relation ? `the link “${describeRelation(work, relation)}”` : item.id;
}
