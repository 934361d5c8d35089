/**
 * Fewer, larger code files for each page's first view (a Vite plugin, client build only).
 *
 * Left to itself, the bundler cuts the code pages share into one chunk per set of pages that
 * use it: the workspace's first view came in 26 files, many under 1 kB. Over HTTP/1.1 a browser
 * asks for 6 files at a time, so the last of them waited about 220 ms in the queue (Resource
 * Timing, seed workspace, local server). Grouping by page instead:
 *
 * - `framework`: svelte and SvelteKit's client, which every page runs;
 * - `shell`: what pages share with the root layout (the dataset checks, the library's context,
 *   layout requests); the layout's own code stays in the layout's file;
 * - `shared`: what the workspace's first view shares with the library or the importer;
 * - `editing`: what it shares with the editor, and nothing the library or importer needs;
 * - `workspace`: what only the workspace's first view runs.
 *
 * Each group holds only code statically imported from its pages, so no page downloads another
 * page's code except through `editing` (the editor's first view needs nearly all of it anyway),
 * and code loaded on demand (briefing, presenting, the corpus, the table…) keeps its own files.
 */
import type { Plugin } from 'vite';

interface ModuleGraph {
	getModuleInfo(id: string): { importers: readonly string[] } | null;
}

/** The modules each page's code starts from: the route files SvelteKit makes entries of. */
const PAGES = {
	// Every page runs the root layout and SvelteKit's own start-up code.
	layout: [/[\\/]src[\\/]routes[\\/]\+layout\.(svelte|ts)$/, /[\\/]generated[\\/]client-optimized[\\/]app\.js$/, /[\\/]@sveltejs[\\/]kit[\\/]src[\\/]runtime[\\/]client[\\/]entry\.js$/],
	library: [/[\\/]src[\\/]routes[\\/]\+page\.svelte$/],
	workspace: [/[\\/]src[\\/]routes[\\/]view[\\/]\+page\.svelte$/],
	editor: [/[\\/]src[\\/]routes[\\/]edit[\\/]\+page\.svelte$/],
	importer: [/[\\/]src[\\/]routes[\\/]import[\\/]\+page\.svelte$/],
	// Any page or layout added later: what it shares with the workspace is left to the bundler.
	other: [/[\\/]src[\\/]routes[\\/](?!(view|edit|import)[\\/]\+page\.svelte$)(?!\+(page|layout)\.(svelte|ts)$).*\+(page|layout)(\.[a-z]+)?\.(svelte|ts|js)$/]
} as const;
type Page = keyof typeof PAGES;

const FRAMEWORK = /[\\/]node_modules[\\/](svelte|@sveltejs[\\/]kit|devalue|esm-env|clsx)[\\/]/;

/** Which pages reach a module through static imports only: every module above it, by its importers. */
export function pagesReaching(graph: ModuleGraph): (id: string) => Set<Page> {
	const memo = new Map<string, Set<Page>>();
	return (id) => {
		const known = memo.get(id);
		if (known) return known;
		const pages = new Set<Page>();
		const seen = new Set([id]);
		const queue = [id];
		for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
			for (const [page, patterns] of Object.entries(PAGES) as [Page, readonly RegExp[]][]) if (patterns.some((pattern) => pattern.test(next!))) pages.add(page);
			for (const importer of graph.getModuleInfo(next)?.importers ?? [])
				if (!seen.has(importer)) {
					seen.add(importer);
					queue.push(importer);
				}
		}
		memo.set(id, pages);
		return pages;
	};
}

/** The group a module of the client build belongs to, or null to leave it to the bundler. */
export function firstViewGroup(id: string, pages: Set<Page>): string | null {
	if (id.includes('\0') || /\?/.test(id)) return null;
	if (pages.size === 0) return null; // only loaded on demand
	if (FRAMEWORK.test(id)) return 'framework';
	// The layout's own code stays in the layout's file; what pages share with it is grouped.
	if (pages.has('layout')) return pages.size > 1 ? 'shell' : null;
	if (!pages.has('workspace') || pages.has('other')) return null;
	if (pages.has('library') || pages.has('importer')) return 'shared';
	return pages.has('editor') ? 'editing' : 'workspace';
}

export function firstViewChunks(): Plugin {
	return {
		name: 'threadboard:first-view-chunks',
		apply: 'build',
		configEnvironment(name) {
			if (name !== 'client') return;
			let reaching: ((id: string) => Set<Page>) | null = null;
			const group = (name: string, priority: number) => ({
				debugName: name,
				priority,
				name: (id: string, context: ModuleGraph) => {
					reaching ??= pagesReaching(context);
					return firstViewGroup(id, reaching(id)) === name ? name : null;
				}
			});
			return {
				build: {
					rolldownOptions: {
						output: {
							codeSplitting: {
								groups: [group('framework', 5), group('shell', 4), group('shared', 3), group('editing', 2), group('workspace', 1)]
							}
						}
					}
				}
			};
		}
	};
}
