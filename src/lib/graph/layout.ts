/**
 * A seeded, settled force layout: d3-force runs to rest in one go, so the same
 * dataset gives the same picture on every load and every machine. Nodes carry
 * their label's box, and boxes are kept apart so no two labels overlap.
 */
import { forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import type { Entity, Relation } from '$lib/dataset/schema';
import { BoxGrid, overlappingPairs, separateBoxes } from './collision';
import { DEFAULT_SEED } from './layout-key';
import { forceRepelWithin } from './repulsion';
import { LAYOUT_HEIGHT, LAYOUT_WIDTH, layoutBounds, layoutNodes, type LayoutNode } from './layout-nodes';

export {
	estimateTextWidth,
	LABEL_FONT_SIZE,
	LABEL_LINE_HEIGHT,
	LAYOUT_HEIGHT,
	LAYOUT_WIDTH,
	layoutBounds,
	layoutNodes,
	nodeRadius,
	wrapLabel,
	type LayoutNode
} from './layout-nodes';

/** A small linear congruential generator: d3-force's jiggle and nothing else draws from it. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0 || 1;
	return () => {
		state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
		return state / 4294967296;
	};
}

type SimNode = LayoutNode & SimulationNodeDatum;

export interface LayoutOptions {
	seed?: number;
	/** The most ticks the simulation runs; its cooling is scheduled over this many. */
	ticks?: number;
	/** Told the share of the work done, now and then, for a progress bar. */
	onProgress?: (done: number) => void;
}

/** What a layout run did, for tests that check how the work grows without timing it. */
export interface LayoutWork {
	ticks: number;
	separationRounds: number;
	/** Pairs of label boxes tested for overlap. */
	comparisons: number;
	/** Pairs of actors found within reach of the large-graph repulsion (0 on the small-graph path). */
	repulsionPairs: number;
}

/**
 * The layout has settled when actors move less than this on average (layout units,
 * well under a pixel at the fitted scale) in a tick, for SETTLED_TICKS ticks running.
 */
export const SETTLED_MOVE = 0.05;
const SETTLED_TICKS = 5;
/**
 * Below this heat the forces no longer change the picture; what still moves is crowded
 * boxes jostling, which the separation rounds finish more cheaply.
 */
const COOLED = 0.02;
/** Rounds of separation without forces after the simulation: enough to clear what it left. */
const MAX_SEPARATION_ROUNDS = 1000;
/** Every so many rounds that leave overlaps, the layout is spread about its centre by this factor. */
const SPREAD_EVERY = 25;
const SPREAD_FACTOR = 1.04;
const SEPARATED = 0.01;

/**
 * Above this many actors the layout takes the large-graph path. Measured in Node on the
 * benchmark's synthetic graphs: the small-graph path takes about 0.5 s at 300 actors,
 * 2 s at 1,000 and 21 s at 5,000, nearly all in the Barnes–Hut charge and in box
 * separation inside a crowded ball; the large path takes about 0.15 s, 0.3 s and 2 s.
 * Every built-in dataset is far below it, so their pictures are as they were.
 */
export const LARGE_LAYOUT = 200;
/**
 * The large path: repulsion only between actors within reach (a grid, exact), no box
 * separation while the forces work (in a crowd it costs more than all the forces and
 * the springs undo it), a shorter cooling schedule, then the crowd is spread about its
 * centre to this share of the area covered by boxes, and separated with small spreads.
 */
const LARGE = {
	ticks: 150,
	charge: -3000,
	reach: 150,
	fill: 0.3,
	spreadEvery: 5,
	spreadFactor: 1.02
};

/**
 * The live graph, the presentation and every handout picture draw the same dataset:
 * they share one settled layout instead of each running the simulation again.
 */
const settled = new WeakMap<Entity[], WeakMap<Relation[], Map<string, LayoutNode>>>();

export function computeLayout(entities: Entity[], relations: Relation[], options: LayoutOptions = {}): Map<string, LayoutNode> {
	if (options.seed !== undefined || options.ticks !== undefined) return simulate(entities, relations, options).layout;
	const byRelations = settled.get(entities) ?? new WeakMap<Relation[], Map<string, LayoutNode>>();
	settled.set(entities, byRelations);
	let layout = byRelations.get(relations);
	if (!layout) {
		layout = simulate(entities, relations, options).layout;
		byRelations.set(relations, layout);
	}
	return layout;
}

