import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../../src/lib/dataset/schema';
import { newWork, readWork, workFromDataset, type Work } from '../../src/lib/dataset/work';
import { AUTOSAVE_DELAY, EditorState, type EditorStorage } from '../../src/lib/editor/editor.svelte';
import { sentenceSpans, selectionAfterKey } from '../../src/lib/editor/keyboard-selection';
import { mergeEntities } from '../../src/lib/editor/operations';
import { placeProblems } from '../../src/lib/editor/problems';
import { previewDataset } from '../../src/lib/editor/preview';
import { openDatabase } from '../../src/lib/storage/database';
import { Library } from '../../src/lib/storage/library';
import { OwnDatasets } from '../../src/lib/storage/own-datasets';
import { WorkStore } from '../../src/lib/storage/work-store';
import { validateDataset } from '../../src/lib/dataset/validate';
import { loadSeed } from './seed';

const TEXT = 'The Taliban met al-Qaeda in Kabul. Officials denied it.\n\nU.S. officials said Mr. Haqqani left.';
const at = (phrase: string) => ({ start: TEXT.indexOf(phrase), end: TEXT.indexOf(phrase) + phrase.length });

function memoryStorage() {
	const kept: Work[] = [];
	const published: Dataset[] = [];
	const discarded: string[] = [];
	let failing: Error | null = null;
	const storage: EditorStorage = {
		keep: async (work) => {
			if (failing) throw failing;
			kept.push(work);
		},
		discard: async (id) => void discarded.push(id),
		publish: async (dataset) => void published.push(dataset)
	};
	return { storage, kept, published, discarded, fail: (error: Error | null) => (failing = error) };
}

const start = () => newWork('my-test-00000', { title: 'A meeting', publisher: 'A paper', url: null, published: null }, TEXT);

