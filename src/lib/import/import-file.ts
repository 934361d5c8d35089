/**
 * The importer's entry points: which files it takes, how their bytes become text, and which
 * extractor reads them. Pure: the same calls run in the browser and in Node (`npm run draft`).
 * The Markdown and HTML readers (marked, yaml, Readability: about 50 kB gzip) are downloaded
 * by the import screen only when a file needs them; `extractFile` (extract-file.ts) has them at hand.
 */
import { extractPlainText } from './extract-text';
import type { HtmlParser, ImportedArticle } from './types';

export type ImportKind = 'text' | 'markdown' | 'html';

const KINDS: Record<string, ImportKind> = {
	'.txt': 'text',
	'.md': 'markdown',
	'.markdown': 'markdown',
	'.html': 'html',
	'.htm': 'html'
};
export const IMPORTABLE_EXTENSIONS = Object.keys(KINDS);

/**
 * Far above any article: a saved news page with its inline styles and scripts is a few MB.
 * A larger file is something else, and reading it would stall the page.
 */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export function importKindOf(fileName: string): ImportKind | null {
	const match = /\.[^./\\]+$/.exec(fileName.toLowerCase());
	return match ? (KINDS[match[0]] ?? null) : null;
}

function megabytes(bytes: number): string {
	return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Why a file cannot be imported (its type or size), or null when it can be read. */
export function fileProblem(fileName: string, size: number): string | null {
	if (importKindOf(fileName) === null)
		return `“${fileName}” is not a file the importer reads: choose a .txt, .md, .markdown, .html or .htm file.`;
	if (size > MAX_IMPORT_BYTES) return `“${fileName}” is ${megabytes(size)}, larger than the ${megabytes(MAX_IMPORT_BYTES)} an article can be.`;
	if (size === 0) return `“${fileName}” is empty.`;
	return null;
}

function decoder(label: string): TextDecoder | null {
	try {
		return new TextDecoder(label);
	} catch {
		return null;
	}
}

/** Windows-1252's characters for bytes 0x80–0x9F (the rest is Latin-1); undefined bytes stay as their code points. */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/**
 * Windows-1252 by hand: Node's TextDecoder reads this label as Latin-1 and turns curly quotes
 * (0x91–0x94) into control characters, where browsers follow the WHATWG table. Same text in both.
 */
function decodeWindows1252(bytes: Uint8Array): string {
	let text = '';
	for (const byte of bytes) text += byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
	return text;
}

/** The character encoding an HTML file declares in its first kilobyte, if any. */
function declaredCharset(bytes: Uint8Array): string | null {
	const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
	return /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1] ?? null;
}

/**
 * The text of a file's bytes: a byte order mark decides; an HTML file's declared charset next;
 * then UTF-8, falling back to Windows-1252 (what old pages and editors wrote) when the bytes
 * are not UTF-8. Throws, naming the file, when the bytes are not text at all.
 */
export function decodeFileText(fileName: string, bytes: Uint8Array): string {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
	if (bytes.subarray(0, 8192).includes(0)) throw new Error(`“${fileName}” does not look like a text file (it holds binary data).`);
	const declared = importKindOf(fileName) === 'html' ? declaredCharset(bytes) : null;
	const declaredDecoder = declared ? decoder(declared) : null;
	if (declaredDecoder?.encoding === 'windows-1252') return decodeWindows1252(bytes);
	if (declaredDecoder) return declaredDecoder.decode(bytes);
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return decodeWindows1252(bytes);
	}
}

export interface ExtractOptions {
	/** The inert HTML parser: parseHtmlInBrowser or parseHtmlInNode. */
	parseHtml: HtmlParser;
	/** The site relative addresses in a Markdown file's front matter belong to. */
	baseUrl?: string;
}

/** Reads a file's text by its type (from the file name), downloading its reader first. Throws for a type the importer does not read. */
export async function extractFileOnDemand(fileName: string, text: string, options: ExtractOptions): Promise<ImportedArticle> {
	const kind = importKindOf(fileName);
	if (kind === 'text') return extractPlainText(text, { titleFromFirstLine: 'always' });
	if (kind === 'markdown') return (await import('./extract-markdown')).extractMarkdown(text, options);
	if (kind === 'html') return (await import('./extract-html')).extractHtml(text, options);
	throw notImportable(fileName);
}

/** The error for a file whose type the importer does not read, naming it. */
export function notImportable(fileName: string): Error {
	return new Error(fileProblem(fileName, 1) ?? `“${fileName}” cannot be imported.`);
}

/** Text pasted into the import screen: plain text, its first line the title only when it reads like one. */
export function extractPastedText(text: string): ImportedArticle {
	return extractPlainText(text, { titleFromFirstLine: 'when-headline' });
}
