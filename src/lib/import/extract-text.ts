/** Plain text: a .txt file, or text pasted into the import screen. */
import { toBlocks, type RawBlock } from './blocks';
import { normaliseArticleText } from './normalise';
import type { ImportedArticle } from './types';

/** A title is a line, not a paragraph: longer first lines are not offered as the title. */
const MAX_TITLE_LENGTH = 250;

/**
 * Paragraphs of plain text. Blank lines separate paragraphs; a text with no blank line at all
 * (as word processors and many pages paste) has one paragraph per line.
 */
export function plainParagraphs(text: string): string[] {
	const normalised = normaliseArticleText(text);
	if (normalised === '') return [];
	return normalised.includes('\n\n') ? normalised.split('\n\n') : normalised.split('\n');
}

export interface PlainTextOptions {
	/**
	 * `always` (a .txt file): the first line is the title, as `npm run draft` reads it.
	 * `when-headline` (pasted text): only when the first paragraph is one short line with no
	 * closing punctuation, so a pasted paragraph of reporting is not taken for a title.
	 */
	titleFromFirstLine: 'always' | 'when-headline';
}

export function extractPlainText(text: string, options: PlainTextOptions): ImportedArticle {
	const paragraphs = plainParagraphs(text);
	const [first = '', ...rest] = paragraphs;
	const [firstLine = '', ...moreLines] = first.split('\n');
	const isHeadline =
		firstLine.length > 0 &&
		firstLine.length <= MAX_TITLE_LENGTH &&
		(options.titleFromFirstLine === 'always' || (moreLines.length === 0 && !/[.,;:!?]["”’']?$/.test(firstLine)));
	// A text of one line is all article: it is the title of a .txt file, but not a headline block above nothing.
	if (isHeadline && rest.length === 0 && moreLines.length === 0) {
		const title = options.titleFromFirstLine === 'always' ? firstLine : '';
		return { title, publisher: '', published: null, url: null, blocks: toBlocks([{ text: firstLine }]), notices: [] };
	}
	const raw: RawBlock[] = isHeadline
		? [{ text: firstLine, reason: 'Headline', keep: true }, ...(moreLines.length ? [{ text: moreLines.join('\n') }] : [])]
		: first
			? [{ text: first }]
			: [];
	raw.push(...rest.map((paragraph) => ({ text: paragraph })));
	return { title: isHeadline ? firstLine : '', publisher: '', published: null, url: null, blocks: toBlocks(raw), notices: [] };
}
