/** What the user has selected: any entity, relation or place, by id (the model's item reference). */
import type { Selection, SelectionKind } from '$lib/model/types';

export type { Selection, SelectionKind };

/** Whether two selections name the same item (or are both empty). */
export function sameSelection(a: Selection | null, b: Selection | null): boolean {
	return a === b || (a !== null && b !== null && a.kind === b.kind && a.id === b.id);
}

/**
 * A selection as one string, `kind:id`: a derived value keyed by it is recomputed only when
 * the item changes, not when an equal selection is made again.
 */
export function selectionKey(selection: Selection | null): string | null {
	return selection ? `${selection.kind}:${selection.id}` : null;
}

/** The selection a key names (ids may hold colons; kinds never do). */
export function selectionFromKey(key: string | null): Selection | null {
	if (key === null) return null;
	const colon = key.indexOf(':');
	return { kind: key.slice(0, colon) as SelectionKind, id: key.slice(colon + 1) };
}
