/**
 * The one place the view lives: selection, filters, time window, focus, the main
 * view and zoom. Components read it and call its methods; the URL is its
 * serialised form (see url-state.ts), kept in step by the workspace.
 */
import type { RelationType, Stance } from '$lib/dataset/schema';
import { RELATION_TYPES, STANCES } from '$lib/dataset/schema-values';
import { defaultFilters, type Filters, type TimeWindow } from './filters';
import { sameSelection, type Selection } from './selection';
import type { ViewSnapshot, ZoomState } from './url-state';

export type ViewMode = 'graph' | 'table';

export class ViewState {
	selection = $state<Selection | null>(null);
	/** Entity, relation or place under the pointer or keyboard focus, for highlighting. */
	hovered = $state<Selection | null>(null);
	mode = $state<ViewMode>('graph');
	filters = $state<Filters>(defaultFilters());
	graphZoom = $state<ZoomState | null>(null);
	mapZoom = $state<ZoomState | null>(null);
	/** The quote the reader should scroll to and highlight, with a counter so asking twice scrolls twice. */
	shownQuote = $state<{ id: string; request: number } | null>(null);
	/** What was dropped from the last link that was opened. */
	notices = $state<string[]>([]);

	select(selection: Selection | null): void {
		if (!sameSelection(selection, this.selection)) this.selection = selection;
	}

	clear(): void {
		this.selection = null;
	}

	#hoverWanted: Selection | null = null;
	#hoverFrame: number | null = null;

	/**
	 * Hovering is applied once per frame, with the last target asked for: a pointer crossing
	 * several items between two frames highlights once, and a press that follows a move is
	 * never queued behind the highlighting. The same item again changes nothing.
	 */
	hover(target: Selection | null): void {
		this.#hoverWanted = target;
		if (typeof requestAnimationFrame === 'undefined') this.#applyHover();
		else this.#hoverFrame ??= requestAnimationFrame(() => this.#applyHover());
	}

	#applyHover(): void {
		this.#hoverFrame = null;
		if (!sameSelection(this.#hoverWanted, this.hovered)) this.hovered = this.#hoverWanted;
	}

	showMode(mode: ViewMode): void {
		this.mode = mode;
	}

	showInArticle(quoteId: string): void {
		this.shownQuote = { id: quoteId, request: (this.shownQuote?.request ?? 0) + 1 };
	}

	toggleType(type: RelationType): void {
		const types = new Set(this.filters.types);
		if (types.has(type)) types.delete(type);
		else types.add(type);
		this.filters = { ...this.filters, types };
	}

	onlyType(type: RelationType): void {
		this.filters = { ...this.filters, types: new Set([type]) };
	}

	allTypes(): void {
		this.filters = { ...this.filters, types: new Set(RELATION_TYPES) };
	}

	toggleStance(stance: Stance): void {
		const stances = new Set(this.filters.stances);
		if (stances.has(stance)) stances.delete(stance);
		else stances.add(stance);
		this.filters = { ...this.filters, stances };
	}

	onlyStance(stance: Stance): void {
		this.filters = { ...this.filters, stances: new Set([stance]) };
	}

	allStances(): void {
		this.filters = { ...this.filters, stances: new Set(STANCES) };
	}

	setAsserters(asserters: Set<string> | null): void {
		this.filters = { ...this.filters, asserters };
	}

	setWindow(window: TimeWindow | null): void {
		this.filters = { ...this.filters, window };
	}

	setShowUndated(showUndated: boolean): void {
		this.filters = { ...this.filters, showUndated };
	}

	setFocus(focus: Filters['focus']): void {
		this.filters = { ...this.filters, focus };
	}

	setArticles(articles: Set<string> | null): void {
		this.filters = { ...this.filters, articles };
	}

	setPublishers(publishers: Set<string> | null): void {
		this.filters = { ...this.filters, publishers };
	}

	setMinSupport(minSupport: number, supportBy: Filters['supportBy']): void {
		this.filters = { ...this.filters, minSupport: Math.max(1, Math.round(minSupport)), supportBy };
	}

	setContestedOnly(contestedOnly: boolean): void {
		this.filters = { ...this.filters, contestedOnly };
	}

	clearFilters(): void {
		this.filters = defaultFilters();
	}

	snapshot(): ViewSnapshot {
		return {
			selection: this.selection,
			mode: this.mode,
			filters: this.filters,
			graphZoom: this.graphZoom,
			mapZoom: this.mapZoom
		};
	}

	apply(view: ViewSnapshot): void {
		this.selection = view.selection;
		this.mode = view.mode;
		this.filters = view.filters;
		this.graphZoom = view.graphZoom;
		this.mapZoom = view.mapZoom;
	}
}
