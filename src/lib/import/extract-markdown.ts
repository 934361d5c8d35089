/**
 * Markdown (.md, .markdown): YAML front matter for the metadata, then the body turned into
 * plain text with marked's lexer (a real CommonMark/GFM parser, not regular expressions):
 * emphasis and links keep their words, images are dropped, each heading, paragraph, list item,
 * quoted paragraph and table row is a block, HTML blocks are read as text through the inert parser.
 */
import { marked, type Token, type Tokens } from 'marked';
import { parse as parseYaml } from 'yaml';
import { toBlocks, withHeadline, type RawBlock } from './blocks';
import { decodeEntities } from './entities';
import { htmlBlocks } from './html-blocks';
import { httpUrl, isSitePath, partialDateFrom } from './metadata';
import type { HtmlParser, ImportedArticle } from './types';

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

export interface MarkdownOptions {
	parseHtml: HtmlParser;
	/** The site a relative `url` in the front matter belongs to ("https://home.treasury.gov"). */
	baseUrl?: string;
}

/** The front matter as a plain object, and the Markdown after it. */
export function splitFrontMatter(source: string): { data: Record<string, unknown>; body: string; problem: string | null } {
	const match = FRONT_MATTER.exec(source);
	if (!match) return { data: {}, body: source.replace(/^\uFEFF/, ''), problem: null };
	const body = source.slice(match[0].length);
	try {
		const data: unknown = parseYaml(match[1]!);
		if (data === null || data === undefined) return { data: {}, body, problem: null };
		if (typeof data !== 'object' || Array.isArray(data)) return { data: {}, body, problem: 'The front matter is not a list of keys and values, so it was not read.' };
		return { data: data as Record<string, unknown>, body, problem: null };
	} catch (error) {
		const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
		return { data: {}, body, problem: `The front matter could not be read (${reason}); fill in the title, date and address by hand.` };
	}
}

function firstString(data: Record<string, unknown>, keys: string[]): string | null {
	for (const key of keys) {
		const value = data[key];
		if (typeof value === 'string' && value.trim() !== '') return value.trim();
	}
	return null;
}

function firstValue(data: Record<string, unknown>, keys: string[]): unknown {
	for (const key of keys) if (data[key] !== undefined && data[key] !== null) return data[key];
	return undefined;
}

/**
 * Asterisks the parser left as text are emphasis the source failed to open or close
 * ("*Afghanistan and Pakistan *", "Secretary*for"): markup, not words. They are removed; one
 * that stood between two letters becomes a space. A literal asterisk is written `\*` in
 * Markdown and is kept (marked gives it as an escape token, not text).
 */
function withoutStrayEmphasis(text: string): string {
	return text.replace(/(?<=[\p{L}\p{N}])\*+(?=[\p{L}\p{N}])/gu, ' ').replace(/\*+/g, '');
}

/** The words of inline tokens: emphasis and link text kept, images and tags dropped, hard breaks as line breaks. */
function inlineText(tokens: Token[] | undefined): string {
	let text = '';
	for (const token of tokens ?? []) {
		switch (token.type) {
			case 'text':
				text += 'tokens' in token && token.tokens ? inlineText(token.tokens) : withoutStrayEmphasis(decodeEntities(token.text)).replace(/\n/g, ' ');
				break;
			case 'escape':
			case 'codespan':
				text += token.text;
				break;
			case 'br':
				text += '\n';
				break;
			case 'image':
				break;
			case 'html':
				if (/^<br\b/i.test(token.text)) text += '\n';
				break;
			default:
				text += 'tokens' in token && token.tokens ? inlineText(token.tokens) : 'text' in token ? decodeEntities(String(token.text)) : '';
		}
	}
	return text;
}

/**
 * A paragraph that opens with bold or italic words followed by a capitalised sentence
 * ("**Status Report** Three years ago…") is a run-in heading; it becomes a block of its own.
 * A dateline ("**WASHINGTON** – The…") or a label ("**Note:** …") is not split.
 */
