/**
 * What the app ships must read well: every quote of a built-in dataset begins and ends on a
 * word's edge. A quote that starts in “F|oreign” or stops at “disr|upt” is verbatim, and
 * passes the checks, but reads as a misquote (the Treasury datasets had 54 such quotes,
 * from the publishing script's clause limits).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

const root = new URL('../../static/datasets/', import.meta.url);
const index = JSON.parse(readFileSync(new URL('index.json', root), 'utf8')) as { datasets: { slug: string }[] };
const letterOrDigit = /[\p{L}\p{N}]/u;

/** A boundary inside a word: a letter or digit on both sides. */
function cutsWord(text: string, at: number): boolean {
	return at > 0 && at < text.length && letterOrDigit.test(text[at - 1]!) && letterOrDigit.test(text[at]!);
}

describe('built-in datasets', () => {
	it('lists some datasets', () => expect(index.datasets.length).toBeGreaterThan(0));

	for (const { slug } of index.datasets)
		it(`${slug}: every quote starts and ends on a word's edge`, () => {
			const folder = new URL(`${slug}/`, root);
			const article = readFileSync(new URL('article.txt', folder), 'utf8');
			const dataset = JSON.parse(readFileSync(new URL('dataset.json', folder), 'utf8')) as { quotes: { id: string; start: number; end: number }[] };
			const cut = dataset.quotes
				.filter((quote) => cutsWord(article, quote.start) || cutsWord(article, quote.end))
				.map((quote) => `${quote.id}: …${article.slice(Math.max(0, quote.start - 3), quote.start)}|${article.slice(quote.start, quote.end)}|${article.slice(quote.end, quote.end + 3)}…`);
			expect(cut).toEqual([]);
		});

	it('the word-edge rule itself', () => {
		expect(cutsWord('Foreign Assets', 1)).toBe(true);
		expect(cutsWord('Foreign Assets', 7)).toBe(false);
		expect(cutsWord('al-Qaeda', 3)).toBe(false);
		expect(cutsWord('Taliban’s', 7)).toBe(false);
		expect(cutsWord('2008', 2)).toBe(true);
		expect(cutsWord('word', 0)).toBe(false);
		expect(cutsWord('word', 4)).toBe(false);
	});
});
