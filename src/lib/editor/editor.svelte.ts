/**
 * The annotation editor's one state object: the work in progress, its undo history, the
 * live validation, what is selected in the article and which item is open. Every change
 * goes through `apply` with a pure operation, so each is undoable, validated and autosaved.
 * The work is kept (debounced, and at once on `flush`) whether or not it validates; only
 * `finish` writes a dataset to the library, and only one the validator accepts.
 */
import type { Dataset, Entity } from '$lib/dataset/schema';
import { validateWork, type Work } from '$lib/dataset/work';
import { loadGazetteer, type GazetteerPlace } from '$lib/gazetteer/gazetteer';
import { emptyHistory, recordEdit, redo, undo, type History } from './history';
import * as ops from './operations';
import { EditRefused, type ItemRef } from './operations';
import { placeProblems, type PlacedProblem } from './problems';
import { trimSpan, type Span } from './quotes';

/** Where the editor keeps things; the library in the app, fakes in tests. */
export interface EditorStorage {
	/** Keeps the work in progress as it is. */
	keep(work: Work): Promise<void>;
	/** Forgets the work in progress once it is saved as a dataset. */
	discard(id: string): Promise<void>;
	/** Saves a valid dataset in the library under its id. */
	publish(dataset: Dataset): Promise<void>;
}

export type SaveState = 'kept' | 'waiting' | 'keeping' | 'failed';

/** Milliseconds of quiet after an edit before the work is written. */
export const AUTOSAVE_DELAY = 600;

export type Focus = ItemRef | { kind: 'article' } | null;

/** Place search in the gazetteer; the app hands in the drafting worker's, off the main thread. */
export type PlaceSearch = (prefix: string, limit: number) => Promise<GazetteerPlace[]>;

/** The gazetteer on this thread, loaded on first use: for tests, and where no worker is offered. */
const searchHere: PlaceSearch = async (prefix, limit) => (await loadGazetteer()).search(prefix, limit);

export class EditorState {
	work = $state.raw<Work>() as Work;
	history = $state.raw<History>(emptyHistory());
	/** The span selected in the article, trimmed; null when nothing is. */
	selection = $state<Span | null>(null);
	/** The item whose form is open, or the article's details. */
	focus = $state<Focus>(null);
	/** Bumped each time a form is opened on purpose, so the page can move keyboard focus to it. */
	openRequest = $state(0);
	/** The place being located by a click on the map, or null. */
	pickingPlace = $state<string | null>(null);
	/** The last refusal or confirmation, for the live region. */
	message = $state<{ text: string; tone: 'info' | 'refused' } | null>(null);
	saveState = $state<SaveState>('kept');
	saveProblem = $state<string | null>(null);
	/** True while a saved dataset matches the work (nothing to save). */
	published = $state(false);

	readonly validation = $derived(validateWork(this.work));
	readonly problems: PlacedProblem[] = $derived(this.validation.ok ? [] : placeProblems(this.work, this.validation.problems));

	readonly #storage: EditorStorage;
	readonly #now: () => Date;
	readonly searchPlaces: PlaceSearch;
	#timer: ReturnType<typeof setTimeout> | null = null;
	#keeping: Promise<void> = Promise.resolve();

	constructor(work: Work, storage: EditorStorage, options: { published?: boolean; now?: () => Date; searchPlaces?: PlaceSearch } = {}) {
		this.work = work;
		this.#storage = storage;
		this.searchPlaces = options.searchPlaces ?? searchHere;
		this.#now = options.now ?? (() => new Date());
		this.published = options.published ?? false;
	}

	get canUndo(): boolean {
		return this.history.past.length > 0;
	}
	get canRedo(): boolean {
		return this.history.future.length > 0;
	}
	get undoLabel(): string | null {
		return this.history.past.at(-1)?.label ?? null;
	}
	get redoLabel(): string | null {
		return this.history.future.at(-1)?.label ?? null;
	}

