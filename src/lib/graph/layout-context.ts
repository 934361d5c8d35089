/**
 * Which layout sources the graphs of a page use, handed down through Svelte context
 * by the page's root: the app gives the worker and the shipped layouts
 * (layout-sources.ts); a page that gives none (the one-file briefing) lays graphs
 * out in the page, so no worker file has to sit beside it.
 */
import { getContext, setContext } from 'svelte';
import { loadInPageLayout, type LayoutSources } from './layout-request';

const KEY = Symbol('layout sources');

export function provideLayoutSources(sources: LayoutSources): void {
	setContext(KEY, sources);
}

export function layoutSources(): LayoutSources {
	return getContext<LayoutSources | undefined>(KEY) ?? { inPage: async (input) => (await loadInPageLayout()).layout(input) };
}
