import { afterEach, describe, expect, it, vi } from 'vitest';
import { EARLY_FILES, earlyFetchScript, withEarlyFetch } from '../../src/early-fetch.js';
import { DATASET_FILES } from '../../src/lib/storage/first-visit';

/** Runs the script on a page at `address`, and gives back the links it added to the head. */
function linksAddedAt(address: string, slugs: string[]): Record<string, string>[] {
	const url = new URL(address, 'https://threadboard.test');
	const added: Record<string, string>[] = [];
	vi.stubGlobal('location', { pathname: url.pathname, search: url.search });
	vi.stubGlobal('document', { createElement: () => ({}), head: { appendChild: (link: Record<string, string>) => added.push(link) } });
	new Function(earlyFetchScript(slugs))();
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
	});
});
