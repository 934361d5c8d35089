import { afterEach, describe, expect, it, vi } from 'vitest';
import { BUILT_IN_CORPUS, BUILT_IN_CORPUS_LAYOUT, CORPUS_CODE_META, corpusCodeMeta, EARLY_FILES, earlyFetchScript, withEarlyFetch } from '../../src/early-fetch.js';
import { BUILT_IN_CORPUS_ID } from '../../src/lib/storage/library';
import { corpusLayoutFile } from '../../src/lib/graph/layout-sources';
import { DATASET_FILES } from '../../src/lib/storage/first-visit';

/** Runs the script on a page at `address`, and gives back the links it added to the head. */
function linksAddedAt(address: string, slugs: string[], corpusLayout = false, corpusCode: string | null = null): Record<string, string>[] {
	const url = new URL(address, 'https://threadboard.test');
	const added: Record<string, string>[] = [];
	vi.stubGlobal('location', { pathname: url.pathname, search: url.search });
	const whenRead: (() => void)[] = [];
	vi.stubGlobal('document', {
		addEventListener: (type: string, listener: () => void) => type === 'DOMContentLoaded' && whenRead.push(listener),
		createElement: () => ({}),
		head: { appendChild: (link: Record<string, string>) => added.push(link) },
		querySelector: (selector: string) => (selector === `meta[name="${CORPUS_CODE_META}"]` && corpusCode !== null ? { content: corpusCode } : null)
	});
	new Function(earlyFetchScript(slugs, corpusLayout))();
	// The rest of the head read: the page's own code is asked for first.
	whenRead.forEach((listener) => listener());
	return added;
}

