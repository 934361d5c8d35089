import { building } from '$app/environment';
import type { Handle } from '@sveltejs/kit';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import index from '../static/datasets/index.json';
import { corpusCode, withCompletePreloads, type Manifest } from './complete-preloads';
import { BUILT_IN_CORPUS_LAYOUT, corpusCodeMeta, earlyFetchScript, withEarlyFetch } from './early-fetch.js';
import { withFirstViewStyles, type StyleFiles } from './first-view-styles';

// svelte.config.js makes the same script, from the same files, for its hash in the page's policy.
const script = earlyFetchScript(
	index.datasets.map((entry) => entry.slug),
	existsSync(`static/datasets/${BUILT_IN_CORPUS_LAYOUT}`)
);

/** The client build's manifest, written before pages are prerendered; none while developing. */
const CLIENT_MANIFEST = '.svelte-kit/output/client/.vite/manifest.json';
const manifest: Manifest | null = building && existsSync(CLIENT_MANIFEST) ? JSON.parse(readFileSync(CLIENT_MANIFEST, 'utf8')) : null;

/** The built stylesheets, read from the client build's output. */
const styleFiles: StyleFiles = {
	read: (file) => {
		const path = `.svelte-kit/output/client/${file}`;
		return existsSync(path) ? readFileSync(path, 'utf8') : null;
	},
	hash: (text) => createHash('sha256').update(text, 'utf8').digest('base64')
};

/**
 * Runs while pages are prerendered: adds the early fetch of a built-in dataset's files
 * (src/early-fetch.js) with, on the workspace's page, the list of a corpus's code it asks for,
 * the preloads SvelteKit leaves out (src/complete-preloads.ts), and keeps inline only the
 * styles the first view uses (src/first-view-styles.ts).
 */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html, done }) => {
			if (!done) return html;
			const complete = manifest ? withFirstViewStyles(withCompletePreloads(html, manifest), manifest, styleFiles) : html;
			const corpus = manifest && /^\/view\/?$/.test(event.url.pathname) ? corpusCodeMeta(corpusCode(complete, manifest)) : '';
			return withEarlyFetch(complete, script, corpus);
		}
	});
