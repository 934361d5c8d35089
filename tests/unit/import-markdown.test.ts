import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleText } from '../../src/lib/import/blocks';
import { extractMarkdown, splitFrontMatter } from '../../src/lib/import/extract-markdown';
import { extractFile } from '../../src/lib/import/extract-file';
import { parseHtmlInNode as parseHtml } from '../../src/lib/import/parse-html-node';

const TREASURY = new URL('../../articles/treasury/', import.meta.url);
const releases = readdirSync(TREASURY).filter((name) => /^\d{4}-.*\.md$/.test(name));
const release = (name: string) => readFileSync(new URL(name, TREASURY), 'utf8');
const importRelease = (name: string, baseUrl?: string) => extractFile(name, release(name), { parseHtml, baseUrl });
const removed = (name: string) => importRelease(name).blocks.filter((block) => !block.keep);

describe('Treasury releases (Markdown with YAML front matter)', () => {
	it('reads the title, date and address from the front matter', () => {
		const article = importRelease('2012-05-17-tg1584.md');
		expect(article.title).toBe('Treasury Imposes Sanctions on Individuals Linked to the Taliban and Haqqani Network');
		expect(article.published).toBe('2012-05-17');
		// A site path until the site is known; resolved against it when it is given.
		expect(article.url).toBe('/news/press-releases/tg1584');
		expect(article.notices.join(' ')).toContain('path on its site');
		expect(importRelease('2012-05-17-tg1584.md', 'https://home.treasury.gov').url).toBe('https://home.treasury.gov/news/press-releases/tg1584');
		// The date is the one written in the file, not shifted to UTC (2021-09-24T12:56:25-04:00).
		expect(importRelease('2021-09-24-jy0372.md').published).toBe('2021-09-24');
	});

	it('opens the article with the headline as a kept block', () => {
		const article = importRelease('2018-01-25-sm0265.md');
		expect(article.blocks[0]).toEqual({ text: 'Treasury Sanctions Taliban and Haqqani Network Financiers and Facilitators', keep: true, reason: 'Headline' });
		expect(articleText(article.blocks).startsWith('Treasury Sanctions Taliban and Haqqani Network Financiers and Facilitators\n\nAction Supports')).toBe(true);
	});

	it('leaves no Markdown markup in any release: no asterisks, no heading marks, no link syntax', () => {
		for (const name of releases) {
			const text = articleText(importRelease(name).blocks);
			expect(text, name).not.toMatch(/\*/);
			expect(text, name).not.toMatch(/^#+ /m);
			expect(text, name).not.toMatch(/\]\(https?:/);
			expect(text, name).not.toMatch(/\u00A0|\u200B|\u00AD/);
		}
	});

	it('removes “(Archived Content)” and the ### end mark, showing them as removed furniture', () => {
		expect(removed('2012-11-12-tg1762.md').map((block) => [block.text, block.reason])).toEqual([
			['(Archived Content)', 'Archive notice'],
			['###', 'Separator or end mark']
		]);
		// "###" followed by a zero-width space, and "####", are end marks too.
		expect(removed('2012-08-30-tg1694.md').map((block) => block.text)).toContain('###');
		expect(removed('2018-01-25-sm0265.md').map((block) => block.text)).toEqual(['####']);
		for (const name of releases) {
			const text = articleText(importRelease(name).blocks);
			expect(text, name).not.toContain('Archived Content');
			expect(text, name).not.toMatch(/^#{2,}$/m);
		}
	});

	it('splits an archive notice that opens a paragraph, and a run-in heading, from the text after them', () => {
		const blocks = importRelease('2017-05-21-sm0092.md').blocks;
		expect(blocks.slice(0, 4).map((block) => [block.text.slice(0, 40), block.keep])).toEqual([
			['U.S. and Saudi Arabia to Co-Chair New Te', true],
			['(Archived Content)', false],
			['Collaboration with Gulf Partners to Coun', true],
			['Riyadh, Saudi Arabia– Today, the United ', true]
		]);
		const designation = importRelease('2011-09-29-tg1316.md').blocks.map((block) => block.text);
		expect(designation).toContain('Hajji Faizullah Khan Noorzai (Faizullah)');
		// A dateline in bold is not a heading: "**WASHINGTON**– …" stays one paragraph.
		expect(designation.some((text) => /Facilitator WASHINGTON– Continuing efforts/.test(text))).toBe(true);
	});

	it('keeps section headings, list items and link text as blocks of their own', () => {
		const headings = importRelease('2018-01-25-sm0265.md').blocks.map((block) => block.text);
		expect(headings).toContain('Abdul Samad Sani');
		const links = importRelease('2022-02-02-jy0582.md').blocks.map((block) => block.text);
		expect(links).toContain('957: Guidance on Processing Transactions related to Shipping Food to Afghanistan');
		expect(articleText(importRelease('2022-02-02-jy0582.md').blocks)).not.toContain('https://');
	});

	it('removes a “click here” link prompt', () => {
		expect(removed('2022-02-25-jy0609.md').map((block) => block.reason)).toContain('Link prompt');
	});

	it('keeps the release’s curly quotes and apostrophes verbatim', () => {
		const text = articleText(importRelease('2018-01-25-sm0265.md').blocks);
		expect(text).toContain('“We are targeting six individuals');
		expect(text).toContain('Treasury’s Office of Foreign Assets Control');
	});
});

describe('Markdown in general', () => {
	const md = (source: string) => extractMarkdown(source, { parseHtml });

	it('keeps the words of emphasis, links and code, drops images and markup', () => {
		const article = md('Some *emphasis*, __strong__ and ~~gone~~ words, a [link *here*](https://x.example) and `code`. ![photo](p.jpg)Done.');
		expect(articleText(article.blocks)).toBe('Some emphasis, strong and gone words, a link here and code. Done.');
	});

	it('decodes character references and keeps escaped asterisks', () => {
		expect(articleText(md('Smith &amp; Sons &mdash; &#8220;quoted&#8221; &rsquo; &unknownthing; 5 \\* 3').blocks)).toBe(
			'Smith & Sons — “quoted” ’ &unknownthing; 5 * 3'
		);
	});

	it('turns soft line breaks into spaces and hard breaks into line breaks', () => {
		expect(articleText(md('one\ntwo  \nthree').blocks)).toBe('one two\nthree');
	});

	it('gives headings, list items, quoted paragraphs and table rows a block each', () => {
		const article = md('# Big news\n\nIntro.\n\n## Part\n\n- first\n- second\n  1. nested\n\n> quoted\n\n| a | b |\n|---|---|\n| 1 | 2 |\n');
		expect(article.title).toBe('Big news');
		expect(article.blocks.map((block) => block.text)).toEqual(['Big news', 'Intro.', 'Part', 'first', 'second', 'nested', 'quoted', 'a\nb', '1\n2']);
	});

	it('reads HTML blocks as text, skipping scripts and styles', () => {
		const article = md('Before.\n\n<div class="box"><p>Inside <b>bold</b></p><script>globalThis.__mdPwned = true</script><style>p{}</style></div>\n\nAfter.');
		expect(article.blocks.map((block) => block.text)).toEqual(['Before.', 'Inside bold', 'After.']);
		expect((globalThis as Record<string, unknown>).__mdPwned).toBeUndefined();
	});

	it('reads a front matter’s date forms, an absolute address and a publisher', () => {
		const article = md('---\ntitle: "A title: with colon"\ndate: 2021-03\nurl: https://news.example/a?b=1\npublisher: News Example\n---\nBody.');
		expect(article).toMatchObject({ title: 'A title: with colon', published: '2021-03', url: 'https://news.example/a?b=1', publisher: 'News Example' });
		expect(md('---\ndate: March 4, 2021\nurl: javascript:alert(1)\n---\nBody.')).toMatchObject({ published: '2021-03-04', url: null });
	});

	it('reports front matter it cannot read, and still imports the body', () => {
		const article = md('---\ntitle: [unclosed\n---\nThe body stays.');
		expect(article.notices[0]).toMatch(/front matter could not be read/);
		expect(articleText(article.blocks)).toBe('The body stays.');
		expect(splitFrontMatter('No front matter here.').data).toEqual({});
	});
});