describe('the editor state', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('undoes and redoes every edit, in order', () => {
		const editor = new EditorState(start(), memoryStorage().storage);
		editor.select(at('Taliban'));
		editor.newActor('armed group');
		editor.select(at('al-Qaeda'));
		editor.newActor('armed group');
		expect(editor.work.entities.map((entity) => entity.name)).toEqual(['Taliban', 'al-Qaeda']);
		expect(editor.undoLabel).toBe('add actor al-Qaeda');
		editor.undo();
		expect(editor.work.entities.map((entity) => entity.name)).toEqual(['Taliban']);
		editor.undo();
		expect(editor.work.entities).toEqual([]);
		expect(editor.work.quotes).toEqual([]);
		editor.redo();
		editor.redo();
		expect(editor.work.entities.map((entity) => entity.name)).toEqual(['Taliban', 'al-Qaeda']);
		expect(editor.canRedo).toBe(false);
	});

	it('a new edit after undo drops what could have been redone', () => {
		const editor = new EditorState(start(), memoryStorage().storage);
		editor.select(at('Taliban'));
		editor.newActor();
		editor.undo();
		editor.select(at('Kabul'));
		editor.newPlace();
		expect(editor.canRedo).toBe(false);
		expect(editor.focus).toEqual({ kind: 'place', id: 'kabul' });
	});

	it('says why an edit is refused and changes nothing', () => {
		const editor = new EditorState(start(), memoryStorage().storage);
		const before = editor.work;
		expect(editor.apply('merge', (work) => mergeEntities(work, 'taliban', 'al-qaeda'))).toBeNull();
		expect(editor.work).toBe(before);
		expect(editor.canUndo).toBe(false);
		expect(editor.message).toMatchObject({ tone: 'refused', text: expect.stringMatching(/no longer in the dataset/) });
	});

	it('validates live and places problems on the item', () => {
		const editor = new EditorState(start(), memoryStorage().storage);
		editor.select(at('met al-Qaeda'));
		editor.newLink();
		const problems = placeProblems(editor.work, editor.validation.ok ? [] : editor.validation.problems);
		expect(editor.problems).toEqual(problems);
		const onLink = editor.problems.filter((problem) => problem.at.kind === 'item' && problem.at.item.kind === 'relation');
		// One message per unfinished field, however many checks the empty value fails.
		expect(onLink.map((problem) => problem.message).sort()).toEqual(['Choose the actor the link goes to.', 'Choose the actor the link starts from.', 'The summary is empty.']);
		expect(editor.problems.some((problem) => problem.at.kind === 'dataset' && /at least one actor/.test(problem.message))).toBe(true);
	});

	it('keeps the work after a quiet moment, and at once on flush, valid or not', async () => {
		const memory = memoryStorage();
		const editor = new EditorState(start(), memory.storage);
		editor.select(at('Kabul'));
		editor.newPlace();
		expect(editor.saveState).toBe('waiting');
		expect(memory.kept).toHaveLength(0);
		await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY + 10);
		expect(memory.kept).toHaveLength(1);
		expect(editor.saveState).toBe('kept');
		editor.undo();
		await editor.flush();
		expect(memory.kept.at(-1)!.places).toEqual([]);
	});

	it('says when keeping fails and tries again on the next edit', async () => {
		const memory = memoryStorage();
		const editor = new EditorState(start(), memory.storage);
		memory.fail(new Error('This browser’s storage is full'));
		editor.select(at('Kabul'));
		editor.newPlace();
		await editor.flush();
		expect(editor.saveState).toBe('failed');
		expect(editor.saveProblem).toMatch(/storage is full/);
		memory.fail(null);
		await editor.flush();
		expect(editor.saveState).toBe('kept');
		expect(memory.kept).toHaveLength(1);
	});

	it('refuses to finish a dataset the validator refuses, and finishes a valid one', async () => {
		const memory = memoryStorage();
		const editor = new EditorState(start(), memory.storage);
		expect(await editor.finish()).toBe(false);
		expect(editor.message?.text).toMatch(/problem/);
		expect(memory.published).toEqual([]);

		const seed = new EditorState(workFromDataset(loadSeed()), memory.storage);
		seed.apply('rename', (work) => ({ ...work, article: { ...work.article, title: 'Renamed' } }));
		expect(await seed.finish()).toBe(true);
		expect(memory.published[0]!.article.title).toBe('Renamed');
		expect(memory.discarded).toEqual([loadSeed().slug]);
		expect(seed.published).toBe(true);
	});

	it('refuses to finish while drafted items wait for review', async () => {
		const memory = memoryStorage();
		const work = workFromDataset(loadSeed());
		const editor = new EditorState({ ...work, candidates: [{ id: 'taliban', collection: 'entities', confidence: 0.9, cue: 'name' }] }, memory.storage);
		expect(await editor.finish()).toBe(false);
		expect(editor.message?.text).toMatch(/1 drafted item is not reviewed/);
	});
});

describe('keyboard selection', () => {
	const sentences = sentenceSpans(TEXT);
	it('splits sentences, not abbreviations', () => {
		expect(sentences.map((sentence) => TEXT.slice(sentence.start, sentence.end))).toEqual(['The Taliban met al-Qaeda in Kabul.', 'Officials denied it.', 'U.S. officials said Mr. Haqqani left.']);
	});
	it('moves by sentence and adjusts by word', () => {
		let selection = selectionAfterKey(TEXT, sentences, null, 'ArrowDown', false)!;
		expect(TEXT.slice(selection.start, selection.end)).toBe('The Taliban met al-Qaeda in Kabul.');
		selection = selectionAfterKey(TEXT, sentences, selection, 'ArrowDown', true)!;
		expect(TEXT.slice(selection.start, selection.end)).toBe('The Taliban met al-Qaeda in Kabul. Officials denied it.');
		selection = selectionAfterKey(TEXT, sentences, selection, 'ArrowUp', true)!;
		selection = selectionAfterKey(TEXT, sentences, selection, 'ArrowRight', true)!;
		selection = selectionAfterKey(TEXT, sentences, selection, 'ArrowLeft', false)!;
		selection = selectionAfterKey(TEXT, sentences, selection, 'ArrowLeft', false)!;
		expect(TEXT.slice(selection.start, selection.end)).toBe('Taliban met al-Qaeda');
		expect(selectionAfterKey(TEXT, sentences, selection, 'x', false)).toBeUndefined();
	});
});

