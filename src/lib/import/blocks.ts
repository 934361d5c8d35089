/** From paragraphs to the blocks the user reviews, and from reviewed blocks to the article text. */
import { markFurniture } from './furniture';
import { normaliseArticleText } from './normalise';
import type { ImportBlock } from './types';

/** A paragraph as an extractor found it; `reason` set when the extractor itself knows it is furniture. */
export interface RawBlock {
	text: string;
	reason?: string;
	/** Kept even though it has a reason (the headline). */
	keep?: boolean;
}

/** Normalises each paragraph, drops the empty ones, and marks the furniture. */
export function toBlocks(raw: RawBlock[]): ImportBlock[] {
	const blocks: ImportBlock[] = [];
	for (const { text, reason, keep } of raw) {
		const normalised = normaliseArticleText(text);
		if (normalised === '') continue;
		blocks.push(reason === undefined ? { text: normalised, keep: true } : { text: normalised, keep: keep ?? false, reason });
	}
	return markFurniture(blocks);
}

/**
 * The headline as a kept block marked "Headline", so quotes can cite it: the block near the top
 * that already reads as the headline, or a new first block.
 */
export function withHeadline(title: string, blocks: ImportBlock[]): ImportBlock[] {
	const headline = normaliseArticleText(title);
	if (headline === '') return blocks;
	const marked: ImportBlock = { text: headline, keep: true, reason: 'Headline' };
	const at = blocks.slice(0, 5).findIndex((block) => block.text === headline);
	return at < 0 ? [marked, ...blocks] : blocks.map((block, index) => (index === at ? marked : block));
}

/** The article: the kept blocks, one blank line apart, normalised. This is the text quotes are anchored in. */
export function articleText(blocks: readonly ImportBlock[]): string {
	return normaliseArticleText(
		blocks
			.filter((block) => block.keep)
			.map((block) => block.text)
			.join('\n\n')
	);
}
