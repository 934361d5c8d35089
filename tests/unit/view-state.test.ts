import { describe, expect, it } from 'vitest';
import { RELATION_TYPES, STANCES } from '../../src/lib/dataset/schema';
import { decodeView, encodeView } from '../../src/lib/view/url-state';
import { ViewState } from '../../src/lib/view/view-state.svelte';
import { loadSeed } from './seed';

describe('ViewState', () => {
	it('toggles, isolates and restores relation types and stances', () => {
		const view = new ViewState();
		view.toggleType('funding');
		expect(view.filters.types.has('funding')).toBe(false);
		view.onlyType('attack');
		expect([...view.filters.types]).toEqual(['attack']);
		view.allTypes();
		expect(view.filters.types.size).toBe(RELATION_TYPES.length);
		view.onlyStance('asserted');
		view.toggleStance('denied');
		expect([...view.filters.stances].sort()).toEqual(['asserted', 'denied']);
		view.allStances();
		expect(view.filters.stances.size).toBe(STANCES.length);
	});

	it('writes its state as a link and takes it back', () => {
		const view = new ViewState();
		view.select({ kind: 'entity', id: 'haqqani-network' });
		view.setWindow({ from: '2020-01', to: '2020-12' });
		view.setFocus({ entityId: 'haqqani-network', depth: 2 });
		const link = encodeView(view.snapshot());
		const other = new ViewState();
		other.apply(decodeView(link, loadSeed()).view);
		expect(encodeView(other.snapshot())).toBe(link);
		other.clearFilters();
		other.clear();
		expect(encodeView(other.snapshot())).toBe('');
	});

	it('asks the reader to show a quote again each time, even the same one', () => {
		const view = new ViewState();
		view.showInArticle('q-founded');
		const first = view.shownQuote!.request;
		view.showInArticle('q-founded');
		expect(view.shownQuote).toEqual({ id: 'q-founded', request: first + 1 });
	});
});
