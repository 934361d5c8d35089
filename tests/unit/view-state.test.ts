import { afterEach, describe, expect, it, vi } from 'vitest';
import { RELATION_TYPES, STANCES } from '../../src/lib/dataset/schema';
import { decodeView, encodeView } from '../../src/lib/view/url-state';
import { ViewState } from '../../src/lib/view/view-state.svelte';
import { sameSelection, selectionFromKey, selectionKey } from '../../src/lib/view/selection';
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

	describe('hovering', () => {
		afterEach(() => vi.unstubAllGlobals());

		it('is applied once per frame, with the last target asked for', () => {
			const frames: FrameRequestCallback[] = [];
			vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
			const view = new ViewState();
			view.hover({ kind: 'entity', id: 'taliban' });
			view.hover({ kind: 'entity', id: 'al-qaeda' });
			expect(view.hovered).toBeNull();
			expect(frames).toHaveLength(1);
			frames.shift()!(0);
			expect(view.hovered).toEqual({ kind: 'entity', id: 'al-qaeda' });
			view.hover(null);
			frames.shift()!(0);
			expect(view.hovered).toBeNull();
		});

		it('keeps the same object when the same item is hovered or selected again', () => {
			const view = new ViewState();
			view.hover({ kind: 'place', id: 'kabul' });
			const hovered = view.hovered;
			view.hover({ kind: 'place', id: 'kabul' });
			expect(view.hovered).toBe(hovered);
			view.select({ kind: 'relation', id: 'r1' });
			const selected = view.selection;
			view.select({ kind: 'relation', id: 'r1' });
			expect(view.selection).toBe(selected);
			view.select({ kind: 'entity', id: 'r1' });
			expect(view.selection).toEqual({ kind: 'entity', id: 'r1' });
		});
	});
});

describe('selection keys', () => {
	it('round-trip, ids with colons included, and compare by item', () => {
		for (const selection of [{ kind: 'entity', id: 'a:b:c' }, { kind: 'place', id: 'kabul' }, null] as const) {
			expect(selectionFromKey(selectionKey(selection))).toEqual(selection);
		}
		expect(selectionKey({ kind: 'relation', id: 'x' })).toBe('relation:x');
		expect(sameSelection({ kind: 'entity', id: 'x' }, { kind: 'entity', id: 'x' })).toBe(true);
		expect(sameSelection({ kind: 'entity', id: 'x' }, { kind: 'place', id: 'x' })).toBe(false);
		expect(sameSelection(null, { kind: 'place', id: 'x' })).toBe(false);
		expect(sameSelection(null, null)).toBe(true);
	});
});