function splitRunInHeadings(tokens: Token[]): string[] {
	const parts: string[] = [];
	let rest = tokens;
	while (rest.length > 1) {
		// Spaces between one run-in heading and the next say nothing.
		while (rest[0]?.type === 'text' && rest[0].raw.trim() === '') rest = rest.slice(1);
		const [lead, ...after] = rest;
		if (!lead) break;
		if (lead.type !== 'strong' && lead.type !== 'em') break;
		const heading = inlineText([lead]).trim();
		const remainder = inlineText(after);
		if (heading === '' || heading.length > 200 || /[-–—:]$/.test(heading) || !/^\s+[\p{Lu}\d“"‘(]/u.test(remainder)) break;
		parts.push(heading);
		rest = after;
	}
	parts.push(inlineText(rest));
	return parts;
}

function blocksOf(tokens: Token[], parseHtml: HtmlParser): RawBlock[] {
	const blocks: RawBlock[] = [];
	for (const token of tokens) {
		switch (token.type) {
			case 'paragraph':
				blocks.push(...splitRunInHeadings(token.tokens ?? []).map((text) => ({ text })));
				break;
			case 'heading': {
				const text = inlineText(token.tokens);
				// An empty heading ("###" alone) is the press-release end mark: shown as such.
				blocks.push({ text: text.replace(/[\s\u200B\uFEFF]/g, '') === '' ? token.raw.trim() : text });
				break;
			}
			case 'text':
				blocks.push({ text: 'tokens' in token && token.tokens ? inlineText(token.tokens) : decodeEntities(token.text) });
				break;
			case 'code':
				blocks.push({ text: token.text });
				break;
			case 'blockquote':
				blocks.push(...blocksOf(token.tokens ?? [], parseHtml));
				break;
			case 'list':
				for (const item of (token as Tokens.List).items) blocks.push(...blocksOf(item.tokens, parseHtml));
				break;
			case 'table': {
				const table = token as Tokens.Table;
				for (const row of [table.header, ...table.rows]) blocks.push({ text: row.map((cell) => inlineText(cell.tokens)).join('\n') });
				break;
			}
			case 'html': {
				const document = parseHtml(`<!DOCTYPE html><html><head></head><body>${token.text}</body></html>`);
				if (document.body) blocks.push(...htmlBlocks(document.body));
				break;
			}
			default:
			// space, hr, def: nothing a reader reads.
		}
	}
	return blocks;
}

export function extractMarkdown(source: string, options: MarkdownOptions): ImportedArticle {
	const { data, body, problem } = splitFrontMatter(source);
	const notices = problem ? [problem] : [];
	const tokens = marked.lexer(body);
	let blocks = toBlocks(blocksOf(tokens, options.parseHtml));

	let title = firstString(data, ['title', 'headline']) ?? '';
	if (title === '') {
		// No title in the front matter: the first top-level heading is the headline.
		const heading = tokens.find((token): token is Tokens.Heading => token.type === 'heading' && token.depth === 1);
		if (heading) title = inlineText(heading.tokens).trim();
	}
	blocks = withHeadline(decodeEntities(title), blocks);

	const base = httpUrl(firstString(data, ['baseURL', 'baseUrl', 'base_url', 'site_url', 'siteurl'])) ?? options.baseUrl;
	const rawUrl = firstString(data, ['url', 'canonical_url', 'canonicalURL', 'canonical', 'link', 'permalink', 'source_url']);
	const url = httpUrl(rawUrl, base) ?? (isSitePath(rawUrl) ? rawUrl : null);
	if (rawUrl && url !== null && isSitePath(url))
		notices.push(`The address in the front matter is a path on its site (${url}); add the site (https://…) before continuing.`);

	return {
		title: blocks.find((block) => block.reason === 'Headline')?.text ?? '',
		publisher: firstString(data, ['publisher', 'site_name', 'siteName', 'site', 'source']) ?? '',
		published: partialDateFrom(firstValue(data, ['date', 'published', 'publishDate', 'pubDate', 'date_published', 'datePublished'])),
		url,
		blocks,
		notices
	};
}
