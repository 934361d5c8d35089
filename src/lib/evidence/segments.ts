/**
 * Splits the article into paragraphs and each paragraph into runs of text that
 * share the same set of quotes, so overlapping quotes can all be marked.
 */
import type { Quote } from '$lib/dataset/schema';

export interface Segment {
	start: number;
	end: number;
	text: string;
	/** Quotes covering this run, in reading order; empty for unquoted text. */
	quoteIds: string[];
}

export interface Paragraph {
	start: number;
	segments: Segment[];
}

export function articleSegments(text: string, quotes: Quote[]): Paragraph[] {
	const paragraphs: Paragraph[] = [];
	// A blank line ends a paragraph, even one holding spaces or written with CRLF.
	const separator = /\r?\n(?:[ \t]*\r?\n)+/g;
	let paragraphStart = 0;
	const bounds: [number, number][] = [];
	for (const match of text.matchAll(separator)) {
		bounds.push([paragraphStart, match.index]);
		paragraphStart = match.index + match[0].length;
	}
	bounds.push([paragraphStart, text.length]);

	const ordered = [...quotes].sort((a, b) => a.start - b.start || a.end - b.end);
	for (const [start, end] of bounds) {
		const trimmedEnd = text.slice(start, end).trimEnd().length + start;
		if (trimmedEnd <= start) continue;
		const cuts = new Set([start, trimmedEnd]);
		const inside = ordered.filter((quote) => quote.start < trimmedEnd && quote.end > start);
		for (const quote of inside) {
			if (quote.start > start) cuts.add(quote.start);
			if (quote.end < trimmedEnd) cuts.add(quote.end);
		}
		const points = [...cuts].sort((a, b) => a - b);
		const segments: Segment[] = [];
		for (let i = 0; i < points.length - 1; i++) {
			const segmentStart = points[i]!;
			const segmentEnd = points[i + 1]!;
			segments.push({
				start: segmentStart,
				end: segmentEnd,
				text: text.slice(segmentStart, segmentEnd),
				quoteIds: inside
					.filter((quote) => quote.start <= segmentStart && quote.end >= segmentEnd)
					.map((quote) => quote.id)
			});
		}
		paragraphs.push({ start, segments });
	}
	return paragraphs;
}
