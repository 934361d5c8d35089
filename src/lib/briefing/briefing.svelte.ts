/**
 * The briefing around the live view: the slide deck, which slide is on screen
 * when presenting, and the live view to return to afterwards.
 *
 * The deck's code (its storage, checks and undo history) is downloaded when the deck
 * is needed: when the panel opens, a briefing file is made, or there are slides to
 * count, print and present (embedded ones, or ones saved in this browser). Until then
 * the briefing has no slides, which is exactly what such a deck would hold.
 */
import type { DatasetIndex } from '$lib/dataset/lookup';
import { decodeView, encodeView } from '$lib/view/url-state';
import type { ViewState } from '$lib/view/view-state.svelte';
import { browserSlideStorage, hasStoredDeck, slidesStorageKey, type SlideStorage } from './deck-storage';
import type { SlideDeck } from './slide-deck.svelte';
import type { Slide } from './slide-types';

export class Briefing {
	/** The slide deck, once loaded (loadDeck); null before. */
	deck = $state.raw<SlideDeck | null>(null);
	/** The slides in order: none until the deck is loaded. */
	readonly slides: Slide[] = $derived(this.deck?.slides ?? []);
	/** Index of the slide on screen in presentation mode, or null when not presenting. */
	presenting = $state<number | null>(null);
	/** The slide whose view was last opened or presented. */
	activeSlideId = $state<string | null>(null);
	panelOpen = $state(false);
	#liveView: string | null = null;
	#panelWasOpen = false;
	readonly #view: ViewState;
	readonly #index: () => DatasetIndex;
	readonly #dataset: string;
	readonly #embedded: { slides?: Slide[]; deckId?: string };
	readonly #storage: SlideStorage | null | undefined;
	#loading: Promise<SlideDeck> | null = null;

	/**
	 * `embedded`: the deck a one-file briefing carries, and its own id, under which changes made in it are saved.
	 * `storage`: where decks are kept; the browser's localStorage when left out (see SlideDeckOptions).
	 */
	constructor(view: ViewState, index: () => DatasetIndex, embedded: { slides?: Slide[]; deckId?: string } = {}, storage?: SlideStorage | null) {
		this.#view = view;
		this.#index = index;
		this.#dataset = index().dataset.slug;
		this.#embedded = embedded;
		this.#storage = storage;
	}

	/** Whether the deck holds slides before anyone adds one: then it is needed at once, to count, print and present them. */
	hasSlidesToRead(): boolean {
		if ((this.#embedded.slides?.length ?? 0) > 0) return true;
		const storage = this.#storage === undefined ? browserSlideStorage() : this.#storage;
		return hasStoredDeck(storage, slidesStorageKey(this.#dataset, this.#embedded.deckId));
	}

	/** The deck, read from storage once its code has loaded; a failed download is tried again next time. */
	loadDeck(): Promise<SlideDeck> {
		this.#loading ??= import('./slide-deck.svelte').then(
			({ SlideDeck }) =>
				(this.deck = new SlideDeck({ dataset: this.#dataset, initial: this.#embedded.slides, deckId: this.#embedded.deckId, storage: this.#storage })),
			(error: unknown) => {
				this.#loading = null;
				throw error;
			}
		);
		return this.#loading;
	}

	currentView(): string {
		return encodeView(this.#view.snapshot());
	}

	open(slide: Slide): void {
		this.#view.apply(decodeView(slide.view, this.#index().dataset).view);
		this.activeSlideId = slide.id;
	}

	present(position: number): void {
		const slide = this.slides[position];
		if (!slide) return;
		if (this.presenting === null) {
			this.#liveView = this.currentView();
			// The drawer would sit behind the presentation, reachable by Tab; it comes back afterwards.
			this.#panelWasOpen = this.panelOpen;
			this.panelOpen = false;
		}
		this.presenting = position;
		this.open(slide);
	}

	/** Back to the view the briefer had before presenting. */
	exit(): void {
		this.presenting = null;
		if (this.#liveView !== null) this.#view.apply(decodeView(this.#liveView, this.#index().dataset).view);
		this.#liveView = null;
		this.panelOpen = this.#panelWasOpen;
	}
}
