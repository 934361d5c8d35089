/**
 * Counts, month names and alphabetical order in English, written out by hand. The
 * first call into the browser's Intl formatters or collator loads locale data,
 * 35–105 ms on a cold page on these machines, and each later date format costs
 * about a millisecond: too much for the code that runs while a dataset opens.
 */

/** 5000 → "5,000"; -1234567 → "-1,234,567". Whole numbers (others are rounded). */
export function groupDigits(value: number): string {
	if (!Number.isFinite(value)) return String(value);
	const rounded = Math.round(value);
	const digits = String(Math.abs(rounded)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
	return rounded < 0 ? `-${digits}` : digits;
}

export const MONTH_NAMES = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
] as const;

/** 1 → "January"; with `short`, the first three letters: 9 → "Sep". */
export function monthName(monthOfYear: number, width: 'long' | 'short' = 'long'): string {
	const name = MONTH_NAMES[monthOfYear - 1];
	if (!name) throw new RangeError(`There is no month ${monthOfYear}.`);
	return width === 'long' ? name : name.slice(0, 3);
}

/** Alphabetical order for names and titles: case and accents folded (“Ālam” sorts with “Alam”), then code points. */
export function compareText(a: string, b: string): number {
	return compareFolded(a, foldForOrder(a), b, foldForOrder(b));
}

/** compareText for sorting thousands: each text is folded once, not at every comparison. */
export function textComparer(): (a: string, b: string) => number {
	const folded = new Map<string, string>();
	const fold = (text: string) => {
		let result = folded.get(text);
		if (result === undefined) folded.set(text, (result = foldForOrder(text)));
		return result;
	};
	return (a, b) => compareFolded(a, fold(a), b, fold(b));
}

function compareFolded(a: string, foldedA: string, b: string, foldedB: string): number {
	if (foldedA !== foldedB) return foldedA < foldedB ? -1 : 1;
	return a === b ? 0 : a < b ? -1 : 1;
}

function foldForOrder(text: string): string {
	return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
