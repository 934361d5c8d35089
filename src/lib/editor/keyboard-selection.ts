/**
 * Selecting a span of the article without a mouse: a sentence at a time with the up and
 * down arrows, then word by word at either end. Pure: text and spans in, a span out.
 */
import type { Span } from './quotes';

/**
 * The article's sentences: a run ending at `.`, `!` or `?` (with any closing quote or
 * bracket) before white space, or at a paragraph's end. Headings without a full stop are
 * sentences of their own. Never empty, never with surrounding spaces.
 */
export function sentenceSpans(text: string): Span[] {
	const spans: Span[] = [];
	const boundary = /[.!?]+["'’”)\]]*(?=\s)|\n/g;
	let start = 0;
	const push = (end: number) => {
		let from = start;
		let to = end;
		while (from < to && /\s/.test(text[from]!)) from++;
		while (to > from && /\s/.test(text[to - 1]!)) to--;
		if (to > from) spans.push({ start: from, end: to });
	};
	for (const match of text.matchAll(boundary)) {
		const end = match.index + match[0].length;
		if (match[0] !== '\n' && isAbbreviation(text, end)) continue;
		push(end);
		start = end;
	}
	push(text.length);
	return spans;
}

const TITLES = /\b(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sgt|Capt|Maj|No|Jr|Sr|Inc|Ltd|Co|Corp|vs|etc)\.$/;

/** “U.S. officials”, “Mr. Haqqani”, “a.k.a. Khalil”: a full stop that does not end the sentence. */
function isAbbreviation(text: string, end: number): boolean {
	if (/^\s+[a-z0-9(]/.test(text.slice(end, end + 3))) return true;
	const before = text.slice(Math.max(0, end - 12), end);
	return /\b(?:[A-Za-z]\.){2,}$/.test(before) || TITLES.test(before);
}

/** Where the next word (or the end of this one) ends after `at`. */
function nextWordEnd(text: string, at: number): number {
	let position = at;
	while (position < text.length && /\s/.test(text[position]!)) position++;
	while (position < text.length && !/\s/.test(text[position]!)) position++;
	return position;
}

/** Where the word ending at or before `at` starts. */
function previousWordStart(text: string, at: number): number {
	let position = at;
	while (position > 0 && /\s/.test(text[position - 1]!)) position--;
	while (position > 0 && !/\s/.test(text[position - 1]!)) position--;
	return position;
}

/** The sentence holding `at`, or the first one after it. */
function sentenceIndexAt(sentences: readonly Span[], at: number): number {
	const found = sentences.findIndex((sentence) => sentence.end > at);
	return found < 0 ? sentences.length - 1 : found;
}

/**
 * The selection after a key: ↓ ↑ select the next or previous sentence; Shift+↓ adds the
 * next sentence and Shift+↑ takes the last one off; → ← move the end a word, Shift+→
 * Shift+← the start. Undefined for keys it does not handle.
 */
export function selectionAfterKey(text: string, sentences: readonly Span[], current: Span | null, key: string, shift: boolean): Span | undefined {
	if (sentences.length === 0) return undefined;
	if (current === null) {
		if (key === 'ArrowDown' || key === 'ArrowRight') return sentences[0]!;
		if (key === 'ArrowUp' || key === 'ArrowLeft') return sentences[sentences.length - 1]!;
		return undefined;
	}
	const first = sentenceIndexAt(sentences, current.start);
	const last = sentenceIndexAt(sentences, current.end - 1);
	switch (key) {
		case 'ArrowDown':
			if (!shift) return sentences[Math.min(last + 1, sentences.length - 1)]!;
			return { start: current.start, end: sentences[Math.min(last + 1, sentences.length - 1)]!.end };
		case 'ArrowUp':
			if (!shift) return sentences[Math.max(first - 1, 0)]!;
			return last > first && sentences[last - 1]!.end > current.start ? { start: current.start, end: sentences[last - 1]!.end } : current;
		case 'ArrowRight': {
			if (shift) {
				const start = nextWordEnd(text, current.start);
				const next = start < current.end ? skipSpace(text, start) : current.start;
				return next < current.end ? { start: next, end: current.end } : current;
			}
			return { start: current.start, end: nextWordEnd(text, current.end) };
		}
		case 'ArrowLeft': {
			if (shift) {
				const start = previousWordStart(text, current.start);
				return { start, end: current.end };
			}
			const end = trimEnd(text, previousWordStart(text, current.end));
			return end > current.start ? { start: current.start, end } : current;
		}
		default:
			return undefined;
	}
}

function skipSpace(text: string, at: number): number {
	let position = at;
	while (position < text.length && /\s/.test(text[position]!)) position++;
	return position;
}

function trimEnd(text: string, at: number): number {
	let position = at;
	while (position > 0 && /\s/.test(text[position - 1]!)) position--;
	return position;
}
