/**
 * Settled positions as they are kept and shipped: in IndexedDB, in a dataset's
 * layout.json, and as the layout worker's answer. Only positions are kept; sizes and
 * labels follow from the dataset. A saved layout is used only if its key is the
 * graph's key, so an edited dataset is laid out again.
 */
import * as v from 'valibot';
import { layoutNodes, type LayoutNode } from './layout-nodes';
import { layoutKey, type LayoutInput } from './layout-key';

const Finite = v.pipe(v.number(), v.finite());
export const SavedLayoutSchema = v.object({
	/** The layout key (see layout-key.ts): also the IndexedDB record's id. */
	id: v.string(),
	positions: v.record(v.string(), v.tuple([Finite, Finite]))
});
export type SavedLayout = v.InferOutput<typeof SavedLayoutSchema>;

export function saveLayout(key: string, layout: Map<string, LayoutNode>): SavedLayout {
	const positions: Record<string, [number, number]> = {};
	for (const [id, node] of layout) positions[id] = [node.x, node.y];
	return { id: key, positions };
}

/** The layout for `input` from a saved one, or null if it belongs to another graph or is malformed. */
export function restoreLayout(saved: unknown, input: LayoutInput, key = layoutKey(input)): Map<string, LayoutNode> | null {
	const parsed = v.safeParse(SavedLayoutSchema, saved);
	if (!parsed.success || parsed.output.id !== key) return null;
	const layout = new Map<string, LayoutNode>();
	for (const node of layoutNodes(input.entities, input.relations)) {
		const position = parsed.output.positions[node.id];
		if (!position) return null;
		layout.set(node.id, { ...node, x: position[0], y: position[1] });
	}
	return layout;
}
