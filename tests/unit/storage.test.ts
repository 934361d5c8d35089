import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { Corpora } from '../../src/lib/storage/corpora';
import { openDatabase } from '../../src/lib/storage/database';
import { newDatasetId, slugify } from '../../src/lib/storage/ids';
import { Library } from '../../src/lib/storage/library';
import { LibraryState } from '../../src/lib/library/library-state.svelte';
import { OwnDatasets } from '../../src/lib/storage/own-datasets';
import { StorageProblem, type OwnDatasetRecord } from '../../src/lib/storage/types';
import { loadSeed, SEED_SLUG, seedArticleText, seedDatasetJsonText } from './seed';
import { servedFiles } from './served-files';

/** Serves the seed as the only built-in dataset, as static/datasets/ does. */
function seedFetch(): typeof fetch {
	const files: Record<string, string> = {
		'/datasets/index.json': JSON.stringify({ datasets: [{ slug: SEED_SLUG, title: 'Seed' }] }),
		[`/datasets/${SEED_SLUG}/dataset.json`]: seedDatasetJsonText,
		[`/datasets/${SEED_SLUG}/article.txt`]: seedArticleText
	};
	return servedFiles(files);
}

function freshLibrary(): Library {
	const factory = new IDBFactory();
	return new Library({ fetch: seedFetch(), own: new OwnDatasets(() => openDatabase(factory)), corpora: new Corpora(() => openDatabase(factory)) });
}

/** A fresh library with the seed saved as an own dataset, and that dataset's stored record. */
async function savedSeed() {
	const factory = new IDBFactory();
	const own = new OwnDatasets(() => openDatabase(factory));
	const library = new Library({ fetch: seedFetch(), own });
	const { slug: _slug, ...seed } = loadSeed();
	const id = await library.add(seed);
	const db = await openDatabase(factory);
	const record = (await db.get('datasets', id))!;
	return { factory, own, library, seed, id, db, record };
}

describe('dataset ids', () => {
	it('slugify keeps readable words and the id alphabet', () => {
		expect(slugify('Haqqani Network Hand In Glove With Al-Qaeda — US Document')).toBe('haqqani-network-hand-in-glove-with-al-qaeda-us');
		expect(slugify('Ḥaqqānī')).toBe('haqqani');
		expect(slugify('«»')).toBe('article');
	});
	it('newDatasetId never returns a taken id', () => {
		const values = [0.5, 0.5, 0.25];
		const random = () => values.shift() ?? 0.1;
		const first = newDatasetId('A title', new Set());
		expect(first).toMatch(/^my-a-title-[a-z0-9]{5}$/);
		const taken = new Set([newDatasetId('A title', new Set(), () => 0.5)]);
		expect(taken.has(newDatasetId('A title', taken, random))).toBe(false);
	});
});

