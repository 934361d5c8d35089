/** What the user has selected: any entity, relation or place, by id. */
export type SelectionKind = 'entity' | 'relation' | 'place';

export interface Selection {
	kind: SelectionKind;
	id: string;
}

export function sameSelection(a: Selection | null, b: Selection | null): boolean {
	return a === b || (a !== null && b !== null && a.kind === b.kind && a.id === b.id);
}
