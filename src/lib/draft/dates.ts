/** Dates in a clause: “May 2011”, “January 4, 2021”, “late 2009”, “today” (the publication date), “last year”. */
import { MONTHS } from './lexicon';
import type { Span } from './types';

const MONTH = `(${MONTHS.join('|')})`;
const pad = (n: number) => String(n).padStart(2, '0');
const monthNumber = (name: string) => MONTHS.indexOf(name.toLowerCase()) + 1;

export interface FoundDate {
	date: string;
	note?: string;
}

/** The first date the words give, read in one documented way. */
export function readDate(words: string, published: string | null): FoundDate | null {
	let match = new RegExp(`\\b${MONTH}\\s+(\\d{1,2}),?\\s+((?:19|20)\\d{2})\\b`, 'i').exec(words);
	if (match) return { date: `${match[3]}-${pad(monthNumber(match[1]!))}-${pad(Number(match[2]))}` };
	match = new RegExp(`\\b(\\d{1,2})\\s+${MONTH}\\s+((?:19|20)\\d{2})\\b`, 'i').exec(words);
	if (match) return { date: `${match[3]}-${pad(monthNumber(match[2]!))}-${pad(Number(match[1]))}` };
	match = new RegExp(`\\b${MONTH}\\s+((?:19|20)\\d{2})\\b`, 'i').exec(words);
	if (match) return { date: `${match[2]}-${pad(monthNumber(match[1]!))}` };
	match = /(?<![$\d.,])\b((?:19|20)\d{2})\b(?![\d,.]\d)/.exec(words);
	if (match) return { date: match[1]! };
	if (published) {
		if (/\btoday\b/i.test(words)) return { date: published, note: '“today”: the publication date' };
		if (/\blast year\b/i.test(words)) return { date: String(Number(published.slice(0, 4)) - 1), note: '“last year”: the year before publication' };
		if (/\bthis year\b/i.test(words)) return { date: published.slice(0, 4), note: '“this year”: the publication year' };
	}
	return null;
}

/** The clause's own date, else a date that opens its sentence (“As of June 2015, …”). */
export function dateIn(text: string, clause: Span, sentence: Span, published: string | null): FoundDate | null {
	const own = readDate(text.slice(clause.start, clause.end), published);
	if (own) return own;
	const opening = /^[^,]{0,40},/.exec(text.slice(sentence.start, clause.start));
	return opening ? readDate(opening[0], published) : null;
}
