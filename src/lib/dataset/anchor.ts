/**
 * Anchors a quote in its article: finds the span for a verbatim string and
 * derives the W3C TextPositionSelector (start, end) and TextQuoteSelector
 * (prefix, suffix) around it. Used by dataset authors, never at run time.
 */
export const CONTEXT_LENGTH = 32;

export interface Anchor {
	start: number;
	end: number;
	prefix: string;
	suffix: string;
}

export function anchorAt(articleText: string, start: number, end: number): Anchor {
	return {
		start,
		end,
		prefix: articleText.slice(Math.max(0, start - CONTEXT_LENGTH), start),
		suffix: articleText.slice(end, end + CONTEXT_LENGTH)
	};
}

/**
 * The span of `exact` in the article. A string that occurs more than once needs
 * `near`, an offset close to the intended occurrence, so an author's choice is never guessed.
 */
export function anchorQuote(articleText: string, exact: string, near?: number): Anchor {
	const starts: number[] = [];
	for (let at = articleText.indexOf(exact); at >= 0; at = articleText.indexOf(exact, at + 1)) starts.push(at);
	if (starts.length === 0) throw new Error(`"${exact}" does not occur in the article`);
	if (starts.length > 1 && near === undefined)
		throw new Error(`"${exact}" occurs ${starts.length} times (at ${starts.join(', ')}); give the offset of the one you mean`);
	const start =
		near === undefined
			? starts[0]!
			: starts.reduce((best, at) => (Math.abs(at - near) < Math.abs(best - near) ? at : best));
	return anchorAt(articleText, start, start + exact.length);
}
