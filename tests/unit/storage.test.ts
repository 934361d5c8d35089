import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { Corpora } from '../../src/lib/storage/corpora';
import { openDatabase } from '../../src/lib/storage/database';
import { newDatasetId, slugify } from '../../src/lib/storage/ids';
import { Library } from '../../src/lib/storage/library';
import { OwnDatasets } from '../../src/lib/storage/own-datasets';
import { StorageProblem } from '../../src/lib/storage/types';
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
		const factory = new IDBFactory();
		const own = new OwnDatasets(() => openDatabase(factory));
		const library = new Library({ fetch: seedFetch(), own });
		const { slug: _slug, ...seed } = loadSeed();
		const good = await library.add(seed);
		const db = await openDatabase(factory);
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
		const factory = new IDBFactory();
		const own = new OwnDatasets(() => openDatabase(factory));
		const library = new Library({ fetch: seedFetch(), own });
		const { slug: _slug, ...seed } = loadSeed();
		const id = await library.add(seed);
		const db = await openDatabase(factory);
		const put = db.put.bind(db);
		db.put = (() => Promise.reject(new DOMException('quota', 'QuotaExceededError'))) as typeof db.put;
		await expect(library.rename(id, 'Other')).rejects.toMatchObject({ kind: 'full' });
		db.put = put;
		const opened = await library.open(id);
		expect(opened.found && opened.result.ok && opened.result.dataset.article.title).toBe(seed.article.title);
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
