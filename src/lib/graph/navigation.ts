/**
 * Arrow-key movement between graph nodes: the nearest node in the pressed
 * direction, favouring nodes straight ahead over ones off to the side.
 */
import type { Point } from './geometry';

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
