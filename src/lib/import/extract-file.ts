/**
 * The importer's readers by file type, all at hand: for Node (`npm run draft`) and the tests.
 * The import screen uses extractFileOnDemand (import-file.ts), which downloads a reader when a file needs it.
 */
import { extractHtml } from './extract-html';
import { extractMarkdown } from './extract-markdown';
import { extractPlainText } from './extract-text';
import { importKindOf, notImportable, type ExtractOptions } from './import-file';
import type { ImportedArticle } from './types';

/** Reads a file's text by its type (from the file name). Throws for a type the importer does not read. */
export function extractFile(fileName: string, text: string, options: ExtractOptions): ImportedArticle {
	const kind = importKindOf(fileName);
	if (kind === 'text') return extractPlainText(text, { titleFromFirstLine: 'always' });
	if (kind === 'markdown') return extractMarkdown(text, options);
	if (kind === 'html') return extractHtml(text, options);
	throw notImportable(fileName);
}
