/** What the importer produces from a file or pasted text, before the user confirms it. */

/** One paragraph (or heading, list item, caption) of the source, in reading order. */
export interface ImportBlock {
	/** Normalised text (see normalise.ts): exactly what the article would contain. */
	text: string;
	/** False for page furniture the importer recognised; the user can put it back. */
	keep: boolean;
	/** Why the importer recognised this block ("Byline", "Share or follow prompt", "Headline"). */
	reason?: string;
}

export interface ImportedArticle {
	/** The headline, or '' when the source does not give one. */
	title: string;
	/** The publisher or site name, or ''. */
	publisher: string;
	/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` as the source gives it, or null. */
	published: string | null;
	/** The article's address (http or https, absolute), or the path the source gave, or null. */
	url: string | null;
	blocks: ImportBlock[];
	/** Things the user should know about the import ("the front matter could not be read"). */
	notices: string[];
}

/**
 * Parses HTML into an inert document that is never rendered and runs nothing:
 * `DOMParser` in the browser, linkedom's in Node (see parse-html-node.ts).
 */
export type HtmlParser = (html: string) => Document;
