/**
 * Which actors' names the canvas graph writes, at the current zoom: the most important
 * first (the selected, hovered or focused actor, then its neighbours, then by how many
 * relations an actor has), each only if its label fits on screen without covering a
 * label already placed. Zooming in spreads actors apart, so more names fit.
 */

export interface LabelCandidate {
	id: string;
	/** The label's box on screen, in pixels. */
	left: number;
	top: number;
	width: number;
	height: number;
	/** Higher is placed first. */
	priority: number;
}

/** Priorities: an actor the user points at is always named, then its neighbours, then by relation count. */
export function labelPriority(relationCount: number, state: 'target' | 'neighbour' | 'other'): number {
	const base = state === 'target' ? 2_000_000 : state === 'neighbour' ? 1_000_000 : 0;
	return base + relationCount;
}

/** The ids to label, most important first, with no two boxes overlapping and none off screen. */
export function placeLabels(candidates: readonly LabelCandidate[], width: number, height: number, max = 400, gap = 2): string[] {
	const ordered = [...candidates].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	const cell = 64;
	const occupied = new Map<number, { left: number; top: number; right: number; bottom: number }[]>();
	const columns = Math.ceil(width / cell) + 2;
	const rows = Math.ceil(height / cell) + 2;
	// Boxes reaching past an edge are filed in the edge's cells: still compared, exactly.
	const clamp = (value: number, size: number) => Math.max(0, Math.min(size - 1, Math.floor(value / cell) + 1));
	const placed: string[] = [];
	for (const label of ordered) {
		if (placed.length >= max) break;
		const box = { left: label.left - gap, top: label.top - gap, right: label.left + label.width + gap, bottom: label.top + label.height + gap };
		if (box.right < 0 || box.bottom < 0 || box.left > width || box.top > height) continue;
		const [c0, c1, r0, r1] = [clamp(box.left, columns), clamp(box.right, columns), clamp(box.top, rows), clamp(box.bottom, rows)];
		let free = true;
		for (let row = r0; row <= r1 && free; row++)
			for (let column = c0; column <= c1 && free; column++)
				for (const other of occupied.get(row * columns + column) ?? [])
					if (box.left < other.right && other.left < box.right && box.top < other.bottom && other.top < box.bottom) {
						free = false;
						break;
					}
		if (!free) continue;
		for (let row = r0; row <= r1; row++)
			for (let column = c0; column <= c1; column++) {
				const key = row * columns + column;
				const list = occupied.get(key);
				if (list) list.push(box);
				else occupied.set(key, [box]);
			}
		placed.push(label.id);
	}
	return placed;
}
