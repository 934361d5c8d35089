import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { articleText } from '../../src/lib/import/blocks';
import { alignWithPage, extractHtml, pageMetadata } from '../../src/lib/import/extract-html';
import { parseHtmlInNode as parseHtml } from '../../src/lib/import/parse-html-node';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), 'utf8');
const FLAG = '__threadboardPwned';

describe('a saved news page', () => {
	const article = extractHtml(fixture('news-page.html'), { parseHtml });

	it('reads the headline, site name, date and canonical address from the page’s metadata', () => {
		expect(article).toMatchObject({
			title: 'River Authority and Port Operator Sign Dredging Deal',
			publisher: 'The Harbour Gazette',
			published: '2023-05-14',
			url: 'https://harbour-gazette.example/news/2023/05/dredging-deal'
		});
	});

	it('keeps the article’s paragraphs, with curly quotes, and a no-break space made plain', () => {
		const text = articleText(article.blocks);
		expect(text.startsWith('River Authority and Port Operator Sign Dredging Deal\n\nThe river authority and the port’s largest operator')).toBe(true);
		expect(text).toContain('“We have agreed on who pays and who digs,” the authority’s chairman, Tomas Reyes, told reporters');
		expect(text.endsWith('which the surveyor expects in July.')).toBe(true);
		expect(text.split('\n\n')).toHaveLength(6);
	});

	it('shows the furniture it removed, each with the reason', () => {
		expect(article.blocks.filter((block) => !block.keep).map((block) => [block.reason, block.text])).toEqual([
			['Byline', 'By Mira Okafor | Staff Writer'],
			['Date or reading-time line', 'Published: 14 May 2023'],
			['Photo credit or caption', 'Photo: A dredger working near the east quay / Reuters'],
			['Related-article link', 'Also Read: Port strike ends after three weeks of talks'],
			['Share or follow prompt', 'Follow The Harbour Gazette on Google News'],
			['Newsletter prompt', 'Sign up for our morning newsletter and get the day’s top stories in your inbox.']
		]);
	});

	it('leaves out navigation, the related-articles box and the footer altogether', () => {
		const everything = article.blocks.map((block) => block.text).join('\n');
		for (const outside of ['Home News World Sport', 'Why the river is silting up', 'All rights reserved', 'Share: Facebook']) expect(everything).not.toContain(outside);
	});

	it('puts back page text between the headline and the article’s end that Readability left out', () => {
		const aligned = alignWithPage(
			[{ text: 'Menu' }, { text: 'Headline' }, { text: 'One.' }, { text: 'A short aside.' }, { text: 'Two.' }, { text: 'Footer' }],
			[{ text: 'One.' }, { text: 'Two.' }],
			'Headline'
		);
		expect(aligned).toEqual([
			{ text: 'Headline', reason: 'Not recognised as article text' },
			{ text: 'One.' },
			{ text: 'A short aside.', reason: 'Not recognised as article text' },
			{ text: 'Two.' }
		]);
	});

	it('prefers JSON-LD and meta tags, and ignores addresses that are not http(s)', () => {
		const page = parseHtml(
			'<html><head><title>T - Site</title><link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="data:text/html,x">' +
				'<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","headline":"From JSON-LD","datePublished":"2020-02-29","url":"https://site.example/a"}]}</script>' +
				'<script type="application/ld+json">{ not json</script></head><body></body></html>'
		);
		expect(pageMetadata(page)).toMatchObject({ title: 'From JSON-LD', published: '2020-02-29', url: 'https://site.example/a' });
	});

	it('reads a page too short to be an article, and says so when it finds no body at all', () => {
		expect(articleText(extractHtml('<html><body><p>Only a line.</p></body></html>', { parseHtml }).blocks)).toBe('Only a line.');
		expect(articleText(extractHtml('<p>A fragment.</p>', { parseHtml }).blocks)).toBe('A fragment.');
		const empty = extractHtml('', { parseHtml });
		expect(empty.blocks).toEqual([]);
		expect(empty.notices[0]).toMatch(/No article body was recognised/);
	});
});

describe('a hostile page', () => {
	const fetchCalls: unknown[] = [];
	beforeEach(() => {
		fetchCalls.length = 0;
		vi.stubGlobal('fetch', (...args: unknown[]) => {
			fetchCalls.push(args);
			return Promise.reject(new Error('no network in tests'));
		});
	});
	afterEach(() => {
		vi.unstubAllGlobals();
		delete (globalThis as Record<string, unknown>)[FLAG];
	});

	it('runs nothing and fetches nothing, and keeps the page’s words as text', async () => {
		const article = extractHtml(fixture('hostile-page.html'), { parseHtml });
		// Give any timer, promise or event a page might have scheduled the chance to run.
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect((globalThis as Record<string, unknown>)[FLAG]).toBeUndefined();
		expect(fetchCalls).toEqual([]);

		const text = articleText(article.blocks);
		expect(text).toContain('One of them wrote the words <script>alert(1)</script> on a placard');
		expect(text).toContain('Read the council’s statement and the budget papers for the full figures');
		for (const hidden of ['Frame fallback text', 'Form value text', '__threadboardPwned', 'evil.example', 'javascript:']) expect(text).not.toContain(hidden);
		expect(article.url).toBeNull();
	});
});
