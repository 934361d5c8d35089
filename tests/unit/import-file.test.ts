import { describe, expect, it } from 'vitest';
import { decodeFileText, extractFileOnDemand, fileProblem, importKindOf, MAX_IMPORT_BYTES } from '../../src/lib/import/import-file';
import { extractFile } from '../../src/lib/import/extract-file';
import { dateProblem, httpUrl, partialDateFrom, urlProblem } from '../../src/lib/import/metadata';
import { parseHtmlInNode as parseHtml } from '../../src/lib/import/parse-html-node';

describe('which files the importer takes', () => {
	it('knows each type by its extension, in any case', () => {
		expect(['a.txt', 'b.MD', 'c.markdown', 'd.html', 'e.HTM', 'f.pdf', 'g', 'h.md.exe'].map(importKindOf)).toEqual([
			'text', 'markdown', 'markdown', 'html', 'html', null, null, null
		]);
	});

	it('refuses other types, oversized and empty files with a message naming the file and the problem', () => {
		expect(fileProblem('report.pdf', 100)).toBe('“report.pdf” is not a file the importer reads: choose a .txt, .md, .markdown, .html or .htm file.');
		expect(fileProblem('huge.html', MAX_IMPORT_BYTES + 1)).toMatch(/^“huge\.html” is 10\.0 MB, larger than the 10\.0 MB an article can be\.$/);
		expect(fileProblem('empty.txt', 0)).toBe('“empty.txt” is empty.');
		expect(fileProblem('fine.md', 2000)).toBeNull();
		expect(() => extractFile('x.docx', 'text', { parseHtml })).toThrow(/not a file the importer reads/);
	});
});

describe('extractFileOnDemand (the import screen downloads a reader when a file needs it)', () => {
	const files: [string, string][] = [
		['note.txt', 'A headline\n\nThe first paragraph says who met whom.'],
		['post.md', '---\ntitle: From the front matter\n---\n\n# A heading\n\nA paragraph with *emphasis*.'],
		['page.html', '<html><head><title>A page</title></head><body><article><h1>A page</h1><p>The only paragraph of the story, long enough to be kept by the reader as the article body.</p></article></body></html>']
	];

	it('reads every type as the at-hand readers do', async () => {
		for (const [name, text] of files) expect(await extractFileOnDemand(name, text, { parseHtml })).toEqual(extractFile(name, text, { parseHtml }));
	});

	it('refuses a type it does not read, with the same message', async () => {
		await expect(extractFileOnDemand('x.docx', 'text', { parseHtml })).rejects.toThrow(/not a file the importer reads/);
	});
});

describe('decodeFileText', () => {
	const bytes = (...values: number[]) => new Uint8Array(values);
	it('reads UTF-8, with or without a byte order mark, and UTF-16 with one', () => {
		expect(decodeFileText('a.txt', new TextEncoder().encode('al-Qa’ida'))).toBe('al-Qa’ida');
		expect(decodeFileText('a.txt', bytes(0xef, 0xbb, 0xbf, 0x68, 0x69))).toBe('hi');
		expect(decodeFileText('a.txt', bytes(0xff, 0xfe, 0x68, 0x00, 0x69, 0x00))).toBe('hi');
	});

	it('falls back to Windows-1252 for bytes that are not UTF-8, and honours an HTML page’s declared charset', () => {
		// 0x92 is the right single quote in Windows-1252.
		expect(decodeFileText('old.txt', bytes(0x64, 0x6f, 0x6e, 0x92, 0x74))).toBe('don’t');
		const page = new TextEncoder().encode('<meta charset="iso-8859-1"><p>caf');
		expect(decodeFileText('page.html', new Uint8Array([...page, 0xe9]))).toBe('<meta charset="iso-8859-1"><p>café');
	});

	it('refuses binary data, naming the file', () => {
		expect(() => decodeFileText('photo.txt', bytes(0x89, 0x50, 0x4e, 0x47, 0x00, 0x01))).toThrow('“photo.txt” does not look like a text file');
	});
});

describe('metadata checks', () => {
	it('reads publication dates as the source writes them', () => {
		expect(partialDateFrom('2012-11-12T07:00:00-05:00')).toBe('2012-11-12');
		expect(partialDateFrom('2021')).toBe('2021');
		expect(partialDateFrom('2021-09')).toBe('2021-09');
		expect(partialDateFrom('20230514')).toBe('2023-05-14');
		expect(partialDateFrom('March 4, 2021')).toBe('2021-03-04');
		expect(partialDateFrom('Thursday, 4th March 2021')).toBe('2021-03-04');
		expect(partialDateFrom('2021-02-30')).toBeNull();
		expect(partialDateFrom('soon')).toBeNull();
		expect(partialDateFrom(undefined)).toBeNull();
	});

	it('accepts only http and https addresses', () => {
		expect(httpUrl('https://example.org/a b')).toBe('https://example.org/a%20b');
		expect(httpUrl('/path', 'https://example.org')).toBe('https://example.org/path');
		for (const bad of ['javascript:alert(1)', 'data:text/html,x', 'mailto:a@b.c', 'not a url', '']) expect(httpUrl(bad)).toBeNull();
	});

	it('names the problem with a date or address the user typed', () => {
		expect(dateProblem('')).toBeNull();
		expect(dateProblem('2021-09-24')).toBeNull();
		expect(dateProblem('24/09/2021')).toBe('must be YYYY, YYYY-MM or YYYY-MM-DD, like 2021-09-24');
		expect(dateProblem('2021-02-29')).toBe('2021-02-29 is not a real calendar date');
		expect(urlProblem('')).toBeNull();
		expect(urlProblem('https://home.treasury.gov/news')).toBeNull();
		expect(urlProblem('javascript:alert(1)')).toBe('must start with https:// or http:// (not javascript:)');
		expect(urlProblem('example.org')).toBe('must be a full web address starting with https:// or http://');
		expect(urlProblem('/news/press-releases/tg1762')).toMatch(/^is a path without its site/);
	});
});
