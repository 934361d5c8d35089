/**
 * Keeps the address bar and the view state in step. A new selection is a new
 * history entry, so back and forward move through selections; everything else
 * (filters, zoom) replaces the current entry, after a short pause.
 *
 * SvelteKit's shallow routing (pushState/replaceState) writes the entries so its
 * router stays in charge of history, but `page.url` keeps the address the page was
 * loaded with, so the address itself is read from `location`.
 */
import { untrack } from 'svelte';
import type { Dataset } from '$lib/dataset/schema';
import { afterNextPaint } from './after-paint';
import { selectionKey } from './selection';
import { decodeView, encodeView, joinScope, scopeOf, withoutScope } from './url-state';
import type { ViewState } from './view-state.svelte';

const REPLACE_DELAY_MS = 250;

/** Writes history entries. In the SvelteKit app, its shallow routing; in the single-file briefing, plain `history`. */
export interface HistoryWriter {
	push(url: URL): void;
	replace(url: URL): void;
}

export const browserHistory: HistoryWriter = {
	push: (url) => history.pushState(history.state, '', url),
	replace: (url) => history.replaceState(history.state, '', url)
};

/** The address for a view's query, keeping which dataset or corpus it belongs to. */
function urlFor(search: string): URL {
	return new URL(location.pathname + joinScope(scopeOf(location.search), search), location.href);
}

export function syncViewWithUrl(view: ViewState, dataset: () => Dataset, writer: HistoryWriter): void {
	let written: string | null = null;
	let writtenSelection: string | null = null;
	let pending: ReturnType<typeof setTimeout> | undefined;

	function readAddress() {
		clearTimeout(pending);
		const search = withoutScope(location.search);
		const decoded = decodeView(search, dataset());
		view.apply(decoded.view);
		view.notices = decoded.notices;
		written = encodeView(decoded.view);
		writtenSelection = selectionKey(view.selection);
		// Drop the bad parts from the address bar too, so a copied link is clean. Deferred:
		// on first load the router is still starting and cannot take a history entry yet.
		const clean = written;
		if (clean !== search) setTimeout(() => writer.replace(urlFor(clean)));
	}

	// Address → state: on load, and when back or forward restores an entry.
	$effect(() => {
		untrack(readAddress);
		const onpopstate = () => readAddress();
		window.addEventListener('popstate', onpopstate);
		return () => window.removeEventListener('popstate', onpopstate);
	});

	// State → address.
	$effect(() => {
		const search = encodeView(view.snapshot());
		const selection = selectionKey(view.selection);
		untrack(() => {
			if (written === null || search === written) return;
			written = search;
			clearTimeout(pending);
			const url = urlFor(search);
			if (selection !== writtenSelection) {
				writtenSelection = selection;
				// After the frame that shows the change: writing history makes the router read the
				// scroll position, which forces a layout, so a click's quotes would wait for it.
				afterNextPaint(() => writer.push(url));
			} else {
				pending = setTimeout(() => writer.replace(url), REPLACE_DELAY_MS);
			}
		});
	});
}
