/**
 * The briefing's data: a slide is a view of the dataset (its URL search string,
 * the same short form a shared link uses) with the briefer's title and caption.
 */
export interface Slide {
	id: string;
	title: string;
	caption: string;
	/** The encoded view (`?actor=haqqani-network&types=funding`), decoded with decodeView when shown. */
	view: string;
}

/** What an exported slides file, and the single-file briefing's embedded deck, hold. */
export interface SlidesFile {
	format: 'threadboard-slides';
	version: 1;
	/** The dataset slug the views refer to; a file for another dataset is refused. */
	dataset: string;
	slides: Slide[];
}

export const SLIDES_FORMAT = 'threadboard-slides';
/** Id of the script element in the single-file briefing that holds the embedded SlidesFile JSON. */
export const EMBEDDED_SLIDES_ID = 'threadboard-briefing';
/** The dataset a briefing was made from (a dataset bundle), when it is not the one the template carries. */
export const EMBEDDED_DATASET_ID = 'threadboard-dataset';
/** A corpus a briefing was made from: its datasets as bundles, its title and merge decisions (briefing/corpus-bundle.ts). */
export const EMBEDDED_CORPUS_ID = 'threadboard-corpus';

/**
 * What a one-file briefing embeds: its slides and an id of its own, made when the file
 * is made. Changes made in the file are saved in the browser under that id, so two
 * briefings of one article opened from disk (which share the file:// origin's storage)
 * never show each other's slides.
 */
export interface EmbeddedDeck extends SlidesFile {
	deckId: string;
}

/** A deck id: letters, digits, `-` and `_`, as briefingHtml makes them (22 characters of base64url). */
export const DECK_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
