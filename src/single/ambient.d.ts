// Types for the single-file build (vite.single.config.ts). No imports at the top level:
// this file must stay a global script for the `declare module` below to declare, not augment.

declare module 'virtual:threadboard-embedded' {
	/** The static files the app would fetch, by URL path (`/datasets/index.json`, `/geo/region.topo.json`…), as text. */
	export const files: Readonly<Record<string, string>>;
}

interface Window {
	/** The slide deck embedded in this briefing file, with its deck id, or null; set before the app mounts (src/single/main.ts). */
	__threadboardEmbeddedSlides?: import('$lib/briefing/slide-types').EmbeddedDeck | null;
}
