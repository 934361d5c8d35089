import { describe, expect, it } from 'vitest';
import { articleText } from '../../src/lib/import/blocks';
import { extractPlainText, plainParagraphs } from '../../src/lib/import/extract-text';
import { extractPastedText } from '../../src/lib/import/import-file';
import { extractFile } from '../../src/lib/import/extract-file';
import { parseHtmlInNode as parseHtml } from '../../src/lib/import/parse-html-node';

describe('a .txt file', () => {
	it('takes its first line as the title and keeps it as the headline block', () => {
		const article = extractFile('note.txt', 'Officials Meet in Doha\r\nBy Sam Lee\r\n\r\nThe talks began on Monday.\r\n', { parseHtml });
		expect(article.title).toBe('Officials Meet in Doha');
		expect(article.blocks).toEqual([
			{ text: 'Officials Meet in Doha', keep: true, reason: 'Headline' },
			{ text: 'By Sam Lee', keep: false, reason: 'Byline' },
			{ text: 'The talks began on Monday.', keep: true }
		]);
		expect(articleText(article.blocks)).toBe('Officials Meet in Doha\n\nThe talks began on Monday.');
	});

	it('offers no title when the first line is a whole paragraph', () => {
		expect(extractPlainText('x'.repeat(400), { titleFromFirstLine: 'always' }).title).toBe('');
	});
});

describe('pasted text', () => {
	it('keeps curly quotes and dashes, and turns no-break spaces into spaces', () => {
		const pasted = '“We don’t see any on-ground cooperation,” the\u00A0source said\u00A0\u2013 twice.\n\nThe group\u2019s\u00A0leader\u2009denied it.';
		const article = extractPastedText(pasted);
		expect(articleText(article.blocks)).toBe('“We don’t see any on-ground cooperation,” the source said – twice.\n\nThe group’s leader denied it.');
		// A paragraph of reporting is not taken for a title.
		expect(article.title).toBe('');
	});

	it('takes a short first line without closing punctuation as the headline', () => {
		const article = extractPastedText('Haqqani Network Forms Joint Unit\n\nThe group discussed a joint unit.');
		expect(article.title).toBe('Haqqani Network Forms Joint Unit');
		expect(article.blocks[0]?.reason).toBe('Headline');
	});

	it('treats every line as a paragraph when the text has no blank lines (as word processors paste)', () => {
		expect(plainParagraphs('One.\nTwo.\nThree.')).toEqual(['One.', 'Two.', 'Three.']);
		expect(plainParagraphs('One\nstill one.\n\nTwo.')).toEqual(['One\nstill one.', 'Two.']);
	});

	it('marks furniture in pasted text too, and gives nothing for blank text', () => {
		const article = extractPastedText('The report was published.\n\nRead more: Another headline\n\n###');
		expect(article.blocks.filter((block) => !block.keep).map((block) => block.reason)).toEqual(['Related-article link', 'Separator or end mark']);
		expect(extractPastedText(' \u00A0\n\u200B ').blocks).toEqual([]);
	});
});

describe('a text of one line', () => {
	it('is article text, not a headline above nothing', () => {
		expect(extractPastedText('Talks resumed in Doha').blocks).toEqual([{ text: 'Talks resumed in Doha', keep: true }]);
		const file = extractPlainText('Talks resumed in Doha', { titleFromFirstLine: 'always' });
		expect(file.title).toBe('Talks resumed in Doha');
		expect(file.blocks).toEqual([{ text: 'Talks resumed in Doha', keep: true }]);
	});
});
