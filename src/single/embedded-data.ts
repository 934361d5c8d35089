/**
 * What the single-file briefing carries inside itself: the files the app would
 * fetch (inlined at build time) and, in a downloaded briefing, a slide deck in a
 * `<script type="application/json" id="threadboard-briefing">` element.
 * No DOM types are needed here beyond `getElementById`, so tests can pass a fake.
 */
import { EMBEDDED_SLIDES_ID, SLIDES_FORMAT, type Slide, type SlidesFile } from '$lib/briefing/slide-types';

/** The map boundaries the app fetches (PlaceMap's default `topologyUrl`). */
export const TOPOLOGY_PATH = '/geo/region.topo.json';

/**
 * A `fetch` that answers from the inlined files and never touches the network, so
 * the app's own loaders (loadDatasetIndex, loadDataset) run unchanged: same
 * validation, same problems for a broken or missing file.
 */
export function embeddedFetch(files: Readonly<Record<string, string>>): typeof fetch {
	return async (input) => {
		const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
		const text = Object.hasOwn(files, url) ? files[url] : undefined;
		return text === undefined ? new Response('Not embedded in this file', { status: 404 }) : new Response(text, { status: 200 });
	};
}

/** Supplies the map topology from the inlined file instead of fetching it (Workspace's `loadTopology`). */
export function embeddedTopology(files: Readonly<Record<string, string>>): () => Promise<unknown> {
	return async () => {
		const text = files[TOPOLOGY_PATH];
		if (text === undefined) throw new Error('The map boundaries are not embedded in this file.');
		return JSON.parse(text) as unknown;
	};
}

const isString = (value: unknown): value is string => typeof value === 'string';

function isSlide(value: unknown): value is Slide {
	if (typeof value !== 'object' || value === null) return false;
	const slide = value as Record<string, unknown>;
	return isString(slide.id) && isString(slide.title) && isString(slide.caption) && isString(slide.view);
}

/** The shape check for a SlidesFile: the format tag, version 1, a dataset slug and well-formed slides. */
export function isSlidesFile(value: unknown): value is SlidesFile {
	if (typeof value !== 'object' || value === null) return false;
	const file = value as Record<string, unknown>;
	return (
		file.format === SLIDES_FORMAT &&
		file.version === 1 &&
		isString(file.dataset) &&
		Array.isArray(file.slides) &&
		file.slides.every(isSlide)
	);
}

/** Just what embeddedSlides needs of a document. */
export interface ElementLookup {
	getElementById(id: string): { textContent: string | null } | null;
}

/**
 * The slide deck embedded in this page by briefingHtml, or null when there is none
 * or it is not a well-formed SlidesFile (a damaged deck must not stop the app).
 * Whether the deck belongs to the dataset shown is the caller's to check.
 */
export function embeddedSlides(document: ElementLookup): SlidesFile | null {
	const text = document.getElementById(EMBEDDED_SLIDES_ID)?.textContent;
	if (!text) return null;
	try {
		const value: unknown = JSON.parse(text);
		return isSlidesFile(value) ? value : null;
	} catch {
		return null;
	}
}
