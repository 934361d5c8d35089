/**
 * A saved news page (.html, .htm). The page is parsed into an inert document (see types.ts:
 * HtmlParser) that is never rendered and runs nothing; its article body is found by Mozilla's
 * Readability and read as text. Title, site name, publication date and canonical address come
 * from the page's meta tags and JSON-LD, read as data (JSON.parse, never evaluated).
 */
import { Readability } from '@mozilla/readability';
import { toBlocks, withHeadline, type RawBlock } from './blocks';
import { furnitureReason } from './furniture';
import { htmlBlocks } from './html-blocks';
import { httpUrl, partialDateFrom } from './metadata';
import { normaliseArticleText } from './normalise';
import type { HtmlParser, ImportedArticle } from './types';

export interface HtmlOptions {
	parseHtml: HtmlParser;
}

interface PageMetadata {
	title: string | null;
	siteName: string | null;
	published: string | null;
	url: string | null;
	byline: string | null;
}

function metaContent(document: Document, keys: string[]): string | null {
	for (const key of keys) {
		for (const meta of Array.from(document.querySelectorAll('meta'))) {
			const name = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '').trim().toLowerCase();
			const content = meta.getAttribute('content')?.trim();
			if (name === key && content) return content;
		}
	}
	return null;
}

type JsonObject = Record<string, unknown>;

/** Every object in the page's JSON-LD blocks, @graph arrays flattened; broken blocks are skipped. */
function jsonLdObjects(document: Document): JsonObject[] {
	const objects: JsonObject[] = [];
	const collect = (value: unknown): void => {
		if (Array.isArray(value)) value.forEach(collect);
		else if (value && typeof value === 'object') {
			objects.push(value as JsonObject);
			const graph = (value as JsonObject)['@graph'];
			if (graph) collect(graph);
		}
	};
	for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
		try {
			collect(JSON.parse(script.textContent ?? ''));
		} catch {
			// A malformed block says nothing; the meta tags may.
		}
	}
	return objects;
}

const ARTICLE_TYPES = /^(?:\w+)?(?:Article|NewsArticle|Report|BlogPosting|PressRelease|WebPage)$/;

function isArticle(object: JsonObject): boolean {
	const type = object['@type'];
	return (Array.isArray(type) ? type : [type]).some((entry) => typeof entry === 'string' && ARTICLE_TYPES.test(entry));
}

function text(value: unknown): string | null {
	if (typeof value === 'string' && value.trim() !== '') return value.trim();
	if (value && typeof value === 'object' && !Array.isArray(value)) return text((value as JsonObject)['name']) ?? text((value as JsonObject)['@id']);
	if (Array.isArray(value)) return value.map(text).find((entry) => entry !== null) ?? null;
	return null;
}

function names(value: unknown): string | null {
	const list = (Array.isArray(value) ? value : [value]).map(text).filter((entry): entry is string => entry !== null);
	return list.length > 0 ? list.join(', ') : null;
}

/** What the page says about itself, read before Readability rewrites the document. */
export function pageMetadata(document: Document): PageMetadata {
	const linked = jsonLdObjects(document);
	const article = linked.find(isArticle) ?? {};
	const organisation = linked.find((object) => object['@type'] === 'Organization' || object['@type'] === 'NewsMediaOrganization');
	const canonical = document.querySelector('link[rel~="canonical"]')?.getAttribute('href') ?? null;
	const pageTitle = document.querySelector('title')?.textContent?.trim() || null;
	const timeElement = document.querySelector('time[datetime]')?.getAttribute('datetime') ?? null;

	const base = httpUrl(metaContent(document, ['og:url'])) ?? httpUrl(text(article['url']));
	const candidates: Array<string | null> = [canonical, metaContent(document, ['og:url', 'twitter:url']), text(article['url']), text(article['mainEntityOfPage'])];
	const url = candidates.map((candidate) => httpUrl(candidate, base)).find((candidate) => candidate !== null) ?? null;

	const dates: unknown[] = [
		metaContent(document, ['article:published_time', 'og:published_time', 'datepublished', 'publishdate', 'pubdate', 'date', 'dc.date.issued', 'dc.date', 'dcterms.created', 'parsely-pub-date', 'sailthru.date']),
		article['datePublished'],
		article['dateCreated'],
		timeElement
	];
	return {
		title: text(article['headline']) ?? metaContent(document, ['og:title', 'twitter:title', 'dc.title']) ?? pageTitle,
		siteName: metaContent(document, ['og:site_name', 'application-name', 'publisher', 'dc.publisher']) ?? text(article['publisher']) ?? text(organisation?.['name']),
		published: dates.map(partialDateFrom).find((date) => date !== null) ?? null,
		url,
		byline: metaContent(document, ['author', 'article:author', 'byl', 'dc.creator']) ?? names(article['author'])
	};
}

