/** Node's parser for the importer (tests and `npm run draft`); linkedom runs no scripts and fetches nothing. */
import { DOMParser } from 'linkedom';
import type { HtmlParser } from './types';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html') as unknown as Document;

/**
 * Unlike a browser, linkedom builds no <html> and <body> around a fragment (or an empty
 * file); such input is wrapped so that every document has a body, as in the browser.
 */
export const parseHtmlInNode: HtmlParser = (html) => {
	const document = parse(html);
	if (document.documentElement?.localName === 'html' && document.querySelector('body')) return document;
	return parse(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`);
};
