import { describe, expect, it } from 'vitest';
import { BoxGrid, overlappingPairs, separateBoxes, type Placed } from '../../src/lib/graph/collision';
import { seededRandom, simulate } from '../../src/lib/graph/layout';
import { syntheticDataset } from '../../bench/synthetic';

/** `count` label-sized boxes scattered at the same density whatever their number. */
function crowd(count: number, seed = 7): (Placed & { id: string })[] {
	const random = seededRandom(seed);
	const side = Math.sqrt(count) * 110;
	return Array.from({ length: count }, (_, index) => {
		const half = 30 + random() * 40;
		return { id: `n${index}`, x: random() * side, y: random() * side, box: { left: -half, right: half, top: -15, bottom: 30 + random() * 20 } };
	});
}

describe('separateBoxes', () => {
	it('leaves no overlaps once repeated to rest', () => {
		const nodes = crowd(400);
		expect(overlappingPairs(nodes).length).toBeGreaterThan(50);
		let rounds = 0;
		while (separateBoxes(nodes, 1).worst > 0.01 && rounds < 500) rounds++;
		expect(overlappingPairs(nodes)).toEqual([]);
	});

	it('compares each box with a bounded number of neighbours, not with every other box', () => {
		const comparisons = [250, 1000, 4000].map((count) => separateBoxes(crowd(count), 1).comparisons);
		// Sixteen times the boxes: linear growth is ×16, the all-pairs comparison ×256.
		expect(comparisons[2]! / comparisons[0]!).toBeLessThan(24);
		expect(comparisons[2]! / 4000).toBeLessThan(20);
		expect(comparisons[2]!).toBeLessThan((4000 * 3999) / 2 / 100);
	});

	it('finds every overlapping pair the all-pairs comparison finds', () => {
		const nodes = crowd(300, 3);
		const grid = new BoxGrid(nodes);
		const found = new Set<string>();
		for (let i = 0; i < nodes.length; i++) {
			const count = grid.laterNeighbours(nodes, i);
			for (let k = 0; k < count; k++) found.add(`${i}:${grid.found[k]}`);
		}
		for (let i = 0; i < nodes.length; i++)
			for (let j = i + 1; j < nodes.length; j++) {
				const a = nodes[i]!;
				const b = nodes[j]!;
				const x = Math.min(a.x + a.box.right, b.x + b.box.right) - Math.max(a.x + a.box.left, b.x + b.box.left);
				const y = Math.min(a.y + a.box.bottom, b.y + b.box.bottom) - Math.max(a.y + a.box.top, b.y + b.box.top);
				if (x > 0 && y > 0) expect(found.has(`${i}:${j}`)).toBe(true);
			}
	});
});

describe('the layout’s stop rule', () => {
	it('ends the simulation once it has settled, before the tick budget, with no overlaps', () => {
		const { dataset } = syntheticDataset(60);
		const { layout, work } = simulate(dataset.entities, dataset.relations);
		expect(work.ticks).toBeLessThan(420);
		expect(overlappingPairs([...layout.values()])).toEqual([]);
	});

	it('stops well before the budget when there is little to settle', () => {
		const { work } = simulate([{ id: 'alone', name: 'Alone' }], []);
		expect(work.ticks).toBeLessThan(200);
		expect(work.separationRounds).toBe(1);
	});

	it('grows its work far slower than the square of the actors', () => {
		const [small, large] = [100, 400].map((count) => {
			const { dataset } = syntheticDataset(count);
			const { work } = simulate(dataset.entities, dataset.relations);
			return work.comparisons / (work.ticks + work.separationRounds) / count;
		});
		// Comparisons per round and actor: all-pairs would make them grow with the actors (×4 here).
		expect(large! / small!).toBeLessThan(2.5);
	});

	it('reports its progress, ending at 1', () => {
		const { dataset } = syntheticDataset(40);
		const progress: number[] = [];
		simulate(dataset.entities, dataset.relations, { onProgress: (done) => progress.push(done) });
		expect(progress.at(-1)).toBe(1);
		expect(progress).toEqual([...progress].sort((a, b) => a - b));
	});
});
