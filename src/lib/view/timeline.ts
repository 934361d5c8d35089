import { monthName } from '$lib/model/english';
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

/** Clamp a window to the timeline's extent, keeping from ≤ to. */
export function clampWindow(from: number, to: number, min: number, max: number): [number, number] {
	const start = Math.max(min, Math.min(from, max));
	const end = Math.max(min, Math.min(to, max));
	return start <= end ? [start, end] : [end, start];
}
