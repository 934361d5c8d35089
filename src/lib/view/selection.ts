/** What the user has selected: any entity, relation or place, by id. */
export type SelectionKind = 'entity' | 'relation' | 'place';

export interface Selection {
	kind: SelectionKind;
	id: string;
}
