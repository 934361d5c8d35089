/**
 * Where a slide deck is kept between visits (the browser's localStorage), and the cheap
 * question the workspace asks before the deck's code is loaded: is there a deck to read?
 */

export type SlideStorage = Pick<Storage, 'getItem' | 'setItem'>;

export function slidesStorageKey(dataset: string, deckId?: string): string {
	return deckId === undefined ? `threadboard:slides:${dataset}` : `threadboard:slides:${dataset}:briefing:${deckId}`;
}

/** localStorage itself can throw (a sandboxed frame, blocked cookies), so even looking at it is guarded. */
export function browserSlideStorage(): SlideStorage | null {
	try {
		return globalThis.localStorage ?? null;
	} catch {
		return null;
	}
}

/**
 * Whether `storage` keeps something under `key`. A storage that refuses to answer counts
 * as yes: only the deck itself can say what went wrong, in words for the briefer.
 */
export function hasStoredDeck(storage: SlideStorage | null, key: string): boolean {
	if (!storage) return false;
	try {
		return storage.getItem(key) !== null;
	} catch {
		return true;
	}
}
