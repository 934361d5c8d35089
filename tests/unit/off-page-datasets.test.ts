/**
 * Datasets off the main thread: the library's rows (built-in and own) are read and checked
 * in the dataset worker when one can start, large built-in datasets are checked there when
 * opened, and the page does the work when there is no worker or it fails, with the same results.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { Library } from '../../src/lib/storage/library';
import type { DatasetSummary } from '../../src/lib/storage/types';
import { BuiltInDatasets, OFF_PAGE_BYTES } from '../../src/lib/storage/built-in';
import { decodeDatasetFiles, fetchDatasetFiles, type DatasetBytes } from '../../src/lib/dataset/load';
import { validateDatasetFiles } from '../../src/lib/dataset/validate';
import { summaryOf } from '../../src/lib/storage/summary';
import type { OffPageDatasets } from '../../src/lib/storage/dataset-worker';
import { SEED_SLUG, seedArticleText, seedDatasetJsonText } from './seed';
import { checkedKey } from '../../src/lib/dataset/checked-at-build';
import { servedFiles } from './served-files';

const BROKEN = 'broken-one';
const LARGE = 'large-one';
/** The seed padded with trailing spaces (still the same JSON) past the size that goes to the worker. */
const largeJson = seedDatasetJsonText + ' '.repeat(OFF_PAGE_BYTES);

function serve(): typeof fetch {
	const files: Record<string, string> = {
		'/datasets/index.json': JSON.stringify({ datasets: [{ slug: SEED_SLUG, title: 'Seed' }, { slug: BROKEN, title: 'Broken' }, { slug: LARGE, title: 'Large' }] }),
		[`/datasets/${SEED_SLUG}/dataset.json`]: seedDatasetJsonText,
		[`/datasets/${SEED_SLUG}/article.txt`]: seedArticleText,
		[`/datasets/${BROKEN}/dataset.json`]: seedDatasetJsonText.replace('"entities"', '"entitees"'),
		[`/datasets/${BROKEN}/article.txt`]: seedArticleText,
		[`/datasets/${LARGE}/dataset.json`]: largeJson,
		[`/datasets/${LARGE}/article.txt`]: seedArticleText
	};
	return servedFiles(files);
}

/** Stands in for the worker: what dataset.worker.ts runs, through the off-page interface, with a log. */
function recordingOffPage(fetcher: typeof fetch, log: string[], failFor: string | null = null, own: DatasetSummary[] = []): () => OffPageDatasets {
	return () => ({
		async listOwn() {
			log.push('listOwn');
			if (failFor === 'own') throw new Error('the dataset worker could not start');
			return own;
		},
		async checkOwn() {
			log.push('checkOwn');
			return 0;
		},
		async summarise(slug: string, title: string) {
			log.push(`summarise ${slug}`);
			if (slug === failFor) throw new Error('the dataset worker could not start');
			return summaryOf(slug, title, validateDatasetFiles(await fetchDatasetFiles(fetcher, slug), slug));
		},
		async open(slug: string, bytes: DatasetBytes) {
			log.push(`open ${slug}`);
			if (slug === failFor) throw new Error('the dataset worker could not start');
			return validateDatasetFiles(decodeDatasetFiles(bytes), slug);
		},
		done: () => log.push('done')
	});
}

describe('listing built-in datasets', () => {
	it('reads and checks every dataset off the page, then ends the worker', async () => {
		const log: string[] = [];
		const fetcher = serve();
		const listed = await new BuiltInDatasets(fetcher, recordingOffPage(fetcher, log)).list();
		expect(log).toEqual([`summarise ${SEED_SLUG}`, `summarise ${BROKEN}`, `summarise ${LARGE}`, 'done']);
		expect(listed.summaries[0]!.counts).toEqual({ actors: 17, links: 25, places: 6, quotes: 25 });
		// A broken one is listed with its problems, as in the page.
		expect(listed.summaries[1]!.counts).toBeNull();
		expect(listed.summaries[1]!.title).toBe('Broken');
		expect(listed.summaries[1]!.problems.length).toBeGreaterThan(0);
	});

	it('gives the same rows with no worker at all', async () => {
		const fetcher = serve();
		const withWorker = await new BuiltInDatasets(fetcher, recordingOffPage(fetcher, [])).list();
		const inPage = await new BuiltInDatasets(fetcher, null).list();
		expect(withWorker).toEqual(inPage);
	});

	it('reads a dataset in the page when the worker fails on it, and still ends the worker', async () => {
		const log: string[] = [];
		const fetcher = serve();
		const listed = await new BuiltInDatasets(fetcher, recordingOffPage(fetcher, log, SEED_SLUG)).list();
		expect(log.at(-1)).toBe('done');
		expect(listed.summaries[0]!.counts?.actors).toBe(17);
	});

	it('does not send a dataset already opened in the page to the worker', async () => {
		const log: string[] = [];
		const fetcher = serve();
		const builtIn = new BuiltInDatasets(fetcher, recordingOffPage(fetcher, log));
		await builtIn.get(SEED_SLUG);
		await builtIn.list();
		expect(log).toEqual([`summarise ${BROKEN}`, `summarise ${LARGE}`, 'done']);
	});
});

