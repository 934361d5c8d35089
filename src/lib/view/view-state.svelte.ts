/**
 * The one place the view lives: what is selected, hovered and shown. Components
 * read it and call its methods; the URL (later) is its serialised form.
 */
import { getContext, setContext } from 'svelte';
import type { Selection } from './selection';

export type ViewMode = 'graph' | 'table';

export class ViewState {
	selection = $state<Selection | null>(null);
	/** Entity or relation under the pointer or keyboard focus in the graph, for highlighting. */
	hovered = $state<Selection | null>(null);
	mode = $state<ViewMode>('graph');
	/** The quote the reader should scroll to and highlight, with a counter so asking twice scrolls twice. */
	shownQuote = $state<{ id: string; request: number } | null>(null);

	select(selection: Selection | null): void {
		this.selection = selection;
	}

	clear(): void {
		this.selection = null;
	}

	hover(target: Selection | null): void {
		this.hovered = target;
	}

	showMode(mode: ViewMode): void {
		this.mode = mode;
	}

	showInArticle(quoteId: string): void {
		this.shownQuote = { id: quoteId, request: (this.shownQuote?.request ?? 0) + 1 };
	}
}

const KEY = Symbol('threadboard-view');

export function provideViewState(state: ViewState = new ViewState()): ViewState {
	return setContext(KEY, state);
}

export function useViewState(): ViewState {
	const state = getContext<ViewState | undefined>(KEY);
	if (!state) throw new Error('useViewState() called outside a component tree that provides a ViewState');
	return state;
}
