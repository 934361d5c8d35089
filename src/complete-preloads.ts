/**
 * Every prerendered page names all of its first code in `<link rel="modulepreload">`, so the
 * browser asks for every file at once.
 *
 * SvelteKit builds that list by walking the build manifest from the page's code, but its walk
 * marks a file as seen when it first meets it among the dependencies of something loaded on
 * demand, and then skips it where the page imports it statically. The browser would find such a
 * file only once the code importing it had run: one more round trip before the page can draw.
 * This completes the list from the same manifest: whatever a preloaded file imports statically
 * is preloaded too. (tests/e2e/preloads.spec.ts checks every page against the manifest.)
 */

/** The part of a Vite manifest entry this reads. */
export interface ManifestChunk {
	file: string;
	imports?: string[];
	/** The stylesheets of the chunk's components. */
	css?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

const PRELOAD = /<link href="([^"]*?)(_app\/immutable\/[^"]+\.js)" rel="modulepreload">/g;

/** The files a page preloads, as build paths (`_app/immutable/…`), in the page's order. */
export function preloadedFiles(html: string): string[] {
	return [...html.matchAll(PRELOAD)].map((match) => match[2]!);
}

/** The built files that `files` import statically, directly or not, in the order first met; `files` first. */
export function staticClosure(manifest: Manifest, files: readonly string[]): string[] {
	const byFile = new Map(Object.values(manifest).map((chunk) => [chunk.file, chunk]));
	const byKey = new Map(Object.entries(manifest));
	const found = new Set<string>();
	const visit = (file: string) => {
		if (found.has(file)) return;
		found.add(file);
		for (const key of byFile.get(file)?.imports ?? []) {
			const imported = byKey.get(key);
			if (imported) visit(imported.file);
		}
	};
	files.forEach(visit);
	return [...found];
}

/** The page with a preload added, after SvelteKit's own, for each file its preloaded code imports and it does not name. */
export function withCompletePreloads(html: string, manifest: Manifest): string {
	const links = [...html.matchAll(PRELOAD)];
	if (links.length === 0) return html;
	const prefix = links[0]![1]!;
	const named = preloadedFiles(html);
	const missing = staticClosure(manifest, named).filter((file) => !named.includes(file));
	if (missing.length === 0) return html;
	const last = links[links.length - 1]!;
	const at = last.index! + last[0].length;
	const added = missing.map((file) => `\n\t\t<link href="${prefix}${file}" rel="modulepreload">`).join('');
	return html.slice(0, at) + added + html.slice(at);
}

/** The component the workspace's page loads for a corpus (src/routes/view/+page.svelte). */
const CORPUS_WORKSPACE = 'src/lib/workspace/CorpusWorkspace.svelte';

/**
 * The corpus workspace's code and styles the page does not already preload, as the page links
 * its own files (`../_app/…`), for the early script to ask for when the address names a corpus.
 */
export function corpusCode(html: string, manifest: Manifest): string[] {
	const entry = manifest[CORPUS_WORKSPACE];
	// The path before `_app/` in the page's own preloads (`../` on /view/).
	const prefix = html.matchAll(PRELOAD).next().value?.[1];
	if (!entry || prefix === undefined) return [];
	const preloaded = new Set(preloadedFiles(html));
	const code = staticClosure(manifest, [entry.file]).filter((file) => !preloaded.has(file));
	const byFile = new Map(Object.values(manifest).map((chunk) => [chunk.file, chunk]));
	const styles = [...new Set(code.flatMap((file) => byFile.get(file)?.css ?? []))];
	return [...code, ...styles].map((file) => prefix + file);
}
