/**
 * The library's rows of built-in datasets written at build time (src/lib/storage/built-summaries.ts,
 * scripts/build-layouts.ts): listed without reading the datasets, confirmed afterwards against the
 * files the server has, and never trusted in a shape they do not have.
 */
import 'fake-indexeddb/auto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDatasetsAtBuild } from '../../scripts/build-layouts';
import { checkedKey } from '../../src/lib/dataset/checked-at-build';
import { BuiltInDatasets } from '../../src/lib/storage/built-in';
import { builtInRow, readBuiltSummaries, type BuiltSummary } from '../../src/lib/storage/built-summaries';
import { Library, type LibraryListing } from '../../src/lib/storage/library';
import { summaryOf } from '../../src/lib/storage/summary';
import type { DatasetSummary } from '../../src/lib/storage/types';
import { fetchDatasetFiles } from '../../src/lib/dataset/load';
import { validateDatasetFiles } from '../../src/lib/dataset/validate';
import { SEED_SLUG, seedArticleText, seedDatasetJsonText, seedJson } from './seed';
import { servedFiles } from './served-files';

const ADDED = 'added-since-the-build';

/** The seed and a copy of it, as the build wrote their summaries; `files` overrides what is served now. */
async function site(files: Record<string, string> = {}) {
	const root = mkdtempSync(join(tmpdir(), 'summaries-'));
	writeFileSync(join(root, 'index.json'), JSON.stringify({ datasets: [{ slug: SEED_SLUG, title: 'Seed' }] }));
	mkdirSync(join(root, SEED_SLUG));
	writeFileSync(join(root, SEED_SLUG, 'dataset.json'), seedDatasetJsonText);
	writeFileSync(join(root, SEED_SLUG, 'article.txt'), seedArticleText);
	const { summaries } = await checkDatasetsAtBuild(root, [SEED_SLUG], () => {});
	const requested: string[] = [];
	const served = servedFiles({
		'/datasets/index.json': JSON.stringify({ datasets: [{ slug: SEED_SLUG, title: 'Seed' }, { slug: ADDED, title: 'Added' }] }),
		'/datasets/summaries.json': JSON.stringify(summaries),
		[`/datasets/${SEED_SLUG}/dataset.json`]: seedDatasetJsonText,
		[`/datasets/${SEED_SLUG}/article.txt`]: seedArticleText,
		[`/datasets/${ADDED}/dataset.json`]: seedDatasetJsonText,
		[`/datasets/${ADDED}/article.txt`]: seedArticleText,
		...files
	});
	const fetcher = ((input: RequestInfo | URL) => {
		requested.push(String(input));
		return served(input);
	}) as typeof fetch;
	return { summaries, fetcher, requested };
}

describe('the rows the build writes', () => {
	it('are the rows the library would read from the files, under the key of those files', async () => {
		const { summaries } = await site();
		expect(Object.keys(summaries)).toEqual([SEED_SLUG]);
		const row = summaries[SEED_SLUG]!;
		expect(row.key).toBe(await checkedKey('dataset', [seedDatasetJsonText, seedArticleText]));
		const listed = await new BuiltInDatasets(servedFiles({
			'/datasets/index.json': JSON.stringify({ datasets: [{ slug: SEED_SLUG, title: 'Seed' }] }),
			[`/datasets/${SEED_SLUG}/dataset.json`]: seedDatasetJsonText,
			[`/datasets/${SEED_SLUG}/article.txt`]: seedArticleText
		})).list();
		expect(builtInRow(SEED_SLUG, row)).toEqual(listed.summaries[0]);
	});

	it('leave out a dataset the page would have to check (one with problems)', async () => {
		const root = mkdtempSync(join(tmpdir(), 'summaries-'));
		writeFileSync(join(root, 'index.json'), JSON.stringify({ datasets: [{ slug: 'broken', title: 'Broken' }] }));
		mkdirSync(join(root, 'broken'));
		const json = seedJson();
		json.quotes[0].exact = 'not in the article at all';
		writeFileSync(join(root, 'broken', 'dataset.json'), JSON.stringify(json));
		writeFileSync(join(root, 'broken', 'article.txt'), seedArticleText);
		const { keys, summaries } = await checkDatasetsAtBuild(root, ['broken'], () => {});
		expect(summaries).toEqual({});
		expect(keys).toHaveLength(1); // the index alone
	});
});