describe('the early fetch of a built-in dataset’s files', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('asks for the files the workspace reads', () => {
		expect(EARLY_FILES).toEqual([...DATASET_FILES]);
	});

	it('preloads each file of a built-in dataset opened in the workspace, as fetch() will ask for it', () => {
		expect(linksAddedAt('/view/?dataset=seed&actor=x', ['other', 'seed'])).toEqual(
			EARLY_FILES.map((file) => ({ rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href: `/datasets/seed/${file}` }))
		);
		expect(linksAddedAt('/view?dataset=seed', ['seed'])).toHaveLength(3);
	});

	it('asks for nothing for a dataset that is not built in, a corpus, no dataset, or another page', () => {
		expect(linksAddedAt('/view/?dataset=mine', ['seed'])).toEqual([]);
		expect(linksAddedAt('/view/?corpus=c', ['seed'])).toEqual([]);
		expect(linksAddedAt('/view/', ['seed'])).toEqual([]);
		expect(linksAddedAt('/edit/?dataset=seed', ['seed'])).toEqual([]);
		expect(linksAddedAt('/?dataset=seed', ['seed'])).toEqual([]);
	});

	it('preloads every built-in dataset’s text for the built-in corpus, and its layout when the build made one', () => {
		expect(BUILT_IN_CORPUS).toBe(BUILT_IN_CORPUS_ID);
		expect(BUILT_IN_CORPUS_LAYOUT).toBe(corpusLayoutFile(BUILT_IN_CORPUS_ID));
		const hrefs = (links: Record<string, string>[]) => links.map((link) => link.href);
		expect(hrefs(linksAddedAt('/view/?corpus=all-built-in', ['seed', 'other']))).toEqual([
			'/datasets/seed/dataset.json',
			'/datasets/seed/article.txt',
			'/datasets/other/dataset.json',
			'/datasets/other/article.txt'
		]);
		expect(hrefs(linksAddedAt('/view/?corpus=all-built-in&actor=x', ['seed', 'other'], true)).slice(-2)).toEqual(['/datasets/other/article.txt', `/datasets/${BUILT_IN_CORPUS_LAYOUT}`]);
		expect(linksAddedAt('/view/?corpus=all-built-in', ['seed', 'other'], true).every((link) => link.rel === 'preload' && link.as === 'fetch' && link.crossOrigin === 'anonymous')).toBe(true);
		// One built-in dataset makes no built-in corpus; a dataset named in the address wins, as in the workspace.
		expect(linksAddedAt('/view/?corpus=all-built-in', ['seed'], true)).toEqual([]);
		expect(hrefs(linksAddedAt('/view/?dataset=seed&corpus=all-built-in', ['seed', 'other'], true))).toEqual(EARLY_FILES.map((file) => `/datasets/seed/${file}`));
	});

	it('asks for a corpus workspace\'s code, as the build listed it, for any corpus and only for a corpus', () => {
		const listed = '../_app/immutable/chunks/corpus.js ../_app/immutable/chunks/merge.js ../_app/immutable/assets/CorpusWorkspace.css';
		expect(linksAddedAt('/view/?corpus=mine', ['seed'], false, listed)).toEqual([
			{ rel: 'modulepreload', href: '../_app/immutable/chunks/corpus.js' },
			{ rel: 'modulepreload', href: '../_app/immutable/chunks/merge.js' },
			// As Vite's loader will ask for the stylesheet, or the preload goes unused.
			{ rel: 'preload', as: 'style', crossOrigin: 'anonymous', href: '../_app/immutable/assets/CorpusWorkspace.css' }
		]);
		// The built-in corpus: its datasets' files at once, its code once the head is read.
		const builtIn = linksAddedAt('/view/?corpus=all-built-in', ['seed', 'other'], true, listed);
		expect(builtIn.slice(5).map((link) => link.href)).toEqual(listed.split(' '));
		expect(builtIn).toHaveLength(3 + 5);
		expect(linksAddedAt('/view/?dataset=seed', ['seed'], false, listed).map((link) => link.href)).toEqual(EARLY_FILES.map((file) => `/datasets/seed/${file}`));
		expect(linksAddedAt('/view/?dataset=mine&corpus=c', ['seed'], false, listed)).toEqual([]);
		expect(linksAddedAt('/edit/?corpus=c', ['seed'], false, listed)).toEqual([]);
		// No list (a page built without one): nothing to ask for.
		expect(linksAddedAt('/view/?corpus=mine', ['seed'])).toEqual([]);
	});

	it('preloads from that list only built code and styles', () => {
		const listed = 'https://elsewhere.test/x.js ../_app/immutable/chunks/ok.js javascript:alert(1) ../_app/immutable/chunks/a.json /_app/immutable/../../x.js';
		expect(linksAddedAt('/view/?corpus=mine', ['seed'], false, listed).map((link) => link.href)).toEqual(['../_app/immutable/chunks/ok.js']);
		expect(corpusCodeMeta(['../_app/immutable/chunks/a.js', '"><script>alert(1)</script>'])).toBe(`<meta name="${CORPUS_CODE_META}" content="../_app/immutable/chunks/a.js">`);
		expect(corpusCodeMeta([])).toBe('');
	});

	it('leaves out a slug that is not a plain id, so the list cannot break out of the script', () => {
		const script = earlyFetchScript(['seed', '</script><script>alert(1)</script>', 'Other']);
		expect(script).not.toContain('</script>');
		expect(script).toContain('["seed"]');
	});

	it('goes right after the page’s security policy, or first in the head', () => {
		const page = '<html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="x"><link rel="modulepreload" href="a.js"></head></html>';
		expect(withEarlyFetch(page, 'go()')).toBe(
			'<html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="x"><script>go()</script><link rel="modulepreload" href="a.js"></head></html>'
		);
		expect(withEarlyFetch('<html><head><title>t</title></head></html>', 'go()')).toBe('<html><head><script>go()</script><title>t</title></head></html>');
		expect(withEarlyFetch(page, 'go()', '<meta name="m">')).toContain('content="x"><meta name="m"><script>go()</script><link');
	});
});
