import { describe, expect, it } from 'vitest';
import { firstViewGroup, pagesReaching } from '../../scripts/first-view-chunks';

const LAYOUT = '/app/src/routes/+layout.svelte';
const LIBRARY = '/app/src/routes/+page.svelte';
const WORKSPACE = '/app/src/routes/view/+page.svelte';
const EDITOR = '/app/src/routes/edit/+page.svelte';
const IMPORTER = '/app/src/routes/import/+page.svelte';

/** A module graph from `importer → imported` pairs. */
function graph(edges: [string, string][]) {
	return {
		getModuleInfo: (id: string) => ({ importers: edges.filter(([, to]) => to === id).map(([from]) => from) })
	};
}

describe('which pages reach a module', () => {
	const reaching = pagesReaching(
		graph([
			[WORKSPACE, '/app/src/lib/a.ts'],
			['/app/src/lib/a.ts', '/app/src/lib/b.ts'],
			['/app/src/lib/b.ts', '/app/src/lib/a.ts'], // a cycle
			[EDITOR, '/app/src/lib/b.ts'],
			[LAYOUT, '/app/src/lib/c.ts'],
			[LIBRARY, '/app/src/lib/c.ts']
		])
	);

	it('walks up every importer, through cycles', () => {
		expect(reaching('/app/src/lib/a.ts')).toEqual(new Set(['workspace', 'editor']));
		expect(reaching('/app/src/lib/b.ts')).toEqual(new Set(['workspace', 'editor']));
		expect(reaching('/app/src/lib/c.ts')).toEqual(new Set(['layout', 'library']));
	});

	it('finds none for code nothing imports statically', () => {
		expect(reaching('/app/src/lib/lazy.ts')).toEqual(new Set());
	});
});

describe('the group a module goes to', () => {
	const pages = (...names: string[]) => new Set(names) as Parameters<typeof firstViewGroup>[1];
	it('puts svelte and SvelteKit in the framework, if any page runs them; Comlink, loaded with a worker, is left alone', () => {
		expect(firstViewGroup('/app/node_modules/svelte/src/index-client.js', pages('layout'))).toBe('framework');
		expect(firstViewGroup('/app/node_modules/comlink/dist/esm/comlink.mjs', pages())).toBeNull();
		expect(firstViewGroup('/app/node_modules/svelte/src/transition/index.js', pages())).toBeNull();
	});

	it('leaves the layout’s own code to the layout, and groups what pages share with it', () => {
		expect(firstViewGroup('/app/src/lib/storage/library.ts', pages('layout'))).toBeNull();
		expect(firstViewGroup('/app/src/lib/storage/context.ts', pages('layout', 'workspace', 'library'))).toBe('shell');
	});

	it('splits the workspace’s first view by which other pages need it', () => {
		expect(firstViewGroup('/app/src/lib/view/filters.ts', pages('workspace', 'library'))).toBe('shared');
		expect(firstViewGroup('/app/src/lib/x.ts', pages('workspace', 'importer', 'editor'))).toBe('shared');
		expect(firstViewGroup('/app/src/lib/graph/RelationGraph.svelte', pages('workspace', 'editor'))).toBe('editing');
		expect(firstViewGroup('/app/src/lib/evidence/EvidencePanel.svelte', pages('workspace'))).toBe('workspace');
	});

	it('leaves what the workspace shares with a page added later to the bundler', () => {
		const reaching = pagesReaching(
			graph([
				[WORKSPACE, '/app/src/lib/view/filters.ts'],
				['/app/src/routes/compare/+page.svelte', '/app/src/lib/view/filters.ts'],
				['/app/src/routes/view/+layout.svelte', '/app/src/lib/view/timeline.ts']
			])
		);
		expect(reaching('/app/src/lib/view/filters.ts')).toEqual(new Set(['workspace', 'other']));
		expect(firstViewGroup('/app/src/lib/view/filters.ts', reaching('/app/src/lib/view/filters.ts'))).toBeNull();
		expect(reaching('/app/src/lib/view/timeline.ts')).toEqual(new Set(['other']));
		for (const known of [LAYOUT, LIBRARY, WORKSPACE, EDITOR, IMPORTER, '/app/src/routes/+layout.ts'])
			expect(pagesReaching(graph([]))(known).has('other'), known).toBe(false);
	});

	it('leaves other pages’ code, code loaded on demand and virtual modules to the bundler', () => {
		expect(firstViewGroup('/app/src/lib/editor/EditorPage.svelte', pages('editor'))).toBeNull();
		expect(firstViewGroup('/app/src/lib/briefing/Presentation.svelte', pages())).toBeNull();
		expect(firstViewGroup('\0vite/preload-helper', pages('workspace'))).toBeNull();
		expect(firstViewGroup('/app/src/lib/graph/Graph.svelte?svelte&type=style&lang.css', pages('workspace'))).toBeNull();
	});
});
