import type { Handle } from '@sveltejs/kit';
import index from '../static/datasets/index.json';
import { earlyFetchScript, withEarlyFetch } from './early-fetch.js';

const script = earlyFetchScript(index.datasets.map((entry) => entry.slug));

/** Runs while pages are prerendered: adds the early fetch of a built-in dataset's files (src/early-fetch.js). */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html, done }) => (done ? withEarlyFetch(html, script) : html)
	});