describe('reading the summaries file', () => {
	const good: BuiltSummary = { key: 'a'.repeat(64), title: 'A title', publisher: null, published: '2020-01', counts: { actors: 1, links: 0, places: 2, quotes: 3 } };

	it('reads well-formed rows and leaves out any other, one by one', () => {
		const text = JSON.stringify({
			good,
			'bad-key': { ...good, key: 'not a hash' },
			'bad-count': { ...good, counts: { ...good.counts, links: -1 } },
			'missing-counts': { ...good, counts: undefined },
			'empty-title': { ...good, title: '' },
			'markup-title': { ...good, title: '<img src=x onerror=alert(1)>' }
		});
		const rows = readBuiltSummaries(text);
		expect([...rows.keys()]).toEqual(['good', 'markup-title']);
		expect(rows.get('good')).toEqual(good);
		// A title is text: shown as it is, never as markup (the row is the data; Svelte writes it as text).
		expect(rows.get('markup-title')!.title).toBe('<img src=x onerror=alert(1)>');
	});

	it('gives no rows for a missing, broken or foreign file', () => {
		expect(readBuiltSummaries(null).size).toBe(0);
		expect(readBuiltSummaries('{not json').size).toBe(0);
		expect(readBuiltSummaries('[1, 2]').size).toBe(0);
		expect(readBuiltSummaries('"text"').size).toBe(0);
	});
});

describe('listing from the build’s rows', () => {
	it('lists a summarised dataset without fetching its files, and reads one added since the build', async () => {
		const { fetcher, requested } = await site();
		const listed = await new BuiltInDatasets(fetcher).list();
		expect(listed.summaries.map((row) => [row.id, row.counts?.actors])).toEqual([
			[SEED_SLUG, 17],
			[ADDED, 17]
		]);
		expect(requested.filter((url) => url.startsWith(`/datasets/${SEED_SLUG}/`))).toEqual([]);
		expect(requested).toContain(`/datasets/${ADDED}/dataset.json`);
	});

	it('confirms unchanged files with nothing to change', async () => {
		const { fetcher } = await site();
		const builtIn = new BuiltInDatasets(fetcher);
		const before = await builtIn.list();
		expect(await builtIn.confirm()).toBe(false);
		expect(await builtIn.list()).toEqual(before);
	});

	it('lists a dataset changed on the server since the build as it is now, once confirmed', async () => {
		const json = seedJson();
		json.article.title = 'Retitled on the server';
		json.entities.pop();
		json.relations = json.relations.filter((relation: { source: string; target: string }) => ![relation.source, relation.target].includes(seedJson().entities.at(-1).id));
		const { fetcher } = await site({ [`/datasets/${SEED_SLUG}/dataset.json`]: JSON.stringify(json) });
		const builtIn = new BuiltInDatasets(fetcher);
		expect((await builtIn.list()).summaries[0]!.title).toBe(seedJson().article.title);
		expect(await builtIn.confirm()).toBe(true);
		const row = (await builtIn.list()).summaries[0]!;
		expect(row.title).toBe('Retitled on the server');
		expect(row.counts?.actors).toBe(16);
	});

	it('lists a dataset broken on the server since the build with its problems, once confirmed', async () => {
		const { fetcher } = await site({ [`/datasets/${SEED_SLUG}/article.txt`]: 'A different article.' });
		const builtIn = new BuiltInDatasets(fetcher);
		expect(await builtIn.confirm()).toBe(true);
		const row = (await builtIn.list()).summaries[0]!;
		expect(row.counts).toBeNull();
		expect(row.title).toBe('Seed');
		expect(row.problems.length).toBeGreaterThan(0);
	});

	it('reads every dataset, as before, when the summaries file is missing', async () => {
		const { fetcher, requested } = await site({ '/datasets/summaries.json': undefined as unknown as string });
		const listed = await new BuiltInDatasets(fetcher).list();
		expect(listed.summaries.map((row) => row.counts?.actors)).toEqual([17, 17]);
		expect(requested).toContain(`/datasets/${SEED_SLUG}/dataset.json`);
	});
});

describe('the library’s first listing', () => {
	const ownRow: DatasetSummary = { id: 'mine', origin: 'own', title: 'Mine', publisher: null, published: null, counts: { actors: 1, links: 0, places: 0, quotes: 1 }, updatedAt: '2026-12-01T00:00:00.000Z', problems: [] };

	/** A worker stand-in whose own datasets come only when `release` is called. */
	function slowOwn(fetcher: typeof fetch) {
		let release: () => void = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		const offPage = () => ({
			listOwn: async () => {
				await held;
				return [ownRow];
			},
			checkOwn: async () => 0,
			summarise: async (slug: string, title: string) => summaryOf(slug, title, validateDatasetFiles(await fetchDatasetFiles(fetcher, slug), slug)),
			open: async () => {
				throw new Error('not used');
			},
			done: () => {}
		});
		return { offPage, release };
	}

	it('gives the built-in rows first, marked pending, then every row', async () => {
		const { fetcher } = await site();
		const { offPage, release } = slowOwn(fetcher);
		const early: LibraryListing[] = [];
		const listing = new Library({ fetch: fetcher, offPage }).list((builtInOnly) => {
			early.push(builtInOnly);
			release();
		});
		const complete = await listing;
		expect(early).toHaveLength(1);
		expect(early[0]!.pending).toBe(true);
		expect(early[0]!.summaries.map((row) => row.id)).toEqual([SEED_SLUG, ADDED]);
		expect(complete.pending).toBe(false);
		expect(complete.summaries.map((row) => row.id)).toEqual(['mine', SEED_SLUG, ADDED]);
	});
});