	/**
	 * Makes one edit: `edit` maps the work to the next (and may return a new item's id).
	 * A refused edit changes nothing and says why. Returns the id, or null when refused.
	 */
	apply(label: string, edit: (work: Work) => Work | { work: Work; id: string }): string | null {
		let result: Work | { work: Work; id: string };
		try {
			result = edit(this.work);
		} catch (error) {
			if (!(error instanceof EditRefused)) throw error;
			this.message = { text: error.message, tone: 'refused' };
			return null;
		}
		const next = 'version' in result ? result : result.work;
		if (next === this.work) return 'id' in result ? (result.id as string) : '';
		this.history = recordEdit(this.history, this.work, label);
		this.#replace(next);
		this.message = null;
		return 'version' in result ? '' : result.id;
	}

	undo(): void {
		const step = undo(this.history, this.work);
		if (!step) return;
		this.history = step.history;
		this.#replace(step.work);
		this.#keepFocusValid();
		this.message = { text: `Undone: ${step.label}.`, tone: 'info' };
	}

	redo(): void {
		const step = redo(this.history, this.work);
		if (!step) return;
		this.history = step.history;
		this.#replace(step.work);
		this.#keepFocusValid();
		this.message = { text: `Redone: ${step.label}.`, tone: 'info' };
	}

	#replace(work: Work): void {
		this.work = { ...work, updatedAt: this.#now().toISOString() };
		this.published = false;
		this.#schedule();
	}

