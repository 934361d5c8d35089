/**
 * Many-body repulsion for large graphs, exact within a cut-off distance: the same
 * force as d3's forceManyBody with distanceMax (strength ÷ distance, pairs farther
 * than the cut-off ignored), found through a grid of cut-off-sized cells instead of
 * a Barnes–Hut tree. Once a large graph has spread out, each actor has a few dozen
 * others within reach, so a tick costs time in proportion to the actors; the tree
 * visited hundreds of cells per actor to skip the same far ones.
 */
import type { SimulationNodeDatum } from 'd3-force';

export interface RepulsionForce {
	(alpha: number): void;
	initialize(nodes: SimulationNodeDatum[], random: () => number): void;
	/** Pairs within the cut-off found so far, for tests that count work without timing it. */
	pairsWithin(): number;
}

/**
 * `strength` is negative to push apart, as in d3; `cutoff` is the distance past which
 * two actors ignore each other.
 */
export function forceRepelWithin(strength: number, cutoff: number): RepulsionForce {
	let nodes: SimulationNodeDatum[] = [];
	let random: () => number = () => 0.5;
	let order = new Int32Array(0);
	let cellOf = new Int32Array(0);
	let cellStart = new Int32Array(0);
	let pairs = 0;
	const cutoff2 = cutoff * cutoff;

	function force(alpha: number) {
		const count = nodes.length;
		if (count < 2) return;
		let minX = Infinity;
		let minY = Infinity;
		let maxX = -Infinity;
		let maxY = -Infinity;
		for (const node of nodes) {
			minX = Math.min(minX, node.x!);
			minY = Math.min(minY, node.y!);
			maxX = Math.max(maxX, node.x!);
			maxY = Math.max(maxY, node.y!);
		}
		// Cells at least the cut-off wide, and never more of them than a few per actor.
		let size = cutoff;
		while (((maxX - minX) / size + 1) * ((maxY - minY) / size + 1) > 4 * count) size *= 2;
		const columns = Math.floor((maxX - minX) / size) + 1;
		const rows = Math.floor((maxY - minY) / size) + 1;
		const cells = columns * rows;
		if (cellStart.length < cells + 1) cellStart = new Int32Array(cells + 1);
		else cellStart.fill(0, 0, cells + 1);
		// Counting sort of the actors by cell: `order` lists them cell by cell.
		for (let index = 0; index < count; index++) {
			const node = nodes[index]!;
			const cell = Math.floor((node.y! - minY) / size) * columns + Math.floor((node.x! - minX) / size);
			cellOf[index] = cell;
			cellStart[cell + 1] = cellStart[cell + 1]! + 1;
		}
		for (let cell = 0; cell < cells; cell++) cellStart[cell + 1] = cellStart[cell + 1]! + cellStart[cell]!;
		const filled = cellStart.slice(0, cells);
		for (let index = 0; index < count; index++) {
			const cell = cellOf[index]!;
			order[filled[cell]!] = index;
			filled[cell] = filled[cell]! + 1;
		}

		for (let index = 0; index < count; index++) {
			const node = nodes[index]!;
			const cell = cellOf[index]!;
			const column = cell % columns;
			const row = (cell - column) / columns;
			for (let r = Math.max(0, row - 1); r <= Math.min(rows - 1, row + 1); r++)
				for (let c = Math.max(0, column - 1); c <= Math.min(columns - 1, column + 1); c++) {
					const other = r * columns + c;
					for (let at = cellStart[other]!; at < cellStart[other + 1]!; at++) {
						const j = order[at]!;
						// Each pair once, from its lower index; the push is equal and opposite.
						if (j <= index) continue;
						const peer = nodes[j]!;
						let x = peer.x! - node.x!;
						let y = peer.y! - node.y!;
						let l = x * x + y * y;
						if (l >= cutoff2) continue;
						pairs++;
						if (x === 0) {
							x = (random() - 0.5) * 1e-6;
							l += x * x;
						}
						if (y === 0) {
							y = (random() - 0.5) * 1e-6;
							l += y * y;
						}
						if (l < 1) l = Math.sqrt(l);
						const w = (strength * alpha) / l;
						node.vx! += x * w;
						node.vy! += y * w;
						peer.vx! -= x * w;
						peer.vy! -= y * w;
					}
				}
		}
	}

	force.initialize = (initial: SimulationNodeDatum[], randomSource: () => number) => {
		nodes = initial;
		random = randomSource;
		order = new Int32Array(nodes.length);
		cellOf = new Int32Array(nodes.length);
	};
	force.pairsWithin = () => pairs;
	return force;
}
