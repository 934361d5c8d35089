import { describe, expect, it } from 'vitest';
import { Briefing } from '../../src/lib/briefing/briefing.svelte';
import { hasStoredDeck, slidesStorageKey, type SlideStorage } from '../../src/lib/briefing/deck-storage';
import type { Slide } from '../../src/lib/briefing/slide-types';
import { indexDataset } from '../../src/lib/dataset/lookup';
import { ViewState } from '../../src/lib/view/view-state.svelte';
import { loadSeed, SEED_SLUG } from './seed';

class MemoryStorage implements SlideStorage {
	items = new Map<string, string>();
	getItem(key: string): string | null {
		return this.items.get(key) ?? null;
	}
	setItem(key: string, value: string): void {
		this.items.set(key, value);
	}
}

const slide = (id: string): Slide => ({ id, title: `Title ${id}`, caption: '', view: '?actor=haqqani-network' });
const index = indexDataset(loadSeed());
const briefingWith = (storage: SlideStorage | null, embedded: { slides?: Slide[]; deckId?: string } = {}) =>
	new Briefing(new ViewState(), () => index, embedded, storage);

describe('Briefing: the deck loads when needed', () => {
	it('has no slides, and nothing to read, when nothing is saved or embedded', () => {
		const briefing = briefingWith(new MemoryStorage());
		expect(briefing.hasSlidesToRead()).toBe(false);
		expect(briefing.deck).toBeNull();
		expect(briefing.slides).toEqual([]);
		briefing.present(0);
		expect(briefing.presenting).toBeNull();
	});

	it('reads a deck saved in this browser, and the embedded one of a briefing file', async () => {
		const storage = new MemoryStorage();
		const saved = briefingWith(storage);
		(await saved.loadDeck()).add('?actor=haqqani-network', 'Saved', '');
		const again = briefingWith(storage);
		expect(again.hasSlidesToRead()).toBe(true);
		expect((await again.loadDeck()).slides.map((item) => item.title)).toEqual(['Saved']);
		expect(again.slides.map((item) => item.title)).toEqual(['Saved']);

		const embedded = briefingWith(new MemoryStorage(), { slides: [slide('a'), slide('b')], deckId: 'deck-one' });
		expect(embedded.hasSlidesToRead()).toBe(true);
		await embedded.loadDeck();
		embedded.present(1);
		expect(embedded.presenting).toBe(1);
		expect(embedded.activeSlideId).toBe('b');
	});

	it('loads the deck once', async () => {
		const briefing = briefingWith(null);
		const [first, second] = await Promise.all([briefing.loadDeck(), briefing.loadDeck()]);
		expect(first).toBe(second);
		expect(briefing.deck).toBe(first);
	});

	it('counts a storage that refuses to answer as holding a deck, so the deck can say what is wrong', () => {
		const refusing: SlideStorage = {
			getItem: () => {
				throw new DOMException('denied', 'SecurityError');
			},
			setItem: () => undefined
		};
		expect(hasStoredDeck(refusing, slidesStorageKey(SEED_SLUG))).toBe(true);
		expect(hasStoredDeck(null, slidesStorageKey(SEED_SLUG))).toBe(false);
	});
});
