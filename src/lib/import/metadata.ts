/** Reading and checking an article's metadata: dates as the source writes them, web addresses. */
import { isCalendarDate, PARTIAL_DATE_PATTERN } from '../dataset/schema-values';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function monthNumber(name: string): number | null {
	const index = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
	return index < 0 ? null : index + 1;
}

function twoDigits(value: number): string {
	return String(value).padStart(2, '0');
}

function checked(date: string): string | null {
	return PARTIAL_DATE_PATTERN.test(date) && isCalendarDate(date) ? date : null;
}

/**
 * The publication date a source gives, as `YYYY-MM-DD`, `YYYY-MM` or `YYYY`: the calendar date
 * written in the source (an ISO timestamp's own date, not converted to another time zone),
 * or a date written out ("March 4, 2021", "4 Mar 2021"). Null when there is none.
 */
export function partialDateFrom(value: unknown): string | null {
	if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
	if (typeof value !== 'string') return null;
	const text = value.trim();
	const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?=$|[T\s])/.exec(text);
	if (iso) return checked([iso[1], iso[2], iso[3]].filter(Boolean).join('-'));
	const compact = /^(\d{4})(\d{2})(\d{2})(?=$|T)/.exec(text);
	if (compact) return checked(`${compact[1]}-${compact[2]}-${compact[3]}`);
	const monthFirst = /^(?:[A-Za-z]+,?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(text);
	if (monthFirst) {
		const month = monthNumber(monthFirst[1]!);
		if (month) return checked(`${monthFirst[3]}-${twoDigits(month)}-${twoDigits(Number(monthFirst[2]))}`);
	}
	const dayFirst = /^(?:[A-Za-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(text);
	if (dayFirst) {
		const month = monthNumber(dayFirst[2]!);
		if (month) return checked(`${dayFirst[3]}-${twoDigits(month)}-${twoDigits(Number(dayFirst[1]))}`);
	}
	return null;
}

/** An absolute http(s) address, resolved against `base` when it is relative; null for anything else (javascript:, data:, mailto:). */
export function httpUrl(value: unknown, base?: string | null): string | null {
	if (typeof value !== 'string' || value.trim() === '') return null;
	try {
		const url = base ? new URL(value.trim(), base) : new URL(value.trim());
		return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
	} catch {
		return null;
	}
}

/** A site-relative path ("/news/press-releases/tg1762"), which needs its site before it is an address. */
export function isSitePath(value: unknown): value is string {
	return typeof value === 'string' && /^\/(?!\/)\S*$/.test(value.trim());
}

/** Problems with a publication date the user typed, or null when it is fine (empty is fine: not every source is dated). */
export function dateProblem(value: string): string | null {
	const text = value.trim();
	if (text === '') return null;
	if (!PARTIAL_DATE_PATTERN.test(text)) return 'must be YYYY, YYYY-MM or YYYY-MM-DD, like 2021-09-24';
	if (!isCalendarDate(text)) return `${text} is not a real calendar date`;
	return null;
}

/** Problems with an address the user typed, or null when it is fine (empty is fine). */
export function urlProblem(value: string): string | null {
	const text = value.trim();
	if (text === '') return null;
	if (isSitePath(text)) return 'is a path without its site; add the site, like https://example.org' + text;
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		return 'must be a full web address starting with https:// or http://';
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') return `must start with https:// or http:// (not ${url.protocol})`;
	return null;
}
