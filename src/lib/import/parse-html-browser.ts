import type { HtmlParser } from './types';

/**
 * The browser's parser: a document made by DOMParser has no browsing context, so its
 * scripts never run, its handlers never fire and its images, styles and frames are never fetched.
 */
export const parseHtmlInBrowser: HtmlParser = (html) => new DOMParser().parseFromString(html, 'text/html');
