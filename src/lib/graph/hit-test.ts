/**
 * What is under the pointer on the canvas graph: the actor whose disc (plus some
 * slack) holds the point, or else the link passing closest within the slack. Items
 * are filed in a grid by their bounding boxes, so a look-up reads a few cells, not
 * every item; the canvas asks on every pointer move.
 */
import type { Point } from './geometry';

export interface Disc extends Point {
	id: string;
	radius: number;
}

/** A link as the straight pieces it is drawn with (one for a straight link, two for a bent one). */
export interface Polyline {
	id: string;
	points: Point[];
}

interface Bounds {
	minX: number;
	minY: number;
	maxX: number;
	maxY: number;
}

/** Items filed by grid cell; an item spanning very many cells is kept aside and always checked. */
class BoxGrid<T extends { id: string }> {
	private readonly cells = new Map<string, T[]>();
	private readonly oversized: T[] = [];
	/** Where each item is filed (its cell keys, or null when oversized), so it can be moved. */
	private readonly filed = new Map<string, string[] | null>();
	constructor(
		items: readonly T[],
		private readonly boundsOf: (item: T) => Bounds,
		private readonly size: number
	) {
		for (const item of items) this.add(item);
	}
	private add(item: T): void {
		const { minX, minY, maxX, maxY } = this.boundsOf(item);
		const [left, top, right, bottom] = [minX, minY, maxX, maxY].map((value) => Math.floor(value / this.size));
		if ((right! - left! + 1) * (bottom! - top! + 1) > 64) {
			this.oversized.push(item);
			this.filed.set(item.id, null);
			return;
		}
		const keys: string[] = [];
		for (let column = left!; column <= right!; column++)
			for (let row = top!; row <= bottom!; row++) {
				const key = `${column},${row}`;
				keys.push(key);
				const cell = this.cells.get(key);
				if (cell) cell.push(item);
				else this.cells.set(key, [item]);
			}
		this.filed.set(item.id, keys);
	}
	/** Files `item` again where it now is, in place of the item with its id: work for its few cells only. */
	replace(item: T): void {
		const keys = this.filed.get(item.id);
		if (keys === null) this.oversized.splice(this.oversized.findIndex((other) => other.id === item.id), 1);
		else if (keys)
			for (const key of keys) {
				const cell = this.cells.get(key)!.filter((other) => other.id !== item.id);
				if (cell.length > 0) this.cells.set(key, cell);
				else this.cells.delete(key);
			}
		this.add(item);
	}
	/** Items whose cell holds the point, and the oversized ones. */
	near(point: Point): T[] {
		const key = `${Math.floor(point.x / this.size)},${Math.floor(point.y / this.size)}`;
		return [...(this.cells.get(key) ?? []), ...this.oversized];
	}
}

function distanceToSegment(point: Point, a: Point, b: Point): number {
	const dx = b.x - a.x;
	const dy = b.y - a.y;
	const length2 = dx * dx + dy * dy;
	const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((point.x - a.x) * dx + (point.y - a.y) * dy) / length2));
	return Math.hypot(point.x - (a.x + t * dx), point.y - (a.y + t * dy));
}

export class HitTester {
	private readonly nodes: BoxGrid<Disc>;
	private readonly links: BoxGrid<Polyline>;
	/** The most slack a look-up may ask for; cells are padded by it. */
	private readonly maxSlack: number;

	constructor(discs: readonly Disc[], polylines: readonly Polyline[], maxSlack = 40) {
		this.maxSlack = maxSlack;
		const largest = discs.reduce((most, disc) => Math.max(most, disc.radius), 1);
		const pad = maxSlack;
		this.nodes = new BoxGrid(
			discs,
			(disc) => ({ minX: disc.x - disc.radius - pad, minY: disc.y - disc.radius - pad, maxX: disc.x + disc.radius + pad, maxY: disc.y + disc.radius + pad }),
			4 * (largest + pad)
		);
		this.links = new BoxGrid(
			polylines,
			({ points }) => ({
				minX: Math.min(...points.map((point) => point.x)) - pad,
				minY: Math.min(...points.map((point) => point.y)) - pad,
				maxX: Math.max(...points.map((point) => point.x)) + pad,
				maxY: Math.max(...points.map((point) => point.y)) + pad
			}),
			Math.max(200, 2 * pad)
		);
	}

	/** The actor under `point` (layout units): the nearest one whose edge is within `slack`. */
	nodeAt(point: Point, slack = 4): string | null {
		slack = Math.min(slack, this.maxSlack);
		let best: Disc | null = null;
		let bestGap = Infinity;
		for (const disc of this.nodes.near(point)) {
			const gap = Math.hypot(point.x - disc.x, point.y - disc.y) - disc.radius;
			if (gap > slack) continue;
			if (gap < bestGap || (gap === bestGap && best && disc.id < best.id)) {
				best = disc;
				bestGap = gap;
			}
		}
		return best?.id ?? null;
	}

	/** The link closest to `point` within `slack` layout units, or null. */
	linkAt(point: Point, slack = 4): string | null {
		slack = Math.min(slack, this.maxSlack);
		let best: string | null = null;
		let bestDistance = Infinity;
		for (const { id, points } of this.links.near(point))
			for (let index = 1; index < points.length; index++) {
				const distance = distanceToSegment(point, points[index - 1]!, points[index]!);
				if (distance <= slack && (distance < bestDistance || (distance === bestDistance && best !== null && id < best))) {
					best = id;
					bestDistance = distance;
				}
			}
		return best;
	}

	/** An actor (and then its links, with `moveLink`) moved by a drag: the grid is refiled for it alone. */
	moveNode(disc: Disc): void {
		this.nodes.replace({ ...disc });
	}

	moveLink(polyline: Polyline): void {
		this.links.replace({ id: polyline.id, points: polyline.points.map((point) => ({ x: point.x, y: point.y })) });
	}
}