describe('the library', () => {
	it('lists the built-in datasets with their counts', async () => {
		const listing = await freshLibrary().list();
		expect(listing.ownProblem).toBeNull();
		expect(listing.summaries).toHaveLength(1);
		expect(listing.summaries[0]).toMatchObject({ id: SEED_SLUG, origin: 'built-in', counts: { actors: 17, links: 25, places: 6, quotes: 25 } });
	});

	it('adds, reopens, renames, duplicates and deletes own datasets, with undo', async () => {
		const library = freshLibrary();
		const { slug: _slug, ...seed } = loadSeed();
		const id = await library.add(seed);
		expect(id).toMatch(/^my-haqqani-network/);

		const opened = await library.open(id);
		expect(opened.found && opened.origin === 'own' && opened.result.ok).toBe(true);
		if (opened.found && opened.result.ok) expect(opened.result.dataset.entities).toEqual(seed.entities);

		await library.rename(id, '  Renamed  ');
		const renamed = await library.open(id);
		expect(renamed.found && renamed.result.ok && renamed.result.dataset.article.title).toBe('Renamed');

		const copy = await library.duplicate(SEED_SLUG);
		expect((await library.list()).summaries.map((row) => row.title)).toEqual(expect.arrayContaining(['Renamed', `${seed.article.title} (copy)`]));

		const removed = await library.remove(copy);
		expect((await library.open(copy)).found).toBe(false);
		await library.undoRemove(removed);
		expect((await library.open(copy)).found).toBe(true);
	});

	it('never changes or deletes a built-in dataset', async () => {
		const library = freshLibrary();
		await expect(library.remove(SEED_SLUG)).rejects.toMatchObject({ kind: 'read-only' });
		await expect(library.rename(SEED_SLUG, 'x')).rejects.toMatchObject({ kind: 'read-only' });
		await expect(library.save(loadSeed())).rejects.toBeInstanceOf(StorageProblem);
	});

	it('lists a damaged own record with its problems and still lists the rest', async () => {
		const { library, id: good, db } = await savedSeed();
		await db.put('datasets', { id: 'my-broken-00000', dataset: { article: { title: 'Broken one' } }, articleText: 'x', createdAt: '', updatedAt: '' } as never);
		const listing = await library.list();
		const broken = listing.summaries.find((row) => row.id === 'my-broken-00000');
		expect(broken).toMatchObject({ title: 'Broken one', counts: null });
		expect(broken!.problems.length).toBeGreaterThan(0);
		expect(listing.summaries.some((row) => row.id === good && row.counts !== null)).toBe(true);
	});

	it('says so when the browser has no storage, and still lists the built-ins', async () => {
		const refusing = { open: () => { throw new DOMException('The user denied permission', 'SecurityError'); } } as unknown as IDBFactory;
		const library = new Library({ fetch: seedFetch(), own: new OwnDatasets(() => openDatabase(refusing)) });
		const listing = await library.list();
		expect(listing.summaries.map((row) => row.id)).toEqual([SEED_SLUG]);
		expect(listing.ownProblem?.kind).toBe('unavailable');
		expect(listing.ownProblem?.message).toMatch(/will not keep data/);
		const opened = await library.open('my-anything-12345');
		expect(opened).toMatchObject({ found: false });
	});

	it('reports a full storage in words, keeping what was there', async () => {
		const { library, seed, id, db } = await savedSeed();
		const put = db.put.bind(db);
		db.put = (() => Promise.reject(new DOMException('quota', 'QuotaExceededError'))) as typeof db.put;
		await expect(library.rename(id, 'Other')).rejects.toMatchObject({ kind: 'full' });
		db.put = put;
		const opened = await library.open(id);
		expect(opened.found && opened.result.ok && opened.result.dataset.article.title).toBe(seed.article.title);
	});
});

