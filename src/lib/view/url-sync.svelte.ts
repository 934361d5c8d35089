/**
 * Keeps the URL and the view state in step. A new selection is a new history
 * entry, so back and forward move through selections; everything else (filters,
 * zoom) replaces the current entry, the zoom after a short pause.
 */
import { untrack } from 'svelte';
import { page } from '$app/state';
import { pushState, replaceState } from '$app/navigation';
import type { Dataset } from '$lib/dataset/schema';
import { decodeView, encodeView } from './url-state';
import type { ViewState } from './view-state.svelte';

const REPLACE_DELAY_MS = 250;

function selectionKey(view: ViewState): string {
	return view.selection ? `${view.selection.kind}:${view.selection.id}` : '';
}

function urlFor(search: string): URL {
	return new URL(page.url.pathname + search, page.url);
}

export function syncViewWithUrl(view: ViewState, dataset: () => Dataset): void {
	let written: string | null = null;
	let writtenSelection = '';
	let pending: ReturnType<typeof setTimeout> | undefined;

	// URL → state: on load, and when back or forward restores an entry.
	$effect(() => {
		const search = page.url.search;
		untrack(() => {
			if (search === written) return;
			const decoded = decodeView(search, dataset());
			view.apply(decoded.view);
			view.notices = decoded.notices;
			written = encodeView(decoded.view);
			writtenSelection = selectionKey(view);
			// Drop the bad parts from the address bar too, so a copied link is clean.
			if (written !== search) replaceState(urlFor(written), {});
		});
	});

	// State → URL.
	$effect(() => {
		const search = encodeView(view.snapshot());
		const selection = selectionKey(view);
		untrack(() => {
			if (written === null || search === written) return;
			written = search;
			clearTimeout(pending);
			const url = urlFor(search);
			if (selection !== writtenSelection) {
				writtenSelection = selection;
				pushState(url, {});
			} else {
				pending = setTimeout(() => replaceState(url, {}), REPLACE_DELAY_MS);
			}
		});
	});
}
