/**
 * The briefing deck: pure slide operations, the undo/redo history, and the
 * SlideDeck state object with a fake storage (saving, reloading, a corrupt deck,
 * a full storage, embedded slides), and the panel's markup rendered on the server.
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import SlidePanel from '../../src/lib/briefing/SlidePanel.svelte';
import { SlideDeck, slidesStorageKey, type SlideStorage } from '../../src/lib/briefing/slide-deck.svelte';
import type { Slide } from '../../src/lib/briefing/slide-types';
import {
	addSlide,
	canRedo,
	canUndo,
	createHistory,
	defaultIdFactory,
	duplicateSlide,
	historyShortcut,
	MAX_SLIDE_TEXT,
	MAX_SLIDES,
	moveSlide,
	record,
	redo,
	removeSlide,
	sameValue,
	undo,
	updateSlide
} from '../../src/lib/briefing/slides';

function counterIds(prefix = 'id'): () => string {
	let next = 0;
	return () => `${prefix}-${++next}`;
}

const slide = (id: string, title = `Title ${id}`): Slide => ({ id, title, caption: `Caption ${id}`, view: `?actor=${id}` });
const ids = (slides: readonly Slide[]) => slides.map((item) => item.id);
const deckOf = (...names: string[]) => names.map((name) => slide(name));

class MemoryStorage implements SlideStorage {
	items = new Map<string, string>();
	writes = 0;
	failWrites = false;
	getItem(key: string): string | null {
		return this.items.get(key) ?? null;
	}
	setItem(key: string, value: string): void {
		if (this.failWrites) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		this.writes++;
		this.items.set(key, value);
	}
}

describe('slide operations', () => {
	it('adds at the end, with a fresh id, and a default title when none is given', () => {
		const start = deckOf('a');
		const next = addSlide(start, { view: '?types=funding', title: 'Funding', caption: 'Who pays' }, () => 'new');
		expect(next).toEqual([slide('a'), { id: 'new', title: 'Funding', caption: 'Who pays', view: '?types=funding' }]);
		expect(start).toEqual([slide('a')]);
		expect(addSlide(next, { view: '', title: '  ', caption: '' }, () => 'x')[2]!.title).toBe('Slide 3');
	});

	it('updates only the fields in the patch, and returns the same list when nothing changes', () => {
		const start = deckOf('a', 'b');
		const next = updateSlide(start, 'b', { caption: 'New caption' });
		expect(next[1]).toEqual({ ...slide('b'), caption: 'New caption' });
		expect(next[0]).toBe(start[0]);
		expect(updateSlide(start, 'b', { title: 'Title b' })).toBe(start);
		expect(updateSlide(start, 'missing', { title: 'x' })).toBe(start);
	});

	it('moves a slide to an index, clamped at both edges', () => {
		const start = deckOf('a', 'b', 'c', 'd');
		expect(ids(moveSlide(start, 'a', 2))).toEqual(['b', 'c', 'a', 'd']);
		expect(ids(moveSlide(start, 'd', 0))).toEqual(['d', 'a', 'b', 'c']);
		expect(ids(moveSlide(start, 'c', 99))).toEqual(['a', 'b', 'd', 'c']);
		expect(ids(moveSlide(start, 'b', -5))).toEqual(['b', 'a', 'c', 'd']);
		expect(moveSlide(start, 'a', -1)).toBe(start);
		expect(moveSlide(start, 'd', 4)).toBe(start);
		expect(moveSlide(start, 'missing', 0)).toBe(start);
		expect(ids(start)).toEqual(['a', 'b', 'c', 'd']);
	});

	it('duplicates right after the original, with " (copy)" and a new id', () => {
		const next = duplicateSlide(deckOf('a', 'b', 'c'), 'b', () => 'b2');
		expect(ids(next)).toEqual(['a', 'b', 'b2', 'c']);
		expect(next[2]).toEqual({ ...slide('b'), id: 'b2', title: 'Title b (copy)' });
		expect(ids(duplicateSlide(deckOf('a'), 'a', () => 'a2'))).toEqual(['a', 'a2']);
		const long = duplicateSlide([slide('a', 'x'.repeat(MAX_SLIDE_TEXT))], 'a', () => 'a2');
		expect(long[1]!.title.length).toBe(MAX_SLIDE_TEXT);
	});

	it('removes by id', () => {
		const start = deckOf('a', 'b', 'c');
		expect(ids(removeSlide(start, 'b'))).toEqual(['a', 'c']);
		expect(removeSlide(start, 'missing')).toBe(start);
	});

	it('makes ids with randomUUID when it exists, else from a counter', () => {
		expect(defaultIdFactory(() => 'uuid')()).toBe('uuid');
		const fallback = defaultIdFactory(null);
		const made = new Set(Array.from({ length: 50 }, fallback));
		expect(made.size).toBe(50);
		expect([...made][0]).toMatch(/^slide-/);
	});
});

describe('undo/redo history', () => {
	it('undoes and redoes in order', () => {
		let history = createHistory(['a']);
		history = record(history, ['a', 'b']);
		history = record(history, ['a', 'b', 'c']);
		expect(canUndo(history)).toBe(true);
		expect(canRedo(history)).toBe(false);
		history = undo(history);
		expect(history.present).toEqual(['a', 'b']);
		history = undo(history);
		expect(history.present).toEqual(['a']);
		expect(canUndo(history)).toBe(false);
		expect(undo(history)).toBe(history);
		history = redo(history);
		history = redo(history);
		expect(history.present).toEqual(['a', 'b', 'c']);
		expect(redo(history)).toBe(history);
	});

	it('clears redo after a new edit', () => {
		let history = record(record(createHistory(1), 2), 3);
		history = undo(history);
		expect(canRedo(history)).toBe(true);
		history = record(history, 4);
		expect(canRedo(history)).toBe(false);
		expect(history.past).toEqual([1, 2]);
	});

	it('ignores a record equal to the present by value', () => {
		const history = createHistory([slide('a')]);
		expect(record(history, [slide('a')])).toBe(history);
		expect(record(history, [{ view: '?actor=a', caption: 'Caption a', title: 'Title a', id: 'a' }])).toBe(history);
		expect(sameValue({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] })).toBe(false);
		expect(sameValue([1], { 0: 1 })).toBe(false);
	});

	it('keeps at most 100 undo steps, dropping the oldest', () => {
		let history = createHistory(0);
		for (let step = 1; step <= 150; step++) history = record(history, step);
		expect(history.past).toHaveLength(100);
		expect(history.past[0]).toBe(50);
		let undone = 0;
		while (canUndo(history)) {
			history = undo(history);
			undone++;
		}
		expect(undone).toBe(100);
		expect(history.present).toBe(50);
	});

	it('reads Ctrl+Z as undo, Ctrl+Shift+Z and Ctrl+Y as redo', () => {
		const chord = (key: string, extra: Partial<Parameters<typeof historyShortcut>[0]> = {}) =>
			historyShortcut({ key, ctrlKey: true, metaKey: false, shiftKey: false, altKey: false, ...extra });
		expect(chord('z')).toBe('undo');
		expect(chord('Z', { shiftKey: true })).toBe('redo');
		expect(chord('y')).toBe('redo');
		expect(chord('z', { ctrlKey: false, metaKey: true })).toBe('undo');
		expect(chord('z', { ctrlKey: false })).toBeNull();
		expect(chord('z', { altKey: true })).toBeNull();
		expect(chord('x')).toBeNull();
	});
});

describe('SlideDeck', () => {
	const dataset = 'haqqani';
	const key = slidesStorageKey(dataset);
	const newDeck = (storage: SlideStorage | null, initial?: Slide[]) =>
		new SlideDeck({ dataset, storage, initial, newId: counterIds(), now: () => 1700000000000 });

	it('edits through its methods, with undo and redo', () => {
		const deck = newDeck(null);
		expect(deck.slides).toEqual([]);
		expect(deck.canUndo).toBe(false);
		const first = deck.add('?actor=a', 'Actor A', '');
		const second = deck.add('?actor=b', 'Actor B', 'Caption');
		expect(first).toBe('id-1');
		expect(ids(deck.slides)).toEqual(['id-1', 'id-2']);
		deck.update(second!, { title: 'B, retitled' });
		deck.moveBy(second!, -1);
		expect(ids(deck.slides)).toEqual(['id-2', 'id-1']);
		deck.moveBy(second!, -1);
		const copy = deck.duplicate(second!);
		expect(ids(deck.slides)).toEqual(['id-2', copy, 'id-1']);
		expect(deck.slides[1]!.title).toBe('B, retitled (copy)');
		deck.remove(first!);
		expect(ids(deck.slides)).toEqual(['id-2', 'id-3']);
		expect(deck.canUndo).toBe(true);
		deck.undo();
		deck.undo();
		expect(ids(deck.slides)).toEqual(['id-2', 'id-1']);
		expect(deck.canRedo).toBe(true);
		deck.undo();
		deck.undo();
		expect(deck.slides.map((item) => item.title)).toEqual(['Actor A', 'Actor B']);
		deck.redo();
		expect(deck.slides[1]!.title).toBe('B, retitled');
		deck.add('', 'New', '');
		expect(deck.canRedo).toBe(false);
	});

	it('does not record a step for a move at the edge or an edit that changes nothing', () => {
		const deck = newDeck(null, deckOf('a', 'b'));
		deck.moveBy('a', -1);
		deck.moveBy('b', 1);
		deck.update('a', { title: 'Title a' });
		expect(deck.canUndo).toBe(false);
	});

	it('refuses text past the limits with a message, changing nothing', () => {
		const deck = newDeck(null, deckOf('a'));
		expect(deck.update('a', { caption: 'x'.repeat(MAX_SLIDE_TEXT + 1) })).toBe(false);
		expect(deck.message).toMatch(/caption can be at most 5,000 characters/);
		expect(deck.slides).toEqual(deckOf('a'));
		expect(deck.add('?' + 'a'.repeat(2000), 'Long', '')).toBeNull();
		expect(deck.message).toMatch(/more than a slide can hold/);
	});

	it('refuses a slide past the most a briefing holds', () => {
		const full = Array.from({ length: MAX_SLIDES }, (_, index) => slide(`s${index}`));
		const deck = newDeck(null, full);
		expect(deck.add('', 'One more', '')).toBeNull();
		expect(deck.duplicate('s0')).toBeNull();
		expect(deck.slides).toHaveLength(MAX_SLIDES);
		expect(deck.message).toMatch(/at most 500 slides/);
	});

	it('never repeats an id, even when the id source does', () => {
		const deck = new SlideDeck({ dataset, storage: null, newId: () => 'same' });
		deck.add('', 'One', '');
		deck.add('', 'Two', '');
		deck.duplicate('same');
		expect(new Set(ids(deck.slides)).size).toBe(3);
	});

	it('saves after every change, and a new deck reads it back', () => {
		const storage = new MemoryStorage();
		const deck = newDeck(storage);
		expect(storage.writes).toBe(0);
		deck.add('?actor=a', 'A', 'first');
		expect(storage.writes).toBe(1);
		deck.add('?actor=b', 'B', 'second');
		deck.update('id-1', { caption: 'edited' });
		deck.moveBy('id-2', -1);
		deck.undo();
		expect(storage.writes).toBe(5);
		deck.moveBy('id-1', -1);
		expect(storage.writes).toBe(5);
		const reloaded = newDeck(storage);
		expect(reloaded.slides).toEqual(deck.slides);
		expect(reloaded.slides[0]!.caption).toBe('edited');
		expect(reloaded.message).toBeNull();
		expect(JSON.parse(storage.getItem(key)!)).toMatchObject({ format: 'threadboard-slides', version: 1, dataset });
	});

	it('keeps each dataset’s deck apart', () => {
		const storage = new MemoryStorage();
		newDeck(storage).add('', 'Here', '');
		expect(new SlideDeck({ dataset: 'other', storage }).slides).toEqual([]);
	});

	it('sets a corrupt stored deck aside, starts empty and says where it is', () => {
		const storage = new MemoryStorage();
		storage.items.set(key, '{"format": "threadboard-slides", truncated');
		const deck = newDeck(storage);
		expect(deck.slides).toEqual([]);
		const asideKey = `${key}:corrupt-1700000000000`;
		expect(storage.getItem(asideKey)).toBe('{"format": "threadboard-slides", truncated');
		expect(deck.message).toContain('could not be read');
		expect(deck.message).toContain('The deck starts empty');
		expect(deck.message).toContain(asideKey);
		deck.add('', 'Fresh', '');
		expect(parseTitles(storage.getItem(key))).toEqual(['Fresh']);
		expect(storage.getItem(asideKey)).toBe('{"format": "threadboard-slides", truncated');
	});

	it('treats a stored deck with a bad slide as corrupt too', () => {
		const storage = new MemoryStorage();
		storage.items.set(key, JSON.stringify({ format: 'threadboard-slides', version: 1, dataset, slides: [{ id: 'a', title: 1, caption: '', view: '' }] }));
		const deck = newDeck(storage);
		expect(deck.slides).toEqual([]);
		expect(deck.message).toContain('slides[0].title: expected a string');
	});

	it('leaves a corrupt deck in place, and saves nothing, when it cannot be set aside', () => {
		const storage = new MemoryStorage();
		storage.items.set(key, 'not json');
		storage.failWrites = true;
		const deck = newDeck(storage);
		expect(deck.message).toContain('could not be set aside');
		storage.failWrites = false;
		deck.add('', 'New', '');
		expect(storage.getItem(key)).toBe('not json');
		expect(deck.slides).toHaveLength(1);
	});

	it('says when the storage is full, keeps the slides, and clears the message once saving works again', () => {
		const storage = new MemoryStorage();
		const deck = newDeck(storage);
		storage.failWrites = true;
		deck.add('?actor=a', 'A', '');
		expect(deck.slides).toHaveLength(1);
		expect(deck.message).toContain('could not be saved in this browser');
		expect(deck.message).toContain('quota');
		storage.failWrites = false;
		deck.add('?actor=b', 'B', '');
		expect(deck.message).toBeNull();
		expect(parseTitles(storage.getItem(key))).toEqual(['A', 'B']);
	});

	it('survives a storage that throws on reading', () => {
		const storage: SlideStorage = {
			getItem: () => {
				throw new Error('access denied');
			},
			setItem: () => {}
		};
		const deck = newDeck(storage, deckOf('a'));
		expect(ids(deck.slides)).toEqual(['a']);
		expect(deck.message).toContain('access denied');
	});

	it('starts from the initial slides only when storage holds no deck for the dataset', () => {
		const storage = new MemoryStorage();
		const embedded = deckOf('e1', 'e2');
		const first = newDeck(storage, embedded);
		expect(ids(first.slides)).toEqual(['e1', 'e2']);
		expect(storage.writes).toBe(0);
		first.remove('e1');
		expect(ids(newDeck(storage, embedded).slides)).toEqual(['e2']);
		first.remove('e2');
		expect(newDeck(storage, embedded).slides).toEqual([]);
		expect(ids(newDeck(null, embedded).slides)).toEqual(['e1', 'e2']);
	});

	it('checks the initial slides like an import, and refuses a deck with a repeated id', () => {
		const deck = newDeck(null, [slide('a'), slide('a')]);
		expect(deck.slides).toEqual([]);
		expect(deck.message).toBe('The briefing’s own slides could not be used. The slides file has a problem:\nslides[1].id: "a" is already the id of slides[0]');
	});

	it('starts from the initial slides when the stored deck is corrupt', () => {
		const storage = new MemoryStorage();
		storage.items.set(key, '[]');
		const deck = newDeck(storage, deckOf('e1'));
		expect(ids(deck.slides)).toEqual(['e1']);
		expect(deck.message).toContain('starts from the briefing’s own slides');
	});
});

describe('SlideDeck of a one-file briefing (a deck id of its own)', () => {
	const dataset = 'haqqani-al-qaeda-joint-unit';
	const briefingDeck = (storage: SlideStorage | null, deckId: string, initial: Slide[]) =>
		new SlideDeck({ dataset, storage, initial, deckId, newId: counterIds(deckId), now: () => 1700000000000 });

	it('two briefings of the same article never share a saved deck: each shows its own slides', () => {
		// Both files opened from disk: one browser storage (the file:// origin).
		const storage = new MemoryStorage();
		const first = briefingDeck(storage, 'deck-one', deckOf('a1', 'a2'));
		first.add('?actor=extra', 'Added in the first', '');
		const second = briefingDeck(storage, 'deck-two', deckOf('b1'));
		expect(ids(second.slides)).toEqual(['b1']);
		expect(second.notice).toBeNull();
		expect(second.message).toBeNull();
		// The first file's changes are kept for the first file, under its own key, not the dataset's.
		expect(ids(briefingDeck(storage, 'deck-one', deckOf('a1', 'a2')).slides)).toEqual(['a1', 'a2', 'deck-one-1']);
		expect([...storage.items.keys()].sort()).toEqual([slidesStorageKey(dataset, 'deck-one')]);
		expect(slidesStorageKey(dataset, 'deck-one')).toBe(`threadboard:slides:${dataset}:briefing:deck-one`);
	});

	it('nor with the app’s deck for the dataset, saved under the dataset alone', () => {
		const storage = new MemoryStorage();
		new SlideDeck({ dataset, storage, newId: counterIds() }).add('?actor=app', 'From the app', '');
		expect(ids(briefingDeck(storage, 'deck-one', deckOf('a1')).slides)).toEqual(['a1']);
		expect(ids(new SlideDeck({ dataset, storage }).slides)).toEqual(['id-1']);
	});

	it('reopened with changes saved, says so, and Undo goes back to the slides in the file', () => {
		const storage = new MemoryStorage();
		briefingDeck(storage, 'deck-one', deckOf('a1', 'a2')).remove('a1');
		const reopened = briefingDeck(storage, 'deck-one', deckOf('a1', 'a2'));
		expect(ids(reopened.slides)).toEqual(['a2']);
		expect(reopened.notice).toBe('This briefing shows the changes made to it in this browser. Undo goes back to the slides in the file.');
		expect(reopened.canUndo).toBe(true);
		reopened.undo();
		expect(ids(reopened.slides)).toEqual(['a1', 'a2']);
		expect(reopened.notice).toBeNull();
		expect(parseTitles(storage.getItem(slidesStorageKey(dataset, 'deck-one')))).toEqual(['Title a1', 'Title a2']);
	});

	it('reopened with nothing changed, or nothing saved, has no notice and nothing to undo', () => {
		const storage = new MemoryStorage();
		const deck = briefingDeck(storage, 'deck-one', deckOf('a1'));
		expect(deck.notice).toBeNull();
		expect(deck.canUndo).toBe(false);
		deck.remove('a1');
		deck.undo();
		const reopened = briefingDeck(storage, 'deck-one', deckOf('a1'));
		expect(ids(reopened.slides)).toEqual(['a1']);
		expect(reopened.notice).toBeNull();
		expect(reopened.canUndo).toBe(false);
	});
});

describe('SlidePanel on the server', () => {
	const noop = () => {};
	const panel = (deck: SlideDeck, activeSlideId: string | null = null) =>
		render(SlidePanel, {
			props: { deck, currentView: () => '', describeView: (view: string) => `Summary of ${view || 'everything'}`, onopen: noop, onpresent: noop, onexporthtml: noop, activeSlideId }
		}).body;

	it('shows a hint when there are no slides', () => {
		const body = panel(new SlideDeck({ dataset: 'd', storage: null }));
		expect(body).toContain('No slides yet');
		expect(body).toContain('Add this view as a slide');
		expect(body).toContain('0 slides');
		expect(body).not.toContain('<ol');
	});

	it('lists slides in order with their data attributes, fields and numbered button names', () => {
		const body = panel(new SlideDeck({ dataset: 'd', storage: null, initial: deckOf('a', 'b') }), 'b');
		expect(body).toContain('2 slides');
		expect([...body.matchAll(/data-slide-id="([^"]+)" data-slide-index="(\d+)"/g)].map((match) => `${match[1]}@${match[2]}`)).toEqual(['a@0', 'b@1']);
		for (const name of ['Open slide 2', 'Present from slide 2', 'Move slide 2 up', 'Move slide 2 down', 'Duplicate slide 2', 'Delete slide 2'])
			expect(body).toContain(`aria-label="${name}"`);
		expect(body).toContain('value="Title a"');
		expect(body).toContain('Caption b</textarea>');
		expect(body).toContain('Summary of ?actor=b');
		expect(body).toMatch(/data-slide-id="b"[^>]*aria-current="true"/);
		expect(body).toMatch(/data-action="up"[^>]*disabled[^>]*aria-label="Move slide 1 up"/);
		expect(body).toContain('Export slides (JSON)');
		expect(body).toContain('Import slides');
		expect(body).toContain('Export briefing (HTML)');
	});

	it('shows the deck’s notice in its status line', () => {
		const storage = new MemoryStorage();
		new SlideDeck({ dataset: 'd', storage, deckId: 'x', initial: deckOf('a') }).remove('a');
		expect(panel(new SlideDeck({ dataset: 'd', storage, deckId: 'x', initial: deckOf('a') }))).toMatch(/role="status"[^>]*>This briefing shows the changes made to it/);
	});

	it('shows the deck’s message as an alert', () => {
		const storage = new MemoryStorage();
		storage.items.set(slidesStorageKey('d'), 'oops');
		expect(panel(new SlideDeck({ dataset: 'd', storage }))).toMatch(/role="alert"[^]*could not be read/);
	});
});

function parseTitles(text: string | null): string[] {
	return (JSON.parse(text ?? 'null') as { slides: Slide[] }).slides.map((item) => item.title);
}
