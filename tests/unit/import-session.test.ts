import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleMeta, importNote, metaProblems } from '../../src/lib/import/article-meta';
import { ImportSession, type ImportableFile, type SessionStorageLike } from '../../src/lib/import/import-session.svelte';
import { parseHtmlInNode as parseHtml } from '../../src/lib/import/parse-html-node';
import { SESSION_KEY } from '../../src/lib/import/session-store';

class MemoryStorage implements SessionStorageLike {
	readonly items = new Map<string, string>();
	full = false;
	getItem(key: string) {
		return this.items.get(key) ?? null;
	}
	setItem(key: string, value: string) {
		if (this.full) throw new Error('QuotaExceededError');
		this.items.set(key, value);
	}
	removeItem(key: string) {
		this.items.delete(key);
	}
}

const fileOf = (name: string, text: string | Uint8Array): ImportableFile => {
	const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
	return { name, size: bytes.length, arrayBuffer: async () => bytes.slice().buffer };
};
const release = readFileSync(new URL('../../articles/treasury/2012-05-17-tg1584.md', import.meta.url), 'utf8');

describe('ImportSession', () => {
	it('imports a Treasury release from a file, fills the fields and keeps everything across a reload', async () => {
		const storage = new MemoryStorage();
		const session = new ImportSession({ parseHtml, storage });
		await session.importFile(fileOf('tg1584.md', release));
		expect(session.problem).toBeNull();
		expect(session.meta).toEqual({ title: 'Treasury Imposes Sanctions on Individuals Linked to the Taliban and Haqqani Network', publisher: '', published: '2012-05-17', url: '/news/press-releases/tg1584' });
		expect(session.status).toBe('Imported “tg1584.md”: 2 paragraphs kept, 1 removed.');
		session.toggleBlock(1);
		session.setMeta('publisher', 'U.S. Department of the Treasury');
		session.setPasted('half-typed note');

		const reloaded = new ImportSession({ parseHtml, storage });
		expect(reloaded.preview?.blocks[1]).toEqual({ text: '(Archived Content)', keep: true, reason: 'Archive notice' });
		expect(reloaded.meta.publisher).toBe('U.S. Department of the Treasury');
		expect(reloaded.pasted).toBe('half-typed note');
		expect(reloaded.articleText.startsWith('Treasury Imposes Sanctions on Individuals Linked to the Taliban and Haqqani Network\n\n(Archived Content)\n\nWASHINGTON')).toBe(true);
	});

	it('refuses a wrong, oversized, binary or empty file with a message naming it, and keeps what the user had', async () => {
		const session = new ImportSession({ parseHtml, storage: new MemoryStorage() });
		session.setPasted('The talks began on Monday.');
		session.importPasted();
		session.setMeta('title', 'My title');
		const before = JSON.stringify([session.preview, session.meta]);
		await session.importFile(fileOf('scan.pdf', 'x'));
		expect(session.problem).toMatch(/^“scan\.pdf” is not a file the importer reads.*Nothing was changed\.$/);
		await session.importFile({ name: 'big.html', size: 11 * 1024 * 1024, arrayBuffer: async () => new ArrayBuffer(0) });
		expect(session.problem).toMatch(/^“big\.html” is 11\.0 MB/);
		await session.importFile(fileOf('photo.txt', new Uint8Array([0x89, 0x50, 0, 1])));
		expect(session.problem).toBe('“photo.txt” could not be imported: “photo.txt” does not look like a text file (it holds binary data). Nothing was changed.');
		await session.importFile(fileOf('blank.md', '---\ntitle: x\n---\n\n###\n'));
		expect(session.problem).toBe('No text was found in “blank.md”. Nothing was changed.');
		await session.importFile({ name: 'gone.txt', size: 5, arrayBuffer: () => Promise.reject(new Error('The file was moved')) });
		expect(session.problem).toBe('“gone.txt” could not be imported: The file was moved. Nothing was changed.');
		expect(JSON.stringify([session.preview, session.meta])).toBe(before);
	});

	it('says so when the paste box is empty, and keeps the previous import bringable back after a new one', async () => {
		const session = new ImportSession({ parseHtml, storage: null });
		session.importPasted();
		expect(session.problem).toBe('The paste box is empty: paste the article’s text first.');
		session.setPasted('First article\n\nIts text.');
		session.importPasted();
		session.setMeta('publisher', 'Desk');
		await session.importFile(fileOf('tg1584.md', release));
		expect(session.replaced?.preview.source).toBe('pasted text');
		session.bringBackReplaced();
		expect(session.meta.publisher).toBe('Desk');
		expect(session.articleText).toBe('First article\n\nIts text.');
	});

	it('keeps working in memory, and says so, when the tab’s storage is full', () => {
		const storage = new MemoryStorage();
		storage.full = true;
		const session = new ImportSession({ parseHtml, storage });
		session.setPasted('Some text.');
		expect(session.problem).toMatch(/^Your text could not be kept for a reload \(QuotaExceededError\)/);
		expect(session.pasted).toBe('Some text.');
	});

	it('sets aside a stored session it cannot read and starts afresh', () => {
		const storage = new MemoryStorage();
		storage.setItem(SESSION_KEY, '{"version":1,"pasted":42}');
		const session = new ImportSession({ parseHtml, storage });
		expect(session.problem).toMatch(/could not be read \(pasted: .*\)\. The import starts afresh\.$/);
		expect(storage.getItem(`${SESSION_KEY}:unreadable`)).toBe('{"version":1,"pasted":42}');
	});

	it('hands on the article only when the fields are valid and some text is kept', () => {
		const session = new ImportSession({ parseHtml, storage: null });
		session.setPasted('Talks Resume\n\nThe talks began on Monday.\n\nFollow us on X and Facebook');
		session.importPasted();
		expect(session.result()).toBeNull();
		expect(session.showAllProblems).toBe(true);
		session.setMeta('publisher', 'The\u00A0Desk');
		session.setMeta('published', '2023-05');
		session.setMeta('url', 'https://desk.example/talks');
		expect(session.result()).toEqual({
			meta: {
				title: 'Talks Resume',
				publisher: 'The Desk',
				published: '2023-05',
				url: 'https://desk.example/talks',
				note: 'Imported from pasted text; 1 paragraph was removed (share or follow prompt).'
			},
			articleText: 'Talks Resume\n\nThe talks began on Monday.'
		});
		for (const index of [0, 1]) session.toggleBlock(index);
		expect(session.result()).toBeNull();
		expect(session.problem).toMatch(/^Every paragraph is cut/);
	});
});

describe('article fields', () => {
	it('names each field’s problem', () => {
		expect(metaProblems({ title: ' ', publisher: '', published: '2021-13', url: 'ftp://x.example' })).toEqual({
			title: 'must not be empty: give the article’s headline',
			publisher: 'must not be empty: give the site or organisation that published it',
			published: 'must be YYYY, YYYY-MM or YYYY-MM-DD, like 2021-09-24',
			url: 'must start with https:// or http:// (not ftp:)'
		});
		expect(articleMeta({ title: 'T', publisher: 'P', published: '', url: '' }, 'n')).toEqual({ title: 'T', publisher: 'P', published: null, url: null, note: 'n' });
		expect(importNote('x.md', [{ text: 'a', keep: true }])).toBe('Imported from x.md; nothing was removed.');
	});
});

describe('droppedFile', () => {
	it('takes one dropped file and refuses several, saying how many', async () => {
		const { droppedFile } = await import('../../src/lib/import/dropped-file');
		const file = { name: 'a.md' } as File;
		expect(droppedFile([file])).toEqual({ file });
		expect(droppedFile([file, file])).toEqual({ problem: '2 files were dropped; drop one article at a time. Nothing was changed.' });
		expect(droppedFile([])).toBeNull();
	});
});
