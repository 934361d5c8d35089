/** What the user has selected: any entity, relation or place, by id (the model's item reference). */
export type { Selection, SelectionKind } from '$lib/model/types';
