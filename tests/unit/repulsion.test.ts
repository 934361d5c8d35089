import { describe, expect, it } from 'vitest';
import { forceManyBody, forceSimulation, type SimulationNodeDatum } from 'd3-force';
import { forceRepelWithin } from '../../src/lib/graph/repulsion';
import { LARGE_LAYOUT, overlappingLabels, seededRandom, simulate } from '../../src/lib/graph/layout';
import { syntheticDataset } from '../../bench/synthetic';

/** `count` actors scattered at the same density whatever their number. */
function scatter(count: number, seed = 5): SimulationNodeDatum[] {
	const random = seededRandom(seed);
	const side = Math.sqrt(count) * 120;
	return Array.from({ length: count }, () => ({ x: random() * side, y: random() * side, vx: 0, vy: 0 }));
}

/** One tick of `force` alone on a copy of `nodes`: the velocities it gave. */
function velocities(nodes: SimulationNodeDatum[], force: Parameters<ReturnType<typeof forceSimulation>['force']>[1]): number[] {
	const copy = nodes.map((node) => ({ ...node }));
	const simulation = forceSimulation(copy).randomSource(seededRandom(1)).velocityDecay(0).force('charge', force).stop();
	simulation.alpha(0.5);
	simulation.force('charge')!(0.5);
	return copy.flatMap((node) => [node.vx!, node.vy!]);
}

describe('forceRepelWithin', () => {
	it('pushes exactly as d3’s many-body force does when that one approximates nothing', () => {
		const nodes = scatter(300);
		const ours = velocities(nodes, forceRepelWithin(-900, 250));
		const d3 = velocities(nodes, forceManyBody().strength(-900).distanceMax(250).theta(0));
		expect(ours.some((value) => Math.abs(value) > 1)).toBe(true);
		ours.forEach((value, index) => expect(value).toBeCloseTo(d3[index]!, 9));
	});

	it('finds pairs in proportion to the actors at a given density, not to their square', () => {
		const pairs = [500, 4000].map((count) => {
			const force = forceRepelWithin(-900, 250);
			forceSimulation(scatter(count)).force('charge', force).stop();
			force(0.5);
			return force.pairsWithin();
		});
		// Eight times the actors: linear growth is about ×8, all pairs ×64.
		expect(pairs[1]! / pairs[0]!).toBeLessThan(10);
	});
});

describe('the large-graph layout', () => {
	it('is deterministic, leaves no overlaps, and its work grows far slower than the square of the actors', () => {
		const [small, large] = [LARGE_LAYOUT + 50, 4 * (LARGE_LAYOUT + 50)].map((count) => {
			const { dataset } = syntheticDataset(count);
			const first = simulate(dataset.entities, dataset.relations);
			return { count, dataset, ...first };
		});
		for (const { layout } of [small!, large!]) expect(overlappingLabels([...layout.values()])).toEqual([]);
		const again = simulate(small!.dataset.entities, small!.dataset.relations);
		expect([...again.layout.values()]).toEqual([...small!.layout.values()]);
		// Pairs per actor and tick: all pairs would grow ×4 with four times the actors. The springs
		// of a larger graph pack its middle a little tighter, so it grows somewhat (×2.2 measured).
		const perActor = ({ count, work }: typeof small & {}) => work.repulsionPairs / work.ticks / count;
		expect(perActor(large!) / perActor(small!)).toBeLessThan(3);
		expect(large!.work.repulsionPairs / large!.work.ticks).toBeLessThan((large!.count * (large!.count - 1)) / 2 / 20);
	});
});
