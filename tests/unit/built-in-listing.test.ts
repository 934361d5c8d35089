/**
 * Listing built-in datasets: read and checked off the main thread when a worker can
 * (the summary worker), in the page when not, with the same rows either way; a worker
 * that fails leaves the dataset to the page.
 */
import { describe, expect, it } from 'vitest';
import { BuiltInDatasets } from '../../src/lib/storage/built-in';
import { fetchDatasetFiles } from '../../src/lib/dataset/load';
import { summaryOfFiles } from '../../src/lib/storage/summary';
import type { OffPageSummaries } from '../../src/lib/storage/summary-worker';
import { SEED_SLUG, seedArticleText, seedDatasetJsonText } from './seed';

const BROKEN = 'broken-one';

function serve(): typeof fetch {
	const files: Record<string, string> = {
		'/datasets/index.json': JSON.stringify({ datasets: [{ slug: SEED_SLUG, title: 'Seed' }, { slug: BROKEN, title: 'Broken' }] }),
		[`/datasets/${SEED_SLUG}/dataset.json`]: seedDatasetJsonText,
		[`/datasets/${SEED_SLUG}/article.txt`]: seedArticleText,
		[`/datasets/${BROKEN}/dataset.json`]: seedDatasetJsonText.replace('"entities"', '"entitees"'),
		[`/datasets/${BROKEN}/article.txt`]: seedArticleText
	};
	return (async (input: RequestInfo | URL) => {
		const text = files[String(input)];
		return text === undefined ? new Response('missing', { status: 404 }) : new Response(text);
	}) as typeof fetch;
}

/** Stands in for the worker: what summary.worker.ts runs, through the off-page interface, with a log. */
function recordingOffPage(fetcher: typeof fetch, log: string[], failFor: string | null = null): () => OffPageSummaries {
	return () => ({
		async summarise(slug: string, title: string) {
			log.push(`worker ${slug}`);
			if (slug === failFor) throw new Error('the summary worker could not start');
			return summaryOfFiles(slug, title, await fetchDatasetFiles(fetcher, slug));
		},
		done: () => log.push('done')
	});
}

describe('listing built-in datasets', () => {
	it('reads and checks every dataset off the page, then ends the worker', async () => {
		const log: string[] = [];
		const fetcher = serve();
		const listed = await new BuiltInDatasets(fetcher, recordingOffPage(fetcher, log)).list();
		expect(log).toEqual([`worker ${SEED_SLUG}`, `worker ${BROKEN}`, 'done']);
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
		expect(log).toEqual([`worker ${SEED_SLUG}`, `worker ${BROKEN}`, 'done']);
		expect(listed.summaries[0]!.counts?.actors).toBe(17);
	});

	it('does not send a dataset already opened in the page to the worker', async () => {
		const log: string[] = [];
		const fetcher = serve();
		const builtIn = new BuiltInDatasets(fetcher, recordingOffPage(fetcher, log));
		await builtIn.get(SEED_SLUG);
		await builtIn.list();
		expect(log).toEqual([`worker ${BROKEN}`, 'done']);
	});
});