	#keepFocusValid(): void {
		const focus = this.focus;
		if (focus && focus.kind !== 'article' && !ops.findItem(this.work, focus)) this.focus = null;
	}

	// --- Selecting in the article ------------------------------------------

	select(span: Span | null): void {
		this.selection = span === null ? null : trimSpan(this.work.articleText, span);
	}

	get selectedText(): string {
		return this.selection ? this.work.articleText.slice(this.selection.start, this.selection.end) : '';
	}

	/** The selection as the quote of a new actor, whose form then opens. */
	newActor(kind: Entity['kind'] = 'person'): void {
		const quote = this.selection;
		if (!quote) return;
		const name = this.selectedText.replace(/\s+/g, ' ');
		const id = this.apply(`add actor ${name}`, (work) => ops.addEntity(work, { name, kind, quote }));
		if (id) this.#opened({ kind: 'entity', id });
	}

	newPlace(): void {
		const quote = this.selection;
		if (!quote) return;
		const name = this.selectedText.replace(/\s+/g, ' ');
		const id = this.apply(`add place ${name}`, (work) => ops.addPlace(work, { name, quote }));
		if (id) this.#opened({ kind: 'place', id });
	}

	/** A new link quoting the selection; an actor whose form is open becomes its source. */
	newLink(): void {
		const quote = this.selection;
		if (!quote) return;
		const source = this.focus?.kind === 'entity' ? this.focus.id : '';
		const id = this.apply('add link', (work) => ops.addRelation(work, { quote, source }));
		if (id) this.#opened({ kind: 'relation', id });
	}

	/** The selection as one more quote for an item. */
	addSelectionTo(item: ItemRef): void {
		const quote = this.selection;
		if (!quote) return;
		if (this.apply('add a quote', (work) => ops.addEvidence(work, item, quote)) !== null) {
			this.selection = null;
			this.focus = item;
			this.message = { text: 'Quote added.', tone: 'info' };
		}
	}

	#opened(item: ItemRef): void {
		this.selection = null;
		this.open(item);
	}

	/** The form closed last, so the keyboard returns to its row in the lists. */
	closed = $state<Focus>(null);

	/** Opens an item's form (or the article's details, or the lists with null) and takes the keyboard there. */
	open(focus: Focus): void {
		if (focus === null) this.closed = this.focus;
		this.focus = focus;
		this.pickingPlace = null;
		this.openRequest++;
	}

	/** Deletes an item (undoably) and goes back to the lists. */
	remove(item: ItemRef, name: string): void {
		const removeItem = item.kind === 'entity' ? ops.removeEntity : item.kind === 'place' ? ops.removePlace : ops.removeRelation;
		const noun = item.kind === 'entity' ? 'actor' : item.kind === 'relation' ? 'link' : 'place';
		if (this.apply(`delete ${noun} ${name}`, (work) => removeItem(work, item.id)) === null) return;
		this.open(null);
		this.message = { text: `Deleted ${name}. Undo brings it back.`, tone: 'info' };
	}

	/** Accepts or rejects drafted items as a group (“every asserted affiliation”). */
	review(ids: string[], verdict: 'accept' | 'reject', what: string): void {
		if (ids.length === 0) return;
		const done = this.apply(`${verdict} ${what}`, (work) => (verdict === 'accept' ? ops.acceptCandidates(work, ids) : ops.rejectCandidates(work, ids)));
		if (done === null) return;
		if (verdict === 'reject' && this.focus && this.focus.kind !== 'article' && !ops.findItem(this.work, this.focus)) this.open(null);
		this.message = { text: `${verdict === 'accept' ? 'Accepted' : 'Rejected'} ${what}.`, tone: 'info' };
	}

	/** Sets the coordinates of the place being located. */
	pick(coordinates: [number, number]): void {
		const id = this.pickingPlace;
		if (id === null) return;
		this.pickingPlace = null;
		this.apply('place on the map', (work) => ops.updatePlace(work, id, { coordinates }));
	}

	// --- Keeping and finishing ----------------------------------------------

	#schedule(): void {
		this.saveState = 'waiting';
		if (this.#timer !== null) clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.flush(), AUTOSAVE_DELAY);
	}

	/** Writes the work now (the page is being hidden, or the debounce ran out). */
	flush(): Promise<void> {
		if (this.#timer !== null) {
			clearTimeout(this.#timer);
			this.#timer = null;
		}
		if (this.saveState !== 'waiting' && this.saveState !== 'failed') return this.#keeping;
		const work = this.work;
		this.saveState = 'keeping';
		this.#keeping = this.#keeping
			.then(() => this.#storage.keep(work))
			.then(
				() => {
					if (this.work === work) this.saveState = 'kept';
					this.saveProblem = null;
				},
				(error: unknown) => {
					this.saveState = 'failed';
					this.saveProblem = error instanceof Error ? error.message : String(error);
				}
			);
		return this.#keeping;
	}

	/**
	 * Saves the work as a finished dataset, when the validator accepts it; otherwise says
	 * how many problems remain and changes nothing. Drafted items must be reviewed first.
	 */
	async finish(): Promise<boolean> {
		if (this.work.candidates.length > 0) {
			this.message = { text: `${this.work.candidates.length} drafted ${this.work.candidates.length === 1 ? 'item is' : 'items are'} not reviewed yet: accept or reject ${this.work.candidates.length === 1 ? 'it' : 'them'} first.`, tone: 'refused' };
			return false;
		}
		const result = this.validation;
		if (!result.ok) {
			this.message = { text: `Not saved: ${result.problems.length} ${result.problems.length === 1 ? 'problem stands' : 'problems stand'} between this and a finished dataset (listed under Problems). Your work in progress is kept.`, tone: 'refused' };
			return false;
		}
		const work = this.work;
		try {
			await this.#storage.publish(result.dataset);
			await this.flush();
			// Edits made while saving stay as work in progress.
			if (this.work === work) {
				await this.#storage.discard(work.id);
				this.published = true;
			}
			this.message = { text: `Saved “${work.article.title}” to your library.`, tone: 'info' };
			return true;
		} catch (error) {
			this.message = { text: `Not saved: ${error instanceof Error ? error.message : String(error)} Your work in progress is kept.`, tone: 'refused' };
			return false;
		}
	}
}
