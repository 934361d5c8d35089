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
