/**
 * Arrow-key movement between items on screen (graph nodes, map markers): the nearest one in the pressed
 * direction, favouring items straight ahead over ones off to the side.
 */
/** A position on screen or in layout space; structurally the graph's and the map's points. */
interface Point {
	x: number;
	y: number;
}

export type Direction = 'left' | 'right' | 'up' | 'down';

const VECTORS: Record<Direction, Point> = {
	left: { x: -1, y: 0 },
	right: { x: 1, y: 0 },
	up: { x: 0, y: -1 },
	down: { x: 0, y: 1 }
};

export const ARROW_DIRECTIONS: Record<string, Direction> = {
	ArrowLeft: 'left',
	ArrowRight: 'right',
	ArrowUp: 'up',
	ArrowDown: 'down'
};

export function nearestInDirection(
	positions: Map<string, Point>,
	fromId: string,
	direction: Direction
): string | null {
	const from = positions.get(fromId);
	if (!from) return null;
	const vector = VECTORS[direction];
	let best: string | null = null;
	let bestScore = Infinity;
	for (const [id, point] of positions) {
		if (id === fromId) continue;
		const dx = point.x - from.x;
		const dy = point.y - from.y;
		const ahead = dx * vector.x + dy * vector.y;
		if (ahead <= 0) continue;
		const aside = Math.abs(dx * vector.y - dy * vector.x);
		// Within a 45° cone either way is "in that direction"; sideways distance costs double.
		if (aside > ahead * 1.5) continue;
		const score = ahead + 2 * aside;
		if (score < bestScore || (score === bestScore && best !== null && id < best)) {
			best = id;
			bestScore = score;
		}
	}
	return best;
}

/** Reading order (top to bottom, left to right within bands), for Tab entry, Home and End. */
export function readingOrder(positions: Map<string, Point>, band = 60): string[] {
	return [...positions.entries()]
		.sort(([, a], [, b]) => Math.floor(a.y / band) - Math.floor(b.y / band) || a.x - b.x)
		.map(([id]) => id);
}

/** Next or previous item in a list, wrapping around. */
export function cycle<T>(items: T[], current: T, step: 1 | -1): T | undefined {
	if (items.length === 0) return undefined;
	const index = items.indexOf(current);
	if (index < 0) return items[0];
	return items[(index + step + items.length) % items.length];
}

/** What a key does on a focused actor: move to another actor, select this one, or nothing. */
export type KeyAction = { move: string } | { select: true } | null;

export function actorKeyAction(key: string, id: string, positions: Map<string, Point>, order: string[]): KeyAction {
	let next: string | null | undefined;
	if (key in ARROW_DIRECTIONS) next = nearestInDirection(positions, id, ARROW_DIRECTIONS[key]!);
	else if (key === 'Home') next = order[0];
	else if (key === 'End') next = order.at(-1);
	else if (key === 'Enter' || key === ' ') return { select: true };
	else return null;
	return next ? { move: next } : { move: id };
}

/** The same for a focused link: arrows step through the links in order, wrapping. */
export function linkKeyAction(key: string, id: string, order: string[]): KeyAction {
	let next: string | undefined;
	if (key === 'ArrowRight' || key === 'ArrowDown') next = cycle(order, id, 1);
	else if (key === 'ArrowLeft' || key === 'ArrowUp') next = cycle(order, id, -1);
	else if (key === 'Home') next = order[0];
	else if (key === 'End') next = order.at(-1);
	else if (key === 'Enter' || key === ' ') return { select: true };
	else return null;
	return { move: next ?? id };
}
