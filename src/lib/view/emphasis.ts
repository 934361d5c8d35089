/**
 * What to bring forward when something is hovered, focused or selected: the item,
 * its links and its neighbours. Everything else is dimmed. The graph and the map share it.
 */
import type { DatasetIndex } from '$lib/dataset/lookup';
import { entitiesAt, placesOfEntity, relationsAt, relationsOf } from '$lib/model/evidence';
import type { Selection } from './selection';

export interface Emphasis {
	entities: Set<string>;
	relations: Set<string>;
	places: Set<string>;
}

export function emphasisFor(index: DatasetIndex, target: Selection | null): Emphasis | null {
	if (!target) return null;
	switch (target.kind) {
		case 'entity': {
			if (!index.entity.has(target.id)) return null;
			const relations = relationsOf(index, target.id);
			const entities = new Set([target.id]);
			for (const relation of relations) entities.add(relation.source).add(relation.target);
			return {
				entities,
				relations: new Set(relations.map((relation) => relation.id)),
				places: new Set(placesOfEntity(index, target.id).map((place) => place.id))
			};
		}
		case 'relation': {
			const relation = index.relation.get(target.id);
			if (!relation) return null;
			return {
				entities: new Set([relation.source, relation.target]),
				relations: new Set([relation.id]),
				places: new Set(relation.places)
			};
		}
		case 'place': {
			if (!index.place.has(target.id)) return null;
			return {
				entities: new Set(entitiesAt(index, target.id).map((entity) => entity.id)),
				relations: new Set(relationsAt(index, target.id).map((relation) => relation.id)),
				places: new Set([target.id])
			};
		}
	}
}