describe('own datasets listed from their saved summaries', () => {
	it('keeps a summary with each saved dataset, and lists from it without checking the dataset', async () => {
		const { own, seed, id, db, record } = await savedSeed();
		expect(record.summary).toEqual({
			title: seed.article.title,
			publisher: seed.article.publisher,
			published: seed.article.published,
			counts: { actors: seed.entities.length, links: seed.relations.length, places: seed.places.length, quotes: seed.quotes.length }
		});
		// Damaged after it was saved: its saved summary is still what the list shows, until the check.
		await db.put('datasets', { ...record, articleText: 'not the article' });
		const [row] = await own.list();
		expect(row).toMatchObject({ id, title: seed.article.title, counts: record.summary!.counts, updatedAt: record.updatedAt, problems: [] });
	});

	it('checking mends a summary the dataset no longer matches, and the list then shows its problems', async () => {
		const { own, id, db, record } = await savedSeed();
		await db.put('datasets', { ...record, articleText: 'not the article' });
		expect(await own.checkSummaries()).toBe(1);
		const [row] = await own.list();
		expect(row!.id).toBe(id);
		expect(row!.counts).toBeNull();
		expect(row!.problems.length).toBeGreaterThan(0);
		// Nothing else is changed: the dataset and its times are as they were.
		const mended = (await db.get('datasets', id))!;
		expect(mended.summary).toBeUndefined();
		expect(mended.updatedAt).toBe(record.updatedAt);
		expect(mended.articleText).toBe('not the article');
		// Checked again, nothing more to mend.
		expect(await own.checkSummaries()).toBe(0);
	});

	it('checking corrects a summary that says something else, and gives one to a record saved before summaries were kept', async () => {
		const { own, seed, id, db, record } = await savedSeed();
		const { summary: _summary, ...older } = record;
		await db.put('datasets', { ...older, id: 'my-older-00000' });
		await db.put('datasets', { ...record, summary: { ...record.summary!, title: 'A title it never had', counts: { ...record.summary!.counts, actors: 999 } } });
		const before = await own.list();
		// The older record is checked as it is listed: right from the start.
		expect(before.find((row) => row.id === 'my-older-00000')).toMatchObject({ title: seed.article.title, counts: record.summary!.counts });
		expect(before.find((row) => row.id === id)).toMatchObject({ title: 'A title it never had' });
		expect(await own.checkSummaries()).toBe(2);
		const after = await own.list();
		for (const row of after) expect(row).toMatchObject({ title: seed.article.title, counts: record.summary!.counts, problems: [] });
		expect((await db.get('datasets', 'my-older-00000'))!.summary).toEqual(record.summary);
	});

	it('a summary that is not the shape of one is not trusted: the dataset is checked, and the check removes it', async () => {
		const { own, seed, id, db, record } = await savedSeed();
		await db.put('datasets', { ...record, summary: { title: 'Broken', counts: { actors: -1, links: 'x' } } } as unknown as OwnDatasetRecord);
		expect((await own.list())[0]).toMatchObject({ id, title: seed.article.title, counts: record.summary!.counts });
		expect(await own.checkSummaries()).toBe(1);
		expect((await db.get('datasets', id))!.summary).toEqual(record.summary);
	});

	it('checking never overwrites a dataset saved again while it ran', async () => {
		const { own, id, db, record } = await savedSeed();
		await db.put('datasets', { ...record, summary: { ...record.summary!, title: 'Stale' } });
		const newer: OwnDatasetRecord = { ...record, updatedAt: '2099-01-01T00:00:00.000Z', summary: { ...record.summary!, title: 'Saved meanwhile' } };
		const getAll = db.getAll.bind(db);
		// The save lands after the check has read the records and before it mends them.
		db.getAll = (async (...args: Parameters<typeof getAll>) => {
			const records = await getAll(...args);
			await db.put('datasets', newer);
			return records;
		}) as typeof db.getAll;
		try {
			expect(await own.checkSummaries()).toBe(0);
		} finally {
			db.getAll = getAll;
		}
		expect(await db.get('datasets', id)).toEqual(newer);
	});

	it('the library page lists from the summaries, then checks once in the background and lists again when that changed a row', async () => {
		const { library, id, db, record } = await savedSeed();
		await db.put('datasets', { ...record, articleText: 'not the article' });
		let idle: (() => void) | null = null;
		const state = new LibraryState(library, (then) => (idle = then));
		await state.refresh();
		expect(state.listing?.summaries.find((row) => row.id === id)?.counts).not.toBeNull();
		expect(idle).not.toBeNull();
		idle!();
		await expect.poll(() => state.listing?.summaries.find((row) => row.id === id)?.counts).toBeNull();
		expect(state.listing!.summaries.find((row) => row.id === id)!.problems.length).toBeGreaterThan(0);
	});
});

describe('corpora', () => {
	it('are created, reopened with their datasets, keep decisions, and report members this browser lacks', async () => {
		const library = freshLibrary();
		const { slug: _slug, ...seed } = loadSeed();
		const mine = await library.add(seed);
		const id = await library.createCorpus('Haqqani sources', [SEED_SLUG, mine, 'my-gone-00000']);
		expect(id).toMatch(/^corpus-haqqani-sources-/);
		const opened = await library.openCorpus(id);
		expect(opened.found).toBe(true);
		if (!opened.found) return;
		expect(opened.datasets.map((dataset) => dataset.slug)).toEqual([SEED_SLUG, mine]);
		expect(opened.missing).toEqual([{ id: 'my-gone-00000', reason: 'is not in this browser' }]);
		await library.saveCorpus({ ...opened.record, decisions: { actors: { 'a/x|b/y': 'separate' }, places: {} } });
		const again = await library.openCorpus(id);
		expect(again.found && again.record.decisions.actors).toEqual({ 'a/x|b/y': 'separate' });
		expect((await library.listCorpora()).corpora.map((corpus) => corpus.title)).toEqual(['Haqqani sources']);
		await library.removeCorpus(id);
		expect((await library.openCorpus(id)).found).toBe(false);
	});

	it('refuse a damaged record with a message, not a crash', async () => {
		const factory = new IDBFactory();
		const library = new Library({ fetch: seedFetch(), own: new OwnDatasets(() => openDatabase(factory)), corpora: new Corpora(() => openDatabase(factory)) });
		const db = await openDatabase(factory);
		await db.put('corpora', { id: 'corpus-bad', title: 42 } as never);
		const opened = await library.openCorpus('corpus-bad');
		expect(opened.found === false && opened.problem?.message).toMatch(/damaged/);
		expect((await library.listCorpora()).corpora).toEqual([]);
	});
});
