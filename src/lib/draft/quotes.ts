/** Quotes: verbatim spans at the offsets the pipeline computed, with their W3C prefix and suffix. */
import { anchorAt } from '../dataset/anchor';
import type { Quote } from '../dataset/schema';
import type { Span } from './types';

/** Longest quote kept: an item's evidence is its clause, not its paragraph. */
export const MAX_QUOTE_LENGTH = 320;

export class QuoteBank {
	readonly quotes: Quote[] = [];
	private readonly byOffsets = new Map<string, string>();

	constructor(private readonly text: string) {}

	/** The id of the quote for this span, or null when the span cannot be quoted (empty, out of range). */
	cite(span: Span): string | null {
		let { start, end } = span;
		while (start < end && /\s/.test(this.text[start]!)) start++;
		while (end > start && /\s/.test(this.text[end - 1]!)) end--;
		if (start < 0 || end > this.text.length || end <= start) return null;
		if (end - start > MAX_QUOTE_LENGTH) end = cutAtWord(this.text, start, start + MAX_QUOTE_LENGTH);
		const key = `${start}:${end}`;
		const known = this.byOffsets.get(key);
		if (known) return known;
		const id = `q${this.quotes.length + 1}`;
		const exact = this.text.slice(start, end);
		this.quotes.push({ id, exact, ...anchorAt(this.text, start, end) });
		this.byOffsets.set(key, id);
		return id;
	}
}

function cutAtWord(text: string, start: number, limit: number): number {
	let end = limit;
	while (end > start + 40 && !/\s/.test(text[end]!)) end--;
	while (end > start && /[\s,;:]/.test(text[end - 1]!)) end--;
	return end;
}

/** A short span around a mention, inside its clause: an actor's or a place's evidence. */
export function aroundMention(text: string, clause: Span, mention: Span, width = 160): Span {
	if (clause.end - clause.start <= width) return clause;
	let start = Math.max(clause.start, mention.start - width / 2);
	let end = Math.min(clause.end, mention.end + width / 2);
	while (start > clause.start && !/\s/.test(text[start - 1]!)) start--;
	while (end < clause.end && !/\s/.test(text[end]!)) end++;
	return { start, end };
}
