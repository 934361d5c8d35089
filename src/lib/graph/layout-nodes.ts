/**
 * What every view of a graph needs of its layout, without the simulation: the layout's
 * space, each actor's size and wrapped label, and the area they cover. The simulation
 * (layout.ts, with d3-force) is loaded only when a graph has to be laid out in the page.
 */
import type { Entity, Relation } from '$lib/dataset/schema';

/** The abstract space the layout lives in; the view scales it to fit. */
export const LAYOUT_WIDTH = 1000;
export const LAYOUT_HEIGHT = 720;

export const LABEL_FONT_SIZE = 13;
export const LABEL_LINE_HEIGHT = 15;
/** Average advance of a label character at LABEL_FONT_SIZE in common sans fonts, generously rounded up. */
const LABEL_CHAR_WIDTH = 7.2;
const LABEL_GAP = 5;
const LABEL_MAX_CHARS = 18;
const BOX_PADDING = 6;

export interface LayoutNode {
	id: string;
	x: number;
	y: number;
	radius: number;
	/** The name, wrapped to at most two lines, drawn below the node. */
	labelLines: string[];
	/** The node and its label together, relative to the node's centre. */
	box: { left: number; right: number; top: number; bottom: number };
}

/** Wraps a name into lines of about LABEL_MAX_CHARS, breaking at spaces; never more than two lines. */
export function wrapLabel(name: string, maxChars = LABEL_MAX_CHARS): string[] {
	if (name.length <= maxChars) return [name];
	const words = name.split(' ');
	let best: string[] = [name];
	let bestWidth = Infinity;
	// Try every break point and keep the most balanced two lines.
	for (let cut = 1; cut < words.length; cut++) {
		const lines = [words.slice(0, cut).join(' '), words.slice(cut).join(' ')];
		const width = Math.max(...lines.map((line) => line.length));
		if (width < bestWidth) {
			best = lines;
			bestWidth = width;
		}
	}
	return best;
}

export function estimateTextWidth(text: string): number {
	return text.length * LABEL_CHAR_WIDTH;
}

export function nodeRadius(degree: number): number {
	return Math.min(22, 9 + 3 * Math.sqrt(degree));
}

export function labelBox(radius: number, lines: string[]): LayoutNode['box'] {
	const halfWidth = Math.max(radius, Math.max(...lines.map(estimateTextWidth)) / 2) + BOX_PADDING;
	return {
		left: -halfWidth,
		right: halfWidth,
		top: -radius - BOX_PADDING,
		bottom: radius + LABEL_GAP + lines.length * LABEL_LINE_HEIGHT + BOX_PADDING
	};
}

/** The nodes with their sizes and labels, before any position is known. */
export function layoutNodes(entities: readonly Pick<Entity, 'id' | 'name'>[], relations: readonly Pick<Relation, 'source' | 'target'>[]): LayoutNode[] {
	const degree = new Map(entities.map((entity) => [entity.id, 0]));
	for (const relation of relations) {
		degree.set(relation.source, (degree.get(relation.source) ?? 0) + 1);
		degree.set(relation.target, (degree.get(relation.target) ?? 0) + 1);
	}
	return entities.map((entity) => {
		const radius = nodeRadius(degree.get(entity.id) ?? 0);
		const labelLines = wrapLabel(entity.name);
		return { id: entity.id, x: NaN, y: NaN, radius, labelLines, box: labelBox(radius, labelLines) };
	});
}

/** The area the nodes and their labels cover, for fitting the view. */
export function layoutBounds(nodes: Iterable<LayoutNode>, margin = 10): { x: number; y: number; width: number; height: number } {
	let minX = Infinity;
	let minY = Infinity;
	let maxX = -Infinity;
	let maxY = -Infinity;
	for (const node of nodes) {
		minX = Math.min(minX, node.x + node.box.left);
		maxX = Math.max(maxX, node.x + node.box.right);
		minY = Math.min(minY, node.y + node.box.top);
		maxY = Math.max(maxY, node.y + node.box.bottom);
	}
	if (!Number.isFinite(minX)) return { x: 0, y: 0, width: LAYOUT_WIDTH, height: LAYOUT_HEIGHT };
	return { x: minX - margin, y: minY - margin, width: maxX - minX + 2 * margin, height: maxY - minY + 2 * margin };
}
