import { describe, expect, it } from 'vitest';
import { trimEvidence } from '../../src/lib/draft/links';
import { aroundMention, MAX_QUOTE_LENGTH, QuoteBank } from '../../src/lib/draft/quotes';

const text = 'WASHINGTON – Bakht Gul, a Haqqani Network communications official, is being designated, and Abdul Baqi Bari, a Taliban financier, is too.';

describe('quotes', () => {
	it('cites verbatim spans with W3C prefix and suffix, once per span', () => {
		const bank = new QuoteBank(text);
		const start = text.indexOf('Bakht');
		const id = bank.cite({ start, end: start + 9 })!;
		expect(bank.cite({ start, end: start + 9 })).toBe(id);
		const [quote] = bank.quotes;
		expect(quote).toMatchObject({ exact: 'Bakht Gul', start, end: start + 9, prefix: 'WASHINGTON – ', suffix: text.slice(start + 9, start + 9 + 32) });
		expect(quote!.suffix).toHaveLength(32);
		expect(text.slice(quote!.start, quote!.end)).toBe(quote!.exact);
	});

	it('refuses an empty or out-of-range span and cuts a long one at a word', () => {
		const bank = new QuoteBank(text);
		expect(bank.cite({ start: 5, end: 5 })).toBeNull();
		expect(bank.cite({ start: 0, end: text.length + 10 })).toBeNull();
		const long = 'word '.repeat(200);
		const longBank = new QuoteBank(long);
		longBank.cite({ start: 0, end: long.length });
		expect(longBank.quotes[0]!.exact.length).toBeLessThanOrEqual(MAX_QUOTE_LENGTH);
		expect(longBank.quotes[0]!.exact.endsWith('word')).toBe(true);
	});

	it('trims evidence to whole words without joining words or punctuation at its ends', () => {
		const at = text.indexOf(', and Abdul');
		const span = trimEvidence(text, at, text.indexOf(' is too'));
		expect(text.slice(span.start, span.end)).toBe('Abdul Baqi Bari, a Taliban financier');
		const cut = trimEvidence(text, text.indexOf('kht Gul'), text.indexOf('Gul,') + 2);
		expect(text.slice(cut.start, cut.end)).toBe('Bakht Gul');
	});

	it('keeps an actor’s evidence to the words around its mention', () => {
		const clause = { start: 0, end: text.length };
		const mention = { start: text.indexOf('Taliban'), end: text.indexOf('Taliban') + 7 };
		const span = aroundMention(text, clause, mention, 40);
		expect(text.slice(span.start, span.end)).toContain('Taliban');
		expect(span.end - span.start).toBeLessThan(70);
	});
});
