/**
 * Quotes from what the analyst selects: a span of the fixed article text, trimmed of
 * the spaces a selection drags along, anchored exactly where it was selected (never
 * searched for, so a repeated phrase cites the occurrence the analyst meant).
 */
import { anchorAt } from '$lib/dataset/anchor';
import type { Quote } from '$lib/dataset/schema';
import { uniqueId } from './ids';

export interface Span {
	start: number;
	end: number;
}

/** The span without leading or trailing white space; null when nothing but space is left. */
export function trimSpan(text: string, span: Span): Span | null {
	let start = Math.max(0, Math.min(span.start, span.end));
	let end = Math.min(text.length, Math.max(span.start, span.end));
	while (start < end && /\s/.test(text[start]!)) start++;
	while (end > start && /\s/.test(text[end - 1]!)) end--;
	return end > start ? { start, end } : null;
}

/** Why a span cannot be a quote, or null when it can. */
export function spanProblem(text: string, span: Span): string | null {
	if (!Number.isInteger(span.start) || !Number.isInteger(span.end)) return 'The start and end must be whole numbers.';
	if (span.start < 0 || span.end > text.length) return `The article has ${text.length} characters: choose a span from 0 to ${text.length}.`;
	if (span.end <= span.start) return 'The end must come after the start.';
	if (trimSpan(text, span) === null) return 'The selection holds only spaces.';
	return null;
}

const QUOTE_ID_WORDS = 5;

/** `q-` and the quote's first words: readable in dataset.json and unique among the quotes. */
export function quoteId(exact: string, taken: ReadonlySet<string>): string {
	const words = exact.split(/\s+/).slice(0, QUOTE_ID_WORDS).join(' ');
	return uniqueId(`q ${words}`, taken, 'q');
}

/** A quote for the span, anchored at its offsets, with up to 32 characters of context either side. */
export function quoteAt(text: string, span: Span, taken: ReadonlySet<string>): Quote {
	const anchor = anchorAt(text, span.start, span.end);
	const exact = text.slice(span.start, span.end);
	return { id: quoteId(exact, taken), exact, ...anchor };
}

/** Shortens a quote's text for lists and labels, at a word boundary. */
export function shortQuote(exact: string, max = 80): string {
	const flat = exact.replace(/\s+/g, ' ');
	if (flat.length <= max) return flat;
	const cut = flat.slice(0, max).replace(/\s+\S*$/, '');
	return `${cut || flat.slice(0, max)}…`;
}