/** A page title often carries the site name ("Headline | Site", "Headline - Site"): drop it when it is the site's. */
function withoutSiteName(title: string, siteName: string | null): string {
	if (!siteName) return title;
	const parts = title.split(/\s+[|–—-]\s+/);
	if (parts.length > 1 && parts.at(-1)!.trim().toLowerCase() === siteName.toLowerCase()) return parts.slice(0, -1).join(' - ');
	return title;
}

const OUTSIDE_ARTICLE = 'Not recognised as article text';

/**
 * Readability's article, with the page's own text around it put back as removed blocks: what
 * lies between the headline and the article's last paragraph but was left out (a byline, a
 * caption, a share bar, or a paragraph Readability misjudged) is shown, so the user can put it
 * back. Navigation and footers outside that stretch stay out.
 */
export function alignWithPage(pageBlocks: RawBlock[], articleBlocks: RawBlock[], headline: string): RawBlock[] {
	const page = pageBlocks.map((block) => ({ ...block, text: normaliseArticleText(block.text) })).filter((block) => block.text !== '');
	const article = articleBlocks.map((block) => ({ ...block, text: normaliseArticleText(block.text) })).filter((block) => block.text !== '');
	const firstMatch = article.length ? page.findIndex((block) => block.text === article[0]!.text) : -1;
	if (firstMatch < 0) return article;
	const headlineAt = page.findIndex((block) => block.text === normaliseArticleText(headline));
	let cursor = headlineAt >= 0 && headlineAt < firstMatch ? headlineAt : firstMatch;
	const aligned: RawBlock[] = [];
	for (const block of article) {
		const found = page.findIndex((candidate, index) => index >= cursor && candidate.text === block.text);
		if (found >= 0) {
			for (const skipped of page.slice(cursor, found))
				aligned.push({ text: skipped.text, reason: skipped.reason ?? furnitureReason(skipped.text) ?? OUTSIDE_ARTICLE });
			cursor = found + 1;
		}
		aligned.push(block);
	}
	return aligned;
}

export function extractHtml(source: string, options: HtmlOptions): ImportedArticle {
	const page = options.parseHtml(source);
	const metadata = pageMetadata(page);
	const pageBlocks = page.body ? htmlBlocks(page.body) : [];
	const notices: string[] = [];
	// Readability rewrites the document it is given: a second parse, ours alone and never shown.
	const parsed = new Readability<Node>(options.parseHtml(source), { serializer: (node) => node }).parse();
	const siteName = metadata.siteName ?? parsed?.siteName?.trim() ?? null;
	const title = withoutSiteName(metadata.title ?? parsed?.title?.trim() ?? '', siteName);

	let raw: RawBlock[];
	if (parsed?.content) raw = alignWithPage(pageBlocks, htmlBlocks(parsed.content), title);
	else {
		notices.push('No article body was recognised on this page; the whole page text is shown, so cut what is not the article.');
		raw = pageBlocks;
	}
	let blocks = withHeadline(title, toBlocks(raw));

	// Readability takes the byline out of the body; offer it back as furniture under the headline.
	const byline = parsed?.byline?.trim() || metadata.byline;
	if (byline && !blocks.some((block) => block.text.includes(byline))) {
		const [byBlock] = toBlocks([{ text: byline, reason: 'Byline' }]);
		if (byBlock) {
			const at = blocks[0]?.reason === 'Headline' ? 1 : 0;
			blocks = [...blocks.slice(0, at), byBlock, ...blocks.slice(at)];
		}
	}

	return {
		title: blocks.find((block) => block.reason === 'Headline')?.text ?? '',
		publisher: siteName ?? '',
		published: metadata.published ?? partialDateFrom(parsed?.publishedTime),
		url: metadata.url,
		blocks,
		notices
	};
}
