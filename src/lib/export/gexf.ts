/**
 * GEXF 1.3, the format Gephi and Gephi Lite open: written by graphology-gexf
 * (well kept, the format's own conventions for attributes and the viz module), with
 * positions, sizes, colours and shapes in `viz:` so the graph opens as drawn.
 */
import writeGexf from 'graphology-gexf/common/writer.js';
import type { EdgeAttributes, NodeAttributes, ViewGraph } from './network';
import { xmlSafe } from './xml';

/** GEXF's node shapes closest to the app's. */
const GEXF_SHAPES: Record<string, string> = { square: 'square', triangle: 'triangle', diamond: 'diamond' };
/** Dashes by stance, as the app draws them. */
const GEXF_LINES: Record<string, string> = { proposed: 'dotted', claimed: 'dashed', denied: 'dashed' };

/**
 * The writer escapes markup but not the characters XML forbids, so every string is
 * cleaned first; DEL and the C1 controls go too, since the writer cannot write them
 * as references and some readers turn them into line breaks.
 */
function cleaned<T extends object>(record: T): T {
	const clean = (text: string) => xmlSafe(text).replace(/[\u007f-\u009f]/g, '');
	return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, typeof value === 'string' ? clean(value) : value])) as T;
}

export function toGexf(graph: ViewGraph): string {
	const written = graph.copy();
	written.replaceAttributes(cleaned(graph.getAttributes()));
	return writeGexf<NodeAttributes, EdgeAttributes>(written, {
		version: '1.3',
		formatNode: (_key, node) => {
			const { label, x, y, colour, shape, relations, ...rest }: NodeAttributes = cleaned(node);
			return {
				label,
				attributes: { ...rest, relations },
				viz: {
					color: colour,
					size: 6 + 3 * Math.sqrt(relations),
					shape: GEXF_SHAPES[shape] ?? 'disc',
					// Gephi's y axis points up; the app's points down.
					...(x !== null && y !== null ? { x, y: -y } : {})
				}
			};
		},
		formatEdge: (_key, edge) => {
			const { label, colour, width, ...rest }: EdgeAttributes = cleaned(edge);
			return { label, kind: rest.relation_type, attributes: rest, viz: { color: colour, thickness: width, shape: GEXF_LINES[rest.stance] ?? 'solid' } };
		}
	});
}
