import { building } from '$app/environment';
import type { Handle } from '@sveltejs/kit';
import { existsSync, readFileSync } from 'node:fs';
import index from '../static/datasets/index.json';
import { withCompletePreloads, type Manifest } from './complete-preloads';
import { earlyFetchScript, withEarlyFetch } from './early-fetch.js';

const script = earlyFetchScript(index.datasets.map((entry) => entry.slug));

/** The client build's manifest, written before pages are prerendered; none while developing. */
const CLIENT_MANIFEST = '.svelte-kit/output/client/.vite/manifest.json';
const manifest: Manifest | null = building && existsSync(CLIENT_MANIFEST) ? JSON.parse(readFileSync(CLIENT_MANIFEST, 'utf8')) : null;

/**
 * Runs while pages are prerendered: adds the early fetch of a built-in dataset's files
 * (src/early-fetch.js) and the preloads SvelteKit leaves out (src/complete-preloads.ts).
 */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html, done }) => {
			if (!done) return html;
			const preloaded = manifest ? withCompletePreloads(html, manifest) : html;
			return withEarlyFetch(preloaded, script);
		}
	});