describe('opening a built-in dataset', () => {
	it('checks a dataset of a megabyte or more in the worker and a smaller one in the page, with the same result', async () => {
		const log: string[] = [];
		const fetcher = serve();
		const builtIn = new BuiltInDatasets(fetcher, recordingOffPage(fetcher, log));
		const [large, small] = [await builtIn.get(LARGE), await builtIn.get(SEED_SLUG)];
		expect(log).toEqual([`open ${LARGE}`, 'done']);
		expect(large).toEqual(await new BuiltInDatasets(fetcher, null).get(LARGE));
		expect(small).toEqual(await new BuiltInDatasets(fetcher, null).get(SEED_SLUG));
		expect(large!.ok && large!.dataset.entities.length).toBe(17);
	});

	it('reads a large dataset the build checked in the page, without the worker or the checks, with the same result', async () => {
		const log: string[] = [];
		const fetcher = serve();
		const built = [(await checkedKey('dataset', [largeJson, seedArticleText]))!];
		const trusted = await new BuiltInDatasets(fetcher, recordingOffPage(fetcher, log), built).get(LARGE);
		expect(log).toEqual([]);
		expect(trusted).toEqual(await new BuiltInDatasets(fetcher, null).get(LARGE));
		// The same key beside another article is not the file the build checked: that one goes to the worker.
		const other = await new BuiltInDatasets(fetcher, recordingOffPage(fetcher, log), [(await checkedKey('dataset', [largeJson, `${seedArticleText} `]))!]).get(LARGE);
		expect(log).toEqual([`open ${LARGE}`, 'done']);
		expect(other).toEqual(trusted);
	});

	it('reads a large dataset again in the page when the worker fails, and still ends the worker', async () => {
		const log: string[] = [];
		const fetcher = serve();
		const result = await new BuiltInDatasets(fetcher, recordingOffPage(fetcher, log, LARGE)).get(LARGE);
		expect(log).toEqual([`open ${LARGE}`, 'done']);
		expect(result!.ok).toBe(true);
	});

	it('says a missing file is missing, from the worker as from the page', async () => {
		const fetcher = serve();
		const missing = (async (input: RequestInfo | URL) =>
			String(input).endsWith(`${LARGE}/article.txt`) ? new Response('missing', { status: 404 }) : fetcher(input)) as typeof fetch;
		const viaWorker = await new BuiltInDatasets(missing, recordingOffPage(missing, [])).get(LARGE);
		expect(viaWorker).toEqual(await new BuiltInDatasets(missing, null).get(LARGE));
		expect(viaWorker!.ok).toBe(false);
	});
});

describe('listing this browser’s own datasets', () => {
	const row: DatasetSummary = { id: 'my-draft', origin: 'own', title: 'My draft', publisher: null, published: null, counts: { actors: 3, links: 2, places: 0, quotes: 4 }, updatedAt: '2026-12-01T10:00:00.000Z', problems: [] };

	it('takes the rows the worker read and ends it', async () => {
		const log: string[] = [];
		const fetcher = serve();
		const listing = await new Library({ fetch: fetcher, offPage: recordingOffPage(fetcher, log, null, [row]) }).list();
		expect(log.filter((entry) => entry === 'listOwn')).toEqual(['listOwn']);
		expect(listing.summaries[0]).toEqual(row);
		expect(listing.ownProblem).toBeNull();
	});

	it('lists them in the page when the worker fails', async () => {
		const fetcher = serve();
		const listing = await new Library({ fetch: fetcher, offPage: recordingOffPage(fetcher, [], 'own', [row]) }).list();
		// This (fake) browser's IndexedDB has none of its own: only the built-in rows, and no problem.
		expect(listing.summaries.map((summary) => summary.origin)).toEqual(['built-in', 'built-in', 'built-in']);
		expect(listing.ownProblem).toBeNull();
	});
});
