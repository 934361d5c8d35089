import type { Relation } from '$lib/dataset/schema';
import { monthName } from '$lib/model/english';
import { dateRange } from './filters';
/** Month arithmetic for the timeline slider: months are counted from year 0 so they order and subtract. */
export function monthIndex(month: string): number {
	const [year, monthOfYear] = month.split('-').map(Number);
	return year! * 12 + (monthOfYear! - 1);
}

export function monthAt(index: number): string {
	const year = Math.floor(index / 12);
	return `${String(year).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function monthLabel(month: string): string {
	const [year, monthOfYear] = month.split('-');
	return `${monthName(Number(monthOfYear), 'short')} ${year}`;
}

/**
 * The timeline's tick marks: each month in which a dated relation starts, once, in order.
 * Ticks of the same month would be drawn on each other; one per month keeps a large
 * dataset's timeline at a few hundred marks, not one per relation (thousands).
 */
export function timelineTicks(relations: readonly Pick<Relation, 'date'>[]): number[] {
	const months = new Set<number>();
	for (const relation of relations) if (relation.date) months.add(monthIndex(dateRange(relation.date).from));
	return [...months].sort((a, b) => a - b);
}

/** Clamp a window to the timeline's extent, keeping from ≤ to. */
export function clampWindow(from: number, to: number, min: number, max: number): [number, number] {
	const start = Math.max(min, Math.min(from, max));
	const end = Math.max(min, Math.min(to, max));
	return start <= end ? [start, end] : [end, start];
}
