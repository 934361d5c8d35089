import adapter from '@sveltejs/adapter-static';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { BUILT_IN_CORPUS_LAYOUT, earlyFetchScript } from './src/early-fetch.js';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * The app's Content Security Policy. SvelteKit writes it into every prerendered page as
 * a <meta http-equiv="content-security-policy">, with the sha256 hash of its own inline
 * start-up script added to script-src ('hash' mode: the pages are static files, so no nonce).
 * A meta tag cannot carry frame-ancestors, report-uri or sandbox: a host that wants them
 * (frame-ancestors 'none' against framing) must send them as an HTTP header. README: Security.
 */
export const APP_CSP_DIRECTIVES = {
	'default-src': ['self'],
	// Only the app's own files, plus the hash SvelteKit adds; never 'unsafe-inline' or 'unsafe-eval'.
	'script-src': ['self'],
	// Stylesheets only from the app's own files, and the page's own inlined <style> by the hash SvelteKit adds; no injected one...
	'style-src-elem': ['self'],
	// ...but style attributes are allowed: the prerendered HTML carries Svelte's `style:` values
	// (time window, handout picture size), which hydration does not re-apply when blocked, and
	// SvelteKit's route announcer and the picture export write style attributes too.
	'style-src-attr': ['unsafe-inline'],
	// Fallback for browsers without style-src-elem/-attr (Firefox < 108, Safari < 15.4).
	'style-src': ['self', 'unsafe-inline'],
	// PNG export draws an SVG from a blob: URL; the favicon and exported fonts may be data: URLs.
	'img-src': ['self', 'data:', 'blob:'],
	'font-src': ['self', 'data:'],
	// The service worker, and Web Workers (layout, drafting), which bundlers may start from blob: URLs.
	'worker-src': ['self', 'blob:'],
	'connect-src': ['self'],
	'object-src': ['none'],
	'base-uri': ['none'],
	'form-action': ['self']
};

/** The hash of the script src/hooks.server.ts puts in every page (src/early-fetch.js), from the same dataset list. */
const builtInSlugs = JSON.parse(readFileSync(new URL('./static/datasets/index.json', import.meta.url), 'utf8')).datasets.map((/** @type {{ slug: string }} */ entry) => entry.slug);
const corpusLayout = existsSync(new URL(`./static/datasets/${BUILT_IN_CORPUS_LAYOUT}`, import.meta.url));
const EARLY_FETCH_HASH = `sha256-${createHash('sha256').update(earlyFetchScript(builtInSlugs, corpusLayout)).digest('base64')}`;

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter({ strict: true }),
		csp: { mode: 'hash', directives: { ...APP_CSP_DIRECTIVES, 'script-src': [...APP_CSP_DIRECTIVES['script-src'], EARLY_FETCH_HASH] } },
		// Registered by the app once the first view is drawn ($lib/storage/offline.ts), not at the load event.
		serviceWorker: { register: false },
		// Every page's styles inline: no stylesheet request blocks the first paint or the start-up script.
		inlineStyleThreshold: Infinity
	}
};

export default config;
