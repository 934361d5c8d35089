import { describe, expect, it } from 'vitest';
import { articleSegments, type Paragraph } from '../../src/lib/evidence/segments';
import type { Quote } from '../../src/lib/dataset/schema';
import { loadSeed } from './seed';

/** A quote over `text` at the first occurrence of `exact` (or at `from`, for repeated words). */
function quote(id: string, text: string, exact: string, from = 0): Quote {
	const start = text.indexOf(exact, from);
	if (start < 0) throw new Error(`"${exact}" is not in the text`);
	return { id, start, end: start + exact.length, exact, prefix: '', suffix: '' };
}

const paragraphText = (text: string, paragraph: Paragraph) =>
	paragraph.segments.map((segment) => segment.text).join('');

/** Each segment as `text|ids`, for compact expectations. */
const runs = (paragraph: Paragraph) => paragraph.segments.map((segment) => `${segment.text}|${segment.quoteIds.join(',')}`);

describe('articleSegments on the seed', () => {
	const dataset = loadSeed();
	const text = dataset.articleText;
	const paragraphs = articleSegments(text, dataset.quotes);
	const segments = paragraphs.flatMap((paragraph) => paragraph.segments);
	const expectedParagraphs = text.split(/\n{2,}/).map((part) => part.trimEnd()).filter((part) => part !== '');

	it('gives one paragraph per blank-line-separated block, without the separators', () => {
		expect(paragraphs.map((paragraph) => paragraphText(text, paragraph))).toEqual(expectedParagraphs);
		for (const paragraph of paragraphs) {
			const joined = paragraphText(text, paragraph);
			expect(joined).not.toMatch(/^\n|\n\n|\s$/);
			expect(text.slice(paragraph.start, paragraph.start + joined.length)).toBe(joined);
		}
	});

	it('cuts each paragraph into contiguous, non-empty runs at the right offsets', () => {
		for (const paragraph of paragraphs) {
			expect(paragraph.segments[0]!.start).toBe(paragraph.start);
			paragraph.segments.forEach((segment, i) => {
				expect(segment.end).toBeGreaterThan(segment.start);
				expect(segment.text).toBe(text.slice(segment.start, segment.end));
				if (i > 0) expect(segment.start).toBe(paragraph.segments[i - 1]!.end);
			});
		}
	});

	it('covers every quote exactly with the segments that list it', () => {
		for (const q of dataset.quotes) {
			const listing = segments.filter((segment) => segment.quoteIds.includes(q.id));
			expect(listing.length, q.id).toBeGreaterThan(0);
			expect(listing[0]!.start, q.id).toBe(q.start);
			expect(listing.at(-1)!.end, q.id).toBe(q.end);
			// Contiguous within the quote, so re-joined they read as the quote.
			listing.forEach((segment, i) => {
				if (i > 0) expect(segment.start, q.id).toBe(listing[i - 1]!.end);
			});
			expect(listing.map((segment) => segment.text).join(''), q.id).toBe(q.exact);
		}
	});

	it('lists a quote on a segment exactly when the segment lies inside it', () => {
		for (const segment of segments) {
			const covering = dataset.quotes.filter((q) => q.start <= segment.start && q.end >= segment.end).map((q) => q.id);
			expect([...segment.quoteIds].sort()).toEqual(covering.sort());
		}
	});

	it('lists both quotes where they overlap', () => {
		// “the Afghan Taliban and the US had signed the deal” starts inside the financial-relationship quote.
		const financial = dataset.quotes.find((q) => q.id === 'q-financial-relationship')!;
		const deal = dataset.quotes.find((q) => q.id === 'q-deal-signed')!;
		expect(deal.start).toBeLessThan(financial.end);
		const overlap = segments.find((segment) => segment.start === deal.start)!;
		expect(overlap.end).toBe(financial.end);
		expect(overlap.quoteIds).toEqual(['q-financial-relationship', 'q-deal-signed']);
		// The nested “Doha deal” lies inside the Biden review quote.
		const doha = segments.find((segment) => segment.quoteIds.includes('q-doha'))!;
		expect(doha.quoteIds).toEqual(['q-biden-review', 'q-doha']);
	});

	it('leaves unquoted text as runs with no quotes', () => {
		expect(segments.some((segment) => segment.quoteIds.length === 0)).toBe(true);
	});
});

