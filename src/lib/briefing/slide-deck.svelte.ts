/**
 * The one state object for the briefing's slides. Every change goes through the
 * undo history and is saved to the browser's storage at once: per dataset in the
 * app, per deck id in a one-file briefing. A deck that cannot be read or saved says
 * so and keeps what the briefer had.
 */
import { browserSlideStorage, slidesStorageKey, type SlideStorage } from './deck-storage';
import type { Slide } from './slide-types';
import { checkSlidesFile, parseSlidesFile, parseStoredSlides, serializeSlides, toSlidesFile, type ViewCheck } from './slides-file';
import { groupDigits } from '$lib/model/english';
import {
	addSlide,
	canRedo,
	canUndo,
	createHistory,
	defaultIdFactory,
	duplicateSlide,
	MAX_SLIDE_TEXT,
	MAX_SLIDE_VIEW,
	MAX_SLIDES,
	moveSlide,
	record,
	redo,
	sameValue,
	removeSlide,
	undo,
	updateSlide,
	type History,
	type IdFactory,
	type SlidePatch
} from './slides';

export { slidesStorageKey, type SlideStorage };

export interface SlideDeckOptions {
	dataset: string;
	/** Where the deck is kept between visits: the browser's localStorage when left out; null keeps nothing. */
	storage?: SlideStorage | null;
	/** The deck to start from when storage holds none for this dataset (the single-file briefing embeds one). */
	initial?: Slide[];
	/**
	 * A one-file briefing's own id (slide-types.ts, EmbeddedDeck). Its deck is then saved
	 * under a key of its own: every briefing file shows its own slides, or the changes made
	 * to that same file in this browser, never another briefing's.
	 */
	deckId?: string;
	/** Checks each imported slide's view against the dataset; see parseSlidesFile. */
	validateView?: ViewCheck;
	newId?: IdFactory;
	/** Clock for the name under which an unreadable stored deck is set aside. */
	now?: () => number;
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export class SlideDeck {
	readonly dataset: string;
	#history = $state.raw<History<Slide[]>>(createHistory([]));
	/** The slides in order. Treat as read-only: change them through the methods, so each change is undoable and saved. */
	readonly slides: Slide[] = $derived(this.#history.present);
	readonly canUndo = $derived(canUndo(this.#history));
	readonly canRedo = $derived(canRedo(this.#history));
	/** The last problem with an import or with the browser's storage, for the panel to show; null when all is well. */
	message = $state<string | null>(null);
	/** Something worth knowing that is not a problem (a briefing opened with changes saved in this browser); cleared by the next change. */
	notice = $state<string | null>(null);

	readonly #storage: SlideStorage | null;
	readonly #key: string;
	readonly #newId: IdFactory;
	readonly #validateView: ViewCheck | undefined;
	/** False when an unreadable stored deck could not be set aside: saving would overwrite it. */
	#persist = true;
	#saveProblem: string | null = null;

	constructor(options: SlideDeckOptions) {
		this.dataset = options.dataset;
		this.#key = slidesStorageKey(options.dataset, options.deckId);
		this.#storage = options.storage === undefined ? browserSlideStorage() : options.storage;
		this.#newId = options.newId ?? defaultIdFactory();
		this.#validateView = options.validateView;
		const initial = this.#checked(options.initial ?? []);
		const saved = this.#load(initial, options.now ?? Date.now);
		if (options.deckId !== undefined && saved !== initial && !sameValue(saved, initial)) {
			// The file's own slides stay one Undo away from the changes saved for it.
			this.#history = record(createHistory(initial), saved);
			this.notice = 'This briefing shows the changes made to it in this browser. Undo goes back to the slides in the file.';
		} else this.#history = createHistory(saved);
	}

	/** Adds a slide of `view` at the end and returns its id, or null (with a message) when it cannot be added. */
	add(view: string, title: string, caption: string): string | null {
		if (this.#refuseWhenFull()) return null;
		const problem = this.#problemWith({ view, caption });
		if (problem) {
			this.message = problem;
			return null;
		}
		const next = addSlide(this.slides, { view, title, caption }, () => this.#freshId());
		this.#commit(next);
		return next[next.length - 1]!.id;
	}

	update(id: string, patch: SlidePatch): boolean {
		const problem = this.#problemWith(patch);
		if (problem) {
			this.message = problem;
			return false;
		}
		this.#commit(updateSlide(this.slides, id, patch));
		return true;
	}

	move(id: string, toIndex: number): void {
		this.#commit(moveSlide(this.slides, id, toIndex));
	}

	moveBy(id: string, delta: number): void {
		const index = this.slides.findIndex((slide) => slide.id === id);
		if (index >= 0) this.move(id, index + delta);
	}

	/** Copies a slide to just after it and returns the copy's id, or null when the deck is full or the id unknown. */
	duplicate(id: string): string | null {
		if (this.#refuseWhenFull()) return null;
		const index = this.slides.findIndex((slide) => slide.id === id);
		if (index < 0) return null;
		const next = duplicateSlide(this.slides, id, () => this.#freshId());
		this.#commit(next);
		return next[index + 1]!.id;
	}

	remove(id: string): void {
		this.#commit(removeSlide(this.slides, id));
	}

	undo(): void {
		this.#go(undo(this.#history));
	}

	redo(): void {
		this.#go(redo(this.#history));
	}

	/** Replaces the deck with an exported file's slides, as one undoable step. A refused file changes nothing. */
	importFile(text: string): boolean {
		const result = parseSlidesFile(text, this.dataset, this.#validateView);
		if (!result.ok) {
			this.message = result.message;
			return false;
		}
		this.message = null;
		this.#commit(result.slides);
		return true;
	}

	exportFile(): string {
		return serializeSlides(toSlidesFile(this.dataset, this.slides));
	}

	/** For problems found outside the deck, such as a file the browser could not read. */
	reportProblem(message: string): void {
		this.message = message;
	}

	dismissMessage(): void {
		this.message = null;
	}

	#load(initial: Slide[], now: () => number): Slide[] {
		if (!this.#storage) return initial;
		let stored: string | null;
		try {
			stored = this.#storage.getItem(this.#key);
		} catch (error) {
			this.message = `The slides saved in this browser could not be read (${reasonOf(error)}).`;
			return initial;
		}
		if (stored === null) return initial;
		const { slides, message } = parseStoredSlides(stored, this.dataset);
		if (message === null) return slides;
		const startsFrom = initial.length > 0 ? 'The deck starts from the briefing’s own slides.' : 'The deck starts empty.';
		const asideKey = `${this.#key}:corrupt-${now()}`;
		try {
			this.#storage.setItem(asideKey, stored);
			this.message = `${message}\n${startsFrom} The unreadable copy is kept in this browser’s storage under “${asideKey}”.`;
		} catch (error) {
			// Saving over the only copy would lose it: leave it in place and keep this deck in memory only.
			this.#persist = false;
			this.message = `${message}\n${startsFrom} The unreadable copy could not be set aside (${reasonOf(error)}), so it is left in place and changes here will not be saved in this browser; export the slides as JSON to keep them.`;
		}
		return initial;
	}

	/** Embedded slides get the import's checks too: a repeated id would break the list, and an over-long text could not be saved. */
	#checked(initial: Slide[]): Slide[] {
		if (initial.length === 0) return initial;
		const result = checkSlidesFile(toSlidesFile(this.dataset, initial), this.dataset);
		if (result.ok) return result.slides;
		this.message = `The briefing’s own slides could not be used. ${result.message}`;
		return [];
	}

	#save(): void {
		if (!this.#storage || !this.#persist) return;
		try {
			this.#storage.setItem(this.#key, this.exportFile());
			if (this.#saveProblem !== null && this.message === this.#saveProblem) this.message = null;
			this.#saveProblem = null;
		} catch (error) {
			this.#saveProblem = `The slides could not be saved in this browser (${reasonOf(error)}). They stay here while the page is open; export them as JSON to keep them.`;
			this.message = this.#saveProblem;
		}
	}

	#commit(next: Slide[]): void {
		this.#go(record(this.#history, next));
	}

	#go(history: History<Slide[]>): void {
		if (history === this.#history) return;
		this.#history = history;
		this.notice = null;
		this.#save();
	}

	/** The same limits an import applies, so every deck that can be made can be saved and read back. */
	#problemWith(patch: SlidePatch): string | null {
		if (patch.view !== undefined && patch.view.length > MAX_SLIDE_VIEW)
			return `This view’s settings are ${patch.view.length} characters long, more than a slide can hold (${MAX_SLIDE_VIEW}).`;
		if (patch.view !== undefined && patch.view !== '' && !patch.view.startsWith('?'))
			return `A slide’s view must be empty or start with "?" (got "${patch.view.slice(0, 40)}").`;
		for (const field of ['title', 'caption'] as const) {
			const text = patch[field];
			if (text !== undefined && text.length > MAX_SLIDE_TEXT)
				return `A slide’s ${field} can be at most ${groupDigits(MAX_SLIDE_TEXT)} characters (this one has ${groupDigits(text.length)}).`;
		}
		return null;
	}

	#refuseWhenFull(): boolean {
		if (this.slides.length < MAX_SLIDES) return false;
		this.message = `A briefing holds at most ${MAX_SLIDES} slides, and this one is full. Delete a slide to add another.`;
		return true;
	}

	/** A new id no slide in the deck has, even if the id source repeats itself. */
	#freshId(): string {
		const taken = new Set(this.slides.map((slide) => slide.id));
		const base = this.#newId();
		let id = base;
		for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
		return id;
	}
}
