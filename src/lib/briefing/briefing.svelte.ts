/**
 * The briefing around the live view: the slide deck, which slide is on screen
 * when presenting, and the live view to return to afterwards.
 */
import type { DatasetIndex } from '$lib/dataset/lookup';
import { decodeView, encodeView } from '$lib/view/url-state';
import type { ViewState } from '$lib/view/view-state.svelte';
import { SlideDeck } from './slide-deck.svelte';
import type { Slide } from './slide-types';

export class Briefing {
	readonly deck: SlideDeck;
	/** Index of the slide on screen in presentation mode, or null when not presenting. */
	presenting = $state<number | null>(null);
	/** The slide whose view was last opened or presented. */
	activeSlideId = $state<string | null>(null);
	panelOpen = $state(false);
	#liveView: string | null = null;
	#panelWasOpen = false;
	readonly #view: ViewState;
	readonly #index: () => DatasetIndex;

	/** `embedded`: the deck a one-file briefing carries, and its own id, under which changes made in it are saved. */
	constructor(view: ViewState, index: () => DatasetIndex, embedded: { slides?: Slide[]; deckId?: string } = {}) {
		this.#view = view;
		this.#index = index;
		this.deck = new SlideDeck({ dataset: index().dataset.slug, initial: embedded.slides, deckId: embedded.deckId });
	}

	currentView(): string {
		return encodeView(this.#view.snapshot());
	}

	open(slide: Slide): void {
		this.#view.apply(decodeView(slide.view, this.#index().dataset).view);
		this.activeSlideId = slide.id;
	}

	present(position: number): void {
		const slide = this.deck.slides[position];
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
