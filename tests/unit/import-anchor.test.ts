import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anchorQuote } from '../../src/lib/dataset/anchor';
import { articleText } from '../../src/lib/import/blocks';
import { extractPastedText } from '../../src/lib/import/import-file';
import { extractFile } from '../../src/lib/import/extract-file';
import { normaliseArticleText } from '../../src/lib/import/normalise';
import { parseHtmlInNode as parseHtml } from '../../src/lib/import/parse-html-node';

describe('quotes anchor in the normalised article', () => {
	it('finds a quote copied from the messy original once it is normalised the same way', () => {
		const original = 'Header line\r\n\r\nThe group\u2019s\u00A0leader, Sira\u00ADjuddin, said:\u200B \u201Cwe  will\u00A0not\u201D.\r\n';
		const text = articleText(extractPastedText(original).blocks);
		const copied = 'group\u2019s\u00A0leader, Sira\u00ADjuddin';
		const exact = normaliseArticleText(copied);
		const anchor = anchorQuote(text, exact);
		expect(text.slice(anchor.start, anchor.end)).toBe('group’s leader, Sirajuddin');
		expect(anchor.prefix).toBe('Header line\n\nThe ');
		expect(anchorQuote(text, '“we will not”').start).toBe(text.indexOf('“we'));
	});

	it('anchors verbatim quotes, curly apostrophes included, in an imported Treasury release', () => {
		const source = readFileSync(new URL('../../articles/treasury/2018-01-25-sm0265.md', import.meta.url), 'utf8');
		const text = articleText(extractFile('2018-01-25-sm0265.md', source, { parseHtml }).blocks);
		for (const exact of [
			'Abdul Samad Sani (Sani) was designated for acting for or on behalf of the Taliban',
			'Sani has served as the Taliban’s Deputy Finance Commissioner',
			'Gula Khan Hamidi'
		]) {
			const anchor = anchorQuote(text, exact, text.indexOf(exact));
			expect(text.slice(anchor.start, anchor.end)).toBe(exact);
		}
	});

	it('gives the same offsets on every import of the same file (reproducible)', () => {
		const source = readFileSync(new URL('../fixtures/import/news-page.html', import.meta.url), 'utf8');
		const first = articleText(extractFile('page.html', source, { parseHtml }).blocks);
		const second = articleText(extractFile('page.html', source, { parseHtml }).blocks);
		expect(second).toBe(first);
		expect(normaliseArticleText(first)).toBe(first);
		expect(anchorQuote(first, 'within a month').start).toBe(anchorQuote(second, 'within a month').start);
	});
});
