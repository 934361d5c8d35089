/**
 * What the single-file briefing carries inside itself: the files the app would
 * fetch (inlined at build time) and, in a downloaded briefing, a slide deck in a
 * `<script type="application/json" id="threadboard-briefing">` element.
 * No DOM types are needed here beyond `getElementById`, so tests can pass a fake.
 */
import type { CarriedCorpus, LeftOutMember } from '$lib/briefing/corpus-bundle';
import type { Problem } from '$lib/dataset/validate';
import { DECK_ID_PATTERN, EMBEDDED_SLIDES_ID, SLIDES_FORMAT, type EmbeddedDeck, type Slide, type SlidesFile } from '$lib/briefing/slide-types';

/**
 * The corpus a briefing file carries, as the page draws it: read, with the members left
 * out and refused decisions said above the workspace, or refused with every problem.
 */
export type CarriedCorpusView =
	| { ok: true; carried: CarriedCorpus; missing: { id: string; reason: string }[]; problems: string[] }
	| { ok: false; problems: Problem[]; members: LeftOutMember[] };

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

/** A short id that is the same for the same text (two 32-bit FNV-1a hashes), for decks embedded without an id. */
function textId(text: string): string {
	let a = 0x811c9dc5;
	let b = 0x050c5d1f;
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		a = Math.imul(a ^ code, 0x01000193);
		b = Math.imul(b ^ code, 0x5bd1e995);
	}
	return `content-${(a >>> 0).toString(16).padStart(8, '0')}${(b >>> 0).toString(16).padStart(8, '0')}`;
}

/**
 * The slide deck embedded in this page by briefingHtml, with its deck id, or null
 * when there is none or it is not a well-formed SlidesFile (a damaged deck must not
 * stop the app). A deck embedded before deck ids existed, or with a malformed one,
 * gets an id made from its text: different decks still get different ids.
 * Whether the deck belongs to the dataset shown is the caller's to check.
 */
export function embeddedSlides(document: ElementLookup): EmbeddedDeck | null {
	const text = document.getElementById(EMBEDDED_SLIDES_ID)?.textContent;
	if (!text) return null;
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return null;
	}
	if (!isSlidesFile(value)) return null;
	const { deckId } = value as { deckId?: unknown };
	return { ...value, deckId: typeof deckId === 'string' && DECK_ID_PATTERN.test(deckId) ? deckId : textId(text) };
}