export function simulate(
	entities: readonly Pick<Entity, 'id' | 'name'>[],
	relations: readonly Pick<Relation, 'source' | 'target' | 'assertedBy'>[],
	options: LayoutOptions = {}
): { layout: Map<string, LayoutNode>; work: LayoutWork } {
	const large = entities.length > LARGE_LAYOUT;
	const { seed = DEFAULT_SEED, ticks = large ? LARGE.ticks : 420, onProgress } = options;
	const nodes: SimNode[] = layoutNodes(entities, relations);
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

	const grid = new BoxGrid(nodes);
	const work: LayoutWork = { ticks: 0, separationRounds: 0, comparisons: 0, repulsionPairs: 0 };
	const repulsion = large ? forceRepelWithin(LARGE.charge, LARGE.reach) : null;
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
		.force('charge', repulsion ?? forceManyBody<SimNode>().strength(-900).distanceMax(600))
		.force('x', forceX<SimNode>(LAYOUT_WIDTH / 2).strength(0.07))
		.force('y', forceY<SimNode>(LAYOUT_HEIGHT / 2).strength(0.1))
		.force(
			'boxes',
			large
				? null
				: (alpha: number) => {
						work.comparisons += separateBoxes(nodes, Math.min(1, 0.3 + alpha), grid).comparisons;
					}
		)
		.alphaDecay(1 - Math.pow(0.001, 1 / ticks))
		.stop();

	// Stop rule: the scheduled cooling, or earlier once nothing moves any more.
	const before = new Float64Array(nodes.length * 2);
	let still = 0;
	while (work.ticks < ticks && still < SETTLED_TICKS && simulation.alpha() > COOLED) {
		nodes.forEach((node, index) => {
			before[2 * index] = node.x;
			before[2 * index + 1] = node.y;
		});
		simulation.tick();
		work.ticks++;
		let moved = 0;
		nodes.forEach((node, index) => {
			moved += Math.hypot(node.x - before[2 * index]!, node.y - before[2 * index + 1]!);
		});
		moved /= nodes.length;
		still = moved < SETTLED_MOVE ? still + 1 : 0;
		// Cooling runs from alpha 1 down to COOLED: its logarithm tells how far along it is.
		if (onProgress && work.ticks % 10 === 0) onProgress(0.9 * Math.min(1, Math.log(simulation.alpha()) / Math.log(COOLED)));
	}

	work.repulsionPairs = repulsion?.pairsWithin() ?? 0;
	if (large) spreadToFill(nodes, LARGE.fill);

	// Settle any overlap the forces left, without forces pulling back. Where they packed
	// actors too tightly for that to converge, give the crowd a little more room.
	const [spreadEvery, spreadFactor] = large ? [LARGE.spreadEvery, LARGE.spreadFactor] : [SPREAD_EVERY, SPREAD_FACTOR];
	while (work.separationRounds < MAX_SEPARATION_ROUNDS) {
		const pass = separateBoxes(nodes, 1, grid);
		work.separationRounds++;
		work.comparisons += pass.comparisons;
		if (pass.worst <= SEPARATED) break;
		if (work.separationRounds % spreadEvery === 0) spread(nodes, spreadFactor);
	}
	onProgress?.(1);

	const layout = new Map(
		nodes.map(({ id, x, y, radius, labelLines, box }) => [id, { id, x: round2(x), y: round2(y), radius, labelLines, box }])
	);
	return { layout, work };
}

/** Moves every node away from the nodes' centre by `factor`: more room, the same picture. */
function spread(nodes: SimNode[], factor: number): void {
	let cx = 0;
	let cy = 0;
	for (const node of nodes) {
		cx += node.x;
		cy += node.y;
	}
	cx /= nodes.length;
	cy /= nodes.length;
	for (const node of nodes) {
		node.x = cx + (node.x - cx) * factor;
		node.y = cy + (node.y - cy) * factor;
	}
}

/** Spreads the nodes about their centre until their boxes cover at most `fill` of the area they span. */
function spreadToFill(nodes: SimNode[], fill: number): void {
	let boxes = 0;
	for (const { box } of nodes) boxes += (box.right - box.left) * (box.bottom - box.top);
	const bounds = layoutBounds(nodes, 0);
	const factor = Math.sqrt(boxes / fill / (bounds.width * bounds.height));
	if (factor > 1) spread(nodes, factor);
}

function round2(value: number): number {
	return Math.round(value * 100) / 100;
}

/** Pairs of nodes whose boxes overlap: empty on a good layout. */
export function overlappingLabels(nodes: LayoutNode[]): [string, string][] {
	return overlappingPairs(nodes);
}
