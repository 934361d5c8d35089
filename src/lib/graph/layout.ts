/**
 * A seeded, settled force layout: d3-force runs to rest in one go, so the same
 * dataset gives the same picture on every load and every machine. Nodes carry
 * their label's box, and boxes are kept apart so no two labels overlap.
 */
import { forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
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

function labelBox(radius: number, lines: string[]): LayoutNode['box'] {
	const halfWidth = Math.max(radius, Math.max(...lines.map(estimateTextWidth)) / 2) + BOX_PADDING;
	return {
		left: -halfWidth,
		right: halfWidth,
		top: -radius - BOX_PADDING,
		bottom: radius + LABEL_GAP + lines.length * LABEL_LINE_HEIGHT + BOX_PADDING
	};
}

/** A small linear congruential generator: d3-force's jiggle and nothing else draws from it. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0 || 1;
	return () => {
		state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
		return state / 4294967296;
	};
}

type SimNode = LayoutNode & SimulationNodeDatum;

/** How far two boxes overlap on each axis; both positive means they collide. */
function overlap(a: SimNode, b: SimNode): { x: number; y: number } {
	const x = Math.min(a.x + a.box.right, b.x + b.box.right) - Math.max(a.x + a.box.left, b.x + b.box.left);
	const y = Math.min(a.y + a.box.bottom, b.y + b.box.bottom) - Math.max(a.y + a.box.top, b.y + b.box.top);
	return { x, y };
}

/** Pushes overlapping boxes apart along the axis where they overlap least. */
function separateBoxes(nodes: SimNode[], strength: number): number {
	let worst = 0;
	for (let i = 0; i < nodes.length; i++) {
		for (let j = i + 1; j < nodes.length; j++) {
			const a = nodes[i]!;
			const b = nodes[j]!;
			const { x, y } = overlap(a, b);
			if (x <= 0 || y <= 0) continue;
			worst = Math.max(worst, Math.min(x, y));
			// Deterministic tie-break when centres coincide: the later node moves right or down.
			if (x < y) {
				const shift = (x / 2) * strength * (b.x >= a.x ? 1 : -1);
				a.x -= shift;
				b.x += shift;
			} else {
				const shift = (y / 2) * strength * (b.y >= a.y ? 1 : -1);
				a.y -= shift;
				b.y += shift;
			}
		}
	}
	return worst;
}

export interface LayoutOptions {
	seed?: number;
	ticks?: number;
}

/**
 * The live graph, the presentation and every handout picture draw the same dataset:
 * they share one settled layout instead of each running the simulation again.
 */
const settled = new WeakMap<Entity[], WeakMap<Relation[], Map<string, LayoutNode>>>();

export function computeLayout(entities: Entity[], relations: Relation[], options: LayoutOptions = {}): Map<string, LayoutNode> {
	if (options.seed !== undefined || options.ticks !== undefined) return simulate(entities, relations, options);
	const byRelations = settled.get(entities) ?? new WeakMap<Relation[], Map<string, LayoutNode>>();
	settled.set(entities, byRelations);
	let layout = byRelations.get(relations);
	if (!layout) {
		layout = simulate(entities, relations, options);
		byRelations.set(relations, layout);
	}
	return layout;
}

function simulate(entities: Entity[], relations: Relation[], options: LayoutOptions): Map<string, LayoutNode> {
	const { seed = 20210104, ticks = 420 } = options;
	const degree = new Map(entities.map((entity) => [entity.id, 0]));
	for (const relation of relations) {
		degree.set(relation.source, (degree.get(relation.source) ?? 0) + 1);
		degree.set(relation.target, (degree.get(relation.target) ?? 0) + 1);
	}
	const nodes: SimNode[] = entities.map((entity) => {
		const radius = nodeRadius(degree.get(entity.id) ?? 0);
		const labelLines = wrapLabel(entity.name);
		return { id: entity.id, x: NaN, y: NaN, radius, labelLines, box: labelBox(radius, labelLines) };
	});
	// One spring per pair of actors, however many relations join them, so parallel relations do not pull harder.
	const pairs = new Map<string, { source: string; target: string }>();
	for (const relation of relations) {
		const key = [relation.source, relation.target].sort().join('\u0000');
		if (!pairs.has(key)) pairs.set(key, { source: relation.source, target: relation.target });
	}

	// Weak, invisible springs pull whoever asserts a relation towards the actors it speaks of,
	// so the document sits by its claims and the Taliban source by the denial.
	const asserterSprings = new Map<string, { source: string; target: string }>();
	for (const relation of relations) {
		if (relation.assertedBy === null) continue;
		for (const end of [relation.source, relation.target]) {
			if (end === relation.assertedBy) continue;
			const key = [relation.assertedBy, end].sort().join('\u0000');
			if (!pairs.has(key)) asserterSprings.set(key, { source: relation.assertedBy, target: end });
		}
	}

	const simulation = forceSimulation<SimNode>(nodes)
		.randomSource(seededRandom(seed))
		.force(
			'link',
			forceLink<SimNode, { source: string; target: string }>([...pairs.values()])
				.id((node) => node.id)
				.distance(150)
				.strength(0.5)
		)
		.force(
			'asserters',
			forceLink<SimNode, { source: string; target: string }>([...asserterSprings.values()])
				.id((node) => node.id)
				.distance(230)
				.strength(0.06)
		)
		.force('charge', forceManyBody<SimNode>().strength(-900).distanceMax(600))
		.force('x', forceX<SimNode>(LAYOUT_WIDTH / 2).strength(0.07))
		.force('y', forceY<SimNode>(LAYOUT_HEIGHT / 2).strength(0.1))
		.force('boxes', (alpha: number) => void separateBoxes(nodes, Math.min(1, 0.3 + alpha)))
		.alphaDecay(1 - Math.pow(0.001, 1 / ticks))
		.stop();
	simulation.tick(ticks);

	// Settle any overlap the forces left, without forces pulling back.
	for (let round = 0; round < 200 && separateBoxes(nodes, 1) > 0.01; round++);

	return new Map(
		nodes.map(({ id, x, y, radius, labelLines, box }) => [
			id,
			{ id, x: round2(x), y: round2(y), radius, labelLines, box }
		])
	);
}

function round2(value: number): number {
	return Math.round(value * 100) / 100;
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

/** Pairs of nodes whose boxes overlap: empty on a good layout. */
export function overlappingLabels(nodes: LayoutNode[]): [string, string][] {
	const pairs: [string, string][] = [];
	for (let i = 0; i < nodes.length; i++)
		for (let j = i + 1; j < nodes.length; j++) {
			const { x, y } = overlap(nodes[i] as SimNode, nodes[j] as SimNode);
			if (x > 0.5 && y > 0.5) pairs.push([nodes[i]!.id, nodes[j]!.id]);
		}
	return pairs;
}
