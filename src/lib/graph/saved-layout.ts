/**
 * Settled positions as they are kept and shipped: in IndexedDB, in a dataset's
 * layout.json, and as the layout worker's answer. Only positions are kept; sizes and
 * labels follow from the dataset. A saved layout is used only if its key is the
 * graph's key, so an edited dataset is laid out again.
 */
import { layoutNodes, type LayoutNode } from './layout-nodes';
import { layoutKey, type LayoutInput } from './layout-key';

export interface SavedLayout {
	/** The layout key (see layout-key.ts): also the IndexedDB record's id. */
	id: string;
	/** Each actor's centre, by id. */
	positions: Record<string, [number, number]>;
}

/** Two finite numbers: anything else in a saved position (a string, NaN, a third number) refuses the layout. */
function isPosition(value: unknown): value is [number, number] {
	return Array.isArray(value) && value.length === 2 && Number.isFinite(value[0]) && Number.isFinite(value[1]);
}

export function saveLayout(key: string, layout: Map<string, LayoutNode>): SavedLayout {
	const positions: Record<string, [number, number]> = {};
	for (const [id, node] of layout) positions[id] = [node.x, node.y];
	return { id: key, positions };
}

/**
 * The layout for `input` from a saved one, or null if it belongs to another graph or is malformed.
 * Only the graph's own actors are read: each must have a position of its own (not one an object
 * inherits, like `constructor`), of two finite numbers.
 */
export function restoreLayout(saved: unknown, input: LayoutInput, key = layoutKey(input)): Map<string, LayoutNode> | null {
	if (typeof saved !== 'object' || saved === null) return null;
	const { id, positions } = saved as { id?: unknown; positions?: unknown };
	if (id !== key || typeof positions !== 'object' || positions === null || Array.isArray(positions)) return null;
	const layout = new Map<string, LayoutNode>();
	for (const node of layoutNodes(input.entities, input.relations)) {
		const position = Object.hasOwn(positions, node.id) ? (positions as Record<string, unknown>)[node.id] : undefined;
		if (!isPosition(position)) return null;
		layout.set(node.id, { ...node, x: position[0], y: position[1] });
	}
	return layout;
}