describe('articleSegments on hand-made texts', () => {
	it('returns one plain run per paragraph without quotes', () => {
		const text = 'One.\n\nTwo.';
		const paragraphs = articleSegments(text, []);
		expect(paragraphs.map(runs)).toEqual([['One.|'], ['Two.|']]);
		expect(paragraphs.map((paragraph) => paragraph.start)).toEqual([0, 6]);
	});

	it('splits at overlapping quotes and lists both in the overlap, in reading order', () => {
		const text = 'alpha beta gamma delta';
		const paragraphs = articleSegments(text, [quote('b', text, 'gamma delta'), quote('a', text, 'beta gamma')]);
		expect(paragraphs.map(runs)).toEqual([['alpha |', 'beta |a', 'gamma|a,b', ' delta|b']]);
	});

	it('splits around a nested quote', () => {
		const text = 'alpha beta gamma delta';
		const paragraphs = articleSegments(text, [quote('outer', text, 'beta gamma delta'), quote('inner', text, 'gamma')]);
		expect(paragraphs.map(runs)).toEqual([['alpha |', 'beta |outer', 'gamma|outer,inner', ' delta|outer']]);
	});

	it('lists a quote once where two identical quotes coincide, each with its own id', () => {
		const text = 'alpha beta';
		const paragraphs = articleSegments(text, [quote('x', text, 'beta'), quote('y', text, 'beta')]);
		expect(paragraphs.map(runs)).toEqual([['alpha |', 'beta|x,y']]);
	});

	it('keeps adjacent quotes apart', () => {
		const text = 'alphabeta gamma';
		const paragraphs = articleSegments(text, [quote('a', text, 'alpha'), quote('b', text, 'beta')]);
		expect(paragraphs.map(runs)).toEqual([['alpha|a', 'beta|b', ' gamma|']]);
	});

	it('marks a quote spanning the whole paragraph as one run', () => {
		const text = 'Title\n\nBody text.';
		const paragraphs = articleSegments(text, [quote('t', text, 'Title')]);
		expect(paragraphs.map(runs)).toEqual([['Title|t'], ['Body text.|']]);
	});

	it('splits a quote that crosses a blank line into one part per paragraph, without the separator', () => {
		const text = 'one two\n\nthree four';
		const paragraphs = articleSegments(text, [quote('q', text, 'two\n\nthree')]);
		expect(paragraphs.map(runs)).toEqual([['one |', 'two|q'], ['three|q', ' four|']]);
	});

	it('keeps single line breaks inside a paragraph', () => {
		const text = 'line one\nline two\n\nnext';
		expect(articleSegments(text, []).map(runs)).toEqual([['line one\nline two|'], ['next|']]);
	});

	it('treats runs of blank lines, blank lines with spaces and CRLF as one separator', () => {
		const text = 'a\n\n\n\nb\n  \nc\r\n\r\nd\n';
		const paragraphs = articleSegments(text, []);
		expect(paragraphs.map(runs)).toEqual([['a|'], ['b|'], ['c|'], ['d|']]);
		for (const paragraph of paragraphs) expect(text[paragraph.start]).toBe(paragraphText(text, paragraph)[0]);
	});

	it('drops trailing whitespace and empty paragraphs, and never makes empty runs', () => {
		const text = 'a b  \n\n\n\n   \n\nc';
		const paragraphs = articleSegments(text, [quote('q', text, 'b  ')]);
		expect(paragraphs.map(runs)).toEqual([['a |', 'b|q'], ['c|']]);
		expect(articleSegments('', [])).toEqual([]);
		expect(articleSegments('\n\n', [])).toEqual([]);
	});
});
