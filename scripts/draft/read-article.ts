/**
 * Reads an article file for the drafting CLI and the eval with the importer
 * (src/lib/import): .txt (first line the title), .md (YAML front matter), .html.
 * The article text is the importer's, so drafts quote exactly what the app would import.
 */
import { readFileSync } from 'node:fs';
import { articleText as joinBlocks } from '../../src/lib/import/blocks';
import { decodeFileText } from '../../src/lib/import/import-file';
import { extractFile } from '../../src/lib/import/extract-file';
import { parseHtmlInNode } from '../../src/lib/import/parse-html-node';

export interface ReadArticle {
	title: string | null;
	publisher: string | null;
	published: string | null;
	url: string | null;
	/** The article text: the kept blocks, headline first. */
	body: string;
}

export function readArticleFile(path: string, baseUrl?: string): ReadArticle {
	const text = decodeFileText(path, new Uint8Array(readFileSync(path)));
	const imported = extractFile(path, text, { parseHtml: parseHtmlInNode, ...(baseUrl ? { baseUrl } : {}) });
	return {
		title: imported.title || null,
		publisher: imported.publisher || null,
		published: imported.published,
		url: imported.url,
		body: joinBlocks(imported.blocks)
	};
}

/** The article text as Threadboard stores it: the title, a blank line, the body (unless the body opens with it). */
export function articleText(title: string, body: string): string {
	return body.startsWith(title) ? body : `${title}\n\n${body}`;
}
