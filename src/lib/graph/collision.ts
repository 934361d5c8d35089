/**
 * Keeps label boxes apart in time proportional to the number of actors: boxes are
 * filed in a uniform grid of cells as large as the largest box, so each box is only
 * compared with the few that share a cell, never with every other box.
 */

/** A node's box (the node and its label), relative to its centre. */
export interface Box {
	left: number;
	right: number;
	top: number;
	bottom: number;
}

export interface Placed {
	x: number;
	y: number;
	box: Box;
}

/** What a separation pass did, for the stop rule and for tests that count work without timing it. */
export interface SeparationPass {
	/** The largest overlap left by a pair, along its smaller axis, before it was pushed apart. */
	worst: number;
	/** Pairs of boxes found overlapping. */
	overlaps: number;
	/** Pairs of boxes tested for overlap. */
	comparisons: number;
}

/** How far two boxes overlap on each axis; both positive means they collide. */
export function overlap(a: Placed, b: Placed): { x: number; y: number } {
	const x = Math.min(a.x + a.box.right, b.x + b.box.right) - Math.max(a.x + a.box.left, b.x + b.box.left);
	const y = Math.min(a.y + a.box.bottom, b.y + b.box.bottom) - Math.max(a.y + a.box.top, b.y + b.box.top);
	return { x, y };
}

/**
 * The boxes filed by grid cell, in typed arrays reused from pass to pass. A cell is as
 * large as the largest box, so a box covers at most four cells, and two boxes can only
 * overlap if they share one.
 */
export class BoxGrid {
	private readonly cellSize: number;
	/** One entry per box and cell it covers: which box, which cell, and the next entry in its bucket. */
	private readonly entryNode: Int32Array;
	private readonly entryColumn: Int32Array;
	private readonly entryRow: Int32Array;
	private readonly entryNext: Int32Array;
	private entries = 0;
	/** Open hash of cells: the first entry of each bucket. */
	private readonly head: Int32Array;
	private readonly mask: number;
	/** The last box each box was picked for, so a box sharing two cells is picked once. */
	private readonly pickedFor: Int32Array;
	/** The boxes picked by the last call to `laterNeighbours`. */
	readonly found: Int32Array;

	constructor(nodes: readonly Placed[]) {
		let largest = 1;
		for (const { box } of nodes) largest = Math.max(largest, box.right - box.left, box.bottom - box.top);
		this.cellSize = largest;
		const count = nodes.length;
		this.entryNode = new Int32Array(count * 4);
		this.entryColumn = new Int32Array(count * 4);
		this.entryRow = new Int32Array(count * 4);
		this.entryNext = new Int32Array(count * 4);
		let buckets = 16;
		while (buckets < count * 4) buckets *= 2;
		this.head = new Int32Array(buckets);
		this.mask = buckets - 1;
		this.pickedFor = new Int32Array(count);
		this.found = new Int32Array(count);
		this.refile(nodes);
	}

	private bucket(column: number, row: number): number {
		return (Math.imul(column, 73856093) ^ Math.imul(row, 19349663)) & this.mask;
	}

	/** Files every box, where it is now, under each cell it covers. */
	refile(nodes: readonly Placed[]): void {
		this.head.fill(-1);
		this.pickedFor.fill(-1);
		this.entries = 0;
		for (let index = 0; index < nodes.length; index++) {
			const node = nodes[index]!;
			const size = this.cellSize;
			const left = Math.floor((node.x + node.box.left) / size);
			const right = Math.floor((node.x + node.box.right) / size);
			const top = Math.floor((node.y + node.box.top) / size);
			const bottom = Math.floor((node.y + node.box.bottom) / size);
			for (let column = left; column <= right; column++)
				for (let row = top; row <= bottom; row++) {
					const entry = this.entries++;
					const bucket = this.bucket(column, row);
					this.entryNode[entry] = index;
					this.entryColumn[entry] = column;
					this.entryRow[entry] = row;
					this.entryNext[entry] = this.head[bucket]!;
					this.head[bucket] = entry;
				}
		}
	}

	/**
	 * Picks the boxes after `index` that share a cell with where it was filed, into
	 * `found` in index order (the order the full comparison used); returns how many.
	 */
	laterNeighbours(nodes: readonly Placed[], index: number): number {
		const node = nodes[index]!;
		const size = this.cellSize;
		const left = Math.floor((node.x + node.box.left) / size);
		const right = Math.floor((node.x + node.box.right) / size);
		const top = Math.floor((node.y + node.box.top) / size);
		const bottom = Math.floor((node.y + node.box.bottom) / size);
		let count = 0;
		for (let column = left; column <= right; column++)
			for (let row = top; row <= bottom; row++)
				for (let entry = this.head[this.bucket(column, row)]!; entry !== -1; entry = this.entryNext[entry]!) {
					const other = this.entryNode[entry]!;
					if (other <= index || this.pickedFor[other] === index) continue;
					if (this.entryColumn[entry] !== column || this.entryRow[entry] !== row) continue;
					this.pickedFor[other] = index;
					// Insertion sort: a handful of boxes at most.
					let at = count++;
					while (at > 0 && this.found[at - 1]! > other) {
						this.found[at] = this.found[at - 1]!;
						at--;
					}
					this.found[at] = other;
				}
		return count;
	}
}

/**
 * One pass: every overlapping pair is pushed apart along the axis where it overlaps
 * least, by `strength` of the overlap (1 removes it). Boxes move as the pass goes, so a
 * push can open a new overlap; the next pass finds it.
 */
export function separateBoxes(nodes: Placed[], strength: number, grid?: BoxGrid): SeparationPass {
	if (grid) grid.refile(nodes);
	else grid = new BoxGrid(nodes);
	const pass: SeparationPass = { worst: 0, overlaps: 0, comparisons: 0 };
	for (let i = 0; i < nodes.length; i++) {
		const a = nodes[i]!;
		const count = grid.laterNeighbours(nodes, i);
		for (let k = 0; k < count; k++) {
			const b = nodes[grid.found[k]!]!;
			pass.comparisons++;
			// overlap(a, b), written out: this is the layout's innermost loop.
			const x = Math.min(a.x + a.box.right, b.x + b.box.right) - Math.max(a.x + a.box.left, b.x + b.box.left);
			if (x <= 0) continue;
			const y = Math.min(a.y + a.box.bottom, b.y + b.box.bottom) - Math.max(a.y + a.box.top, b.y + b.box.top);
			if (y <= 0) continue;
			pass.overlaps++;
			pass.worst = Math.max(pass.worst, Math.min(x, y));
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
	return pass;
}

/** Pairs of boxes that overlap by more than `tolerance` on both axes: empty on a good layout. */
export function overlappingPairs<T extends Placed & { id: string }>(nodes: T[], tolerance = 0.5): [string, string][] {
	const grid = new BoxGrid(nodes);
	const pairs: [string, string][] = [];
	for (let i = 0; i < nodes.length; i++) {
		const count = grid.laterNeighbours(nodes, i);
		for (let k = 0; k < count; k++) {
			const j = grid.found[k]!;
			const { x, y } = overlap(nodes[i]!, nodes[j]!);
			if (x > tolerance && y > tolerance) pairs.push([nodes[i]!.id, nodes[j]!.id]);
		}
	}
	return pairs;
}