describe('the preview the graph and map draw', () => {
	it('leaves out dangling references', () => {
		let work = start();
		work = { ...work, entities: [{ id: 'taliban', name: '', aliases: [], kind: 'armed group', summary: '', plural: false, places: ['gone'], evidence: [] }] };
		work = { ...work, relations: [{ id: 'link', source: 'taliban', target: '', type: 'cooperation', directed: false, stance: 'asserted', assertedBy: 'nobody', date: null, places: [], summary: '', evidence: [] }] };
		const preview = previewDataset(work);
		expect(preview.relations).toEqual([]);
		expect(preview.entities[0]).toMatchObject({ name: '(unnamed actor)', places: [] });
	});
});

describe('work in progress in the browser’s storage', () => {
	const fetchNothing = (async () => new Response('missing', { status: 404 })) as typeof fetch;
	function stores() {
		const factory = new IDBFactory();
		const open = () => openDatabase(factory);
		const work = new WorkStore(open);
		return { factory, work, library: new Library({ fetch: fetchNothing, own: new OwnDatasets(open), work }) };
	}

	it('keeps an invalid work whole, lists it, and reads it back exactly', async () => {
		const { work: store, library } = stores();
		const id = await library.startWork({ title: 'Treasury designates', publisher: 'US Treasury', url: null, published: '2020-01-02' }, TEXT);
		expect(id).toMatch(/^my-treasury-designates-[a-z0-9]{5}$/);
		const opened = (await store.get(id))!;
		const edited = { ...opened, relations: [{ id: 'link', source: '', target: '', type: 'funding' as const, directed: true, stance: 'asserted' as const, assertedBy: null, date: '20', places: [], summary: '', evidence: [] }] };
		await store.put(edited);
		expect(await store.get(id)).toEqual(edited);
		const listing = await library.list();
		expect(listing.works).toMatchObject([{ id, title: 'Treasury designates', counts: { links: 1 } }]);
		expect(listing.works[0]!.problems).toBeGreaterThan(0);
		expect((await library.takenIds()).has(id)).toBe(true);
	});

	it('lists a damaged record on its own, and refuses to open it in words', async () => {
		const { factory, work: store, library } = stores();
		await library.startWork({ title: 'Good', publisher: 'P', url: null, published: null }, TEXT);
		const db = await openDatabase(factory);
		await db.put('work', { id: 'my-broken-00000', version: 1, article: 'nope' });
		const listing = await library.list();
		expect(listing.works).toHaveLength(1);
		expect(listing.brokenWorks).toMatchObject([{ id: 'my-broken-00000' }]);
		await expect(store.get('my-broken-00000')).rejects.toMatchObject({ kind: 'corrupt' });
		expect(readWork(null)).toMatchObject({ ok: false });
	});

	it('reports a full storage in words and keeps what was there', async () => {
		const { factory, work: store, library } = stores();
		const id = await library.startWork({ title: 'Kept', publisher: 'P', url: null, published: null }, TEXT);
		const db = await openDatabase(factory);
		const put = db.put.bind(db);
		db.put = (() => Promise.reject(new DOMException('quota', 'QuotaExceededError'))) as typeof db.put;
		const work = (await store.get(id))!;
		await expect(store.put({ ...work, article: { ...work.article, title: 'Changed' } })).rejects.toMatchObject({ kind: 'full' });
		db.put = put;
		expect((await store.get(id))!.article.title).toBe('Kept');
	});

	it('says so when the browser keeps nothing', async () => {
		const refusing = { open: () => { throw new DOMException('denied', 'SecurityError'); } } as unknown as IDBFactory;
		const store = new WorkStore(() => openDatabase(refusing));
		await expect(store.put(start())).rejects.toMatchObject({ kind: 'unavailable' });
		const library = new Library({ fetch: fetchNothing, own: new OwnDatasets(() => openDatabase(refusing)), work: store });
		const listing = await library.list();
		expect(listing.works).toEqual([]);
		expect(listing.ownProblem?.kind).toBe('unavailable');
	});

	it('a finished work saves the same dataset the validator accepts', async () => {
		const seed = loadSeed();
		const work = workFromDataset(seed);
		const result = validateDataset({ article: work.article, entities: work.entities, places: work.places, relations: work.relations, quotes: work.quotes }, work.articleText, work.id);
		expect(result.ok && result.dataset).toEqual(seed);
	});
});
