/**
 * Link shapes: each relation is its own curve. Several relations between the
 * same two actors fan out symmetrically so each can be seen and selected.
 */
import type { Relation } from '$lib/dataset/schema';

export interface Point {
	x: number;
	y: number;
}

export interface NodeDisc extends Point {
	radius: number;
}

export interface LinkGeometry {
	id: string;
	/** SVG path data: a straight line or a quadratic curve, trimmed to the node edges. */
	path: string;
	/** Point on the curve halfway along, for stance marks and labels. */
	middle: Point;
	/** Arrowhead triangle at the target, or null for an undirected relation. */
	arrow: string | null;
	/** Signed bulge of the curve, 0 for a straight link. */
	bend: number;
}

/** Distance between neighbouring parallel links at their middle. */
export const PARALLEL_SPACING = 22;
const ARROW_LENGTH = 10;
const ARROW_HALF_WIDTH = 4.5;

function pairKey(a: string, b: string): string {
	return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/**
 * The bend of each relation: 0 when it is alone between its pair, otherwise spread
 * evenly on both sides, measured in a direction fixed by the pair (not by each
 * relation's own direction), so A→B and B→A relations never land on each other.
 */
export function parallelBends(relations: Relation[], spacing = PARALLEL_SPACING): Map<string, number> {
	const groups = new Map<string, Relation[]>();
	for (const relation of relations) {
		const key = pairKey(relation.source, relation.target);
		const group = groups.get(key);
		if (group) group.push(relation);
		else groups.set(key, [relation]);
	}
	const bends = new Map<string, number>();
	for (const group of groups.values())
		group.forEach((relation, index) => bends.set(relation.id, (index - (group.length - 1) / 2) * spacing));
	return bends;
}

function round(value: number): number {
	return Math.round(value * 100) / 100;
}

/** Moves `from` towards `towards` by `distance`. */
function stepTowards(from: Point, towards: Point, distance: number): Point {
	const dx = towards.x - from.x;
	const dy = towards.y - from.y;
	const length = Math.hypot(dx, dy) || 1;
	return { x: from.x + (dx / length) * distance, y: from.y + (dy / length) * distance };
}

export function linkGeometry(
	relation: Relation,
	source: NodeDisc,
	target: NodeDisc,
	bend: number
): LinkGeometry {
	// The normal is taken along the pair's canonical direction (lower id first).
	const [first, second] = relation.source < relation.target ? [source, target] : [target, source];
	const dx = second.x - first.x;
	const dy = second.y - first.y;
	const length = Math.hypot(dx, dy) || 1;
	const normal = { x: -dy / length, y: dx / length };
	const mid = { x: (source.x + target.x) / 2, y: (source.y + target.y) / 2 };
	// A quadratic curve's middle lies halfway to its control point, hence the factor 2.
	const control = { x: mid.x + normal.x * bend * 2, y: mid.y + normal.y * bend * 2 };

	const start = stepTowards(source, control, source.radius + 2);
	const arrowGap = relation.directed ? ARROW_LENGTH : 0;
	const tip = stepTowards(target, control, target.radius + 2);
	const end = stepTowards(tip, control, arrowGap);
	const middle = {
		x: round(0.25 * start.x + 0.5 * control.x + 0.25 * tip.x),
		y: round(0.25 * start.y + 0.5 * control.y + 0.25 * tip.y)
	};
	const path =
		bend === 0
			? `M ${round(start.x)} ${round(start.y)} L ${round(end.x)} ${round(end.y)}`
			: `M ${round(start.x)} ${round(start.y)} Q ${round(control.x)} ${round(control.y)} ${round(end.x)} ${round(end.y)}`;

	let arrow: string | null = null;
	if (relation.directed) {
		const back = stepTowards(tip, control, ARROW_LENGTH);
		const ux = (tip.x - back.x) / ARROW_LENGTH;
		const uy = (tip.y - back.y) / ARROW_LENGTH;
		const left = { x: back.x - uy * ARROW_HALF_WIDTH, y: back.y + ux * ARROW_HALF_WIDTH };
		const right = { x: back.x + uy * ARROW_HALF_WIDTH, y: back.y - ux * ARROW_HALF_WIDTH };
		arrow = `M ${round(tip.x)} ${round(tip.y)} L ${round(left.x)} ${round(left.y)} L ${round(right.x)} ${round(right.y)} Z`;
	}
	return { id: relation.id, path, middle, arrow, bend };
}
