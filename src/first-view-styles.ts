/**
 * Every prerendered page carries its styles inline (`inlineStyleThreshold` in svelte.config.js),
 * so no stylesheet request stands between the page and its first paint. But SvelteKit inlines,
 * beside the page's own styles, those of the components it may load on demand (presenting, the
 * briefing drawer, the corpus views, the table, the canvas graph) and marks their files as loaded
 * with a disabled `<link>`: on the workspace that was a quarter of its 44 kB of styles, parsed
 * before anything could be drawn, for components most visits never open.
 *
 * This keeps inline only the styles of the page's first code (the files its preloaded code
 * imports, from the build manifest) and of anything the prerendered markup already shows, and
 * drops the disabled link of each style it takes out, so the code that needs it later loads
 * it with itself (Vite's preload does so for a stylesheet not already in the page). The page's
 * Content Security Policy names the inline style by its hash: that hash is replaced with the
 * new one. Where anything does not match what is expected, the page is left as it was.
 */
import { preloadedFiles, staticClosure, type Manifest } from './complete-preloads';

const INLINED = /\n?\t*<link href="[^"]*?(_app\/immutable\/assets\/[^"]+\.css)" rel="stylesheet" disabled media="\(max-width: 0\)">/g;
const STYLE = /<style>([\s\S]*?)<\/style>/g;
/** Svelte's scoped class names: a style whose class is in the markup styles something shown already. */
const SCOPED_CLASS = /\.(svelte-[a-z0-9]+)/g;

export interface StyleFiles {
	/** The text of a built stylesheet as SvelteKit inlines it, or null if it cannot be read. */
	read(file: string): string | null;
	/** Base64 SHA-256 of a text, as a Content Security Policy names an inline style. */
	hash(text: string): string;
}

function firstViewCss(manifest: Manifest, html: string): Set<string> {
	const preloaded = preloadedFiles(html);
	const byFile = new Map(Object.values(manifest).map((chunk) => [chunk.file, chunk]));
	return new Set(staticClosure(manifest, preloaded).flatMap((file) => byFile.get(file)?.css ?? []));
}

export function withFirstViewStyles(html: string, manifest: Manifest, files: StyleFiles): string {
	const styles = [...html.matchAll(STYLE)];
	if (styles.length !== 1) return html;
	const style = styles[0]!;
	const inlined = style[1]!;
	const needed = firstViewCss(manifest, html);
	const body = html.slice(html.indexOf('<body'));
	let kept = inlined;
	const dropped: string[] = [];
	for (const link of html.matchAll(INLINED)) {
		const file = link[1]!;
		if (needed.has(file)) continue;
		const css = files.read(file);
		if (css === null || css === '' || kept.split(css).length !== 2) continue;
		const shown = [...css.matchAll(SCOPED_CLASS)].some((match) => body.includes(match[1]!));
		if (shown) continue;
		// SvelteKit joins the inlined files with a line break.
		kept = kept.includes(`${css}\n`) ? kept.replace(`${css}\n`, '') : kept.replace(`\n${css}`, '').replace(css, '');
		dropped.push(link[0]);
	}
	if (dropped.length === 0) return html;
	const before = `'sha256-${files.hash(inlined)}'`;
	if (html.split(before).length !== 2) return html;
	let result = html.replace(before, `'sha256-${files.hash(kept)}'`);
	result = result.replace(style[0], `<style>${kept}</style>`);
	for (const link of dropped) result = result.replace(link, '');
	return result;
}
