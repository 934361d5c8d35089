/**
 * Reads an article file for the drafting CLI and eval: .txt (first line the title),
 * .md (YAML front matter), .html. Until the importer (src/lib/import) lands, .md and
 * .html are turned into text here with a minimal reader.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';

export interface ReadArticle {
	title: string | null;
	published: string | null;
	url: string | null;
	body: string;
}

function markdownToText(markdown: string): string {
	return markdown
		.replace(/\r\n/g, '\n')
		.replace(/^\s*\*\(Archived Content\)\*\s*$/gim, '')
		.replace(/\[([^\]]*)\]\([^)]*\)/g, ' $1 ')
		.replace(/\*\*\s*([^*\n]{1,80}?)\s*\*\*(?=\s*\p{Lu})/gu, (_, heading: string) => `\n\n${heading.trim()}\n\n`)
		.replace(/\*\*|__/g, '')
		.replace(/(?<!\w)\*([^*\n]+)\*(?!\w)/g, '$1')
		.replace(/\*([^*\n]+)\*(?=\w)/g, '$1 ')
		.replace(/^#{1,6}\s*$/gm, '')
		.replace(/^#{1,6}\s+/gm, '')
		.replace(/^\s*[-*]\s+/gm, '')
		.replace(/\u00a0/g, ' ')
		.replace(/[ \t]+/g, ' ')
		.replace(/ *\n */g, '\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}

export function readArticleFile(path: string): ReadArticle {
	const raw = readFileSync(path, 'utf8');
	if (path.endsWith('.md')) {
		const front = /^---\n([\s\S]*?)\n---\n/.exec(raw);
		const meta = (front ? parseYaml(front[1]!) : {}) as Record<string, unknown>;
		const date = meta.date instanceof Date ? meta.date.toISOString().slice(0, 10) : typeof meta.date === 'string' ? meta.date.slice(0, 10) : null;
		const url = typeof meta.url === 'string' ? (meta.url.startsWith('/') ? `https://home.treasury.gov${meta.url}` : meta.url) : null;
		return { title: typeof meta.title === 'string' ? meta.title.trim() : null, published: date, url, body: markdownToText(front ? raw.slice(front[0].length) : raw) };
	}
	if (path.endsWith('.html') || path.endsWith('.htm')) {
		const title = /<title>([^<]*)<\/title>/i.exec(raw)?.[1]?.trim() ?? null;
		const body = raw
			.replace(/<(script|style|nav|header|footer)[\s\S]*?<\/\1>/gi, '')
			.replace(/<\/(p|div|h\d|li|br)>/gi, '\n\n')
			.replace(/<[^>]+>/g, '')
			.replace(/&nbsp;/g, ' ')
			.replace(/&amp;/g, '&')
			.replace(/&quot;/g, '"')
			.replace(/&#39;|&apos;/g, "'")
			.replace(/[ \t]+/g, ' ')
			.replace(/\n\s*\n\s*/g, '\n\n')
			.trim();
		return { title, published: null, url: null, body };
	}
	const [first, ...rest] = raw.replace(/\r\n/g, '\n').split('\n');
	return { title: first?.trim() || null, published: null, url: null, body: rest.join('\n').trim() };
}

/** The article text as Threadboard stores it: the title, a blank line, the body. */
export function articleText(title: string, body: string): string {
	return body.startsWith(title) ? body : `${title}\n\n${body}`;
}
