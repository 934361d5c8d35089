/**
 * Sentence and clause splitting with offsets. Rules, not a model: a full stop ends a
 * sentence unless it closes an abbreviation (U.S., E.O., Mr.) or an initial; a line
 * break always does. Clauses split at semicolons, colons before a capital, and at
 * “, and”/“but”/“while” when both sides carry a verb of their own.
 */
import type { Clause, Sentence, Span } from './types';

const ABBREVIATIONS = new Set(
	'mr mrs ms dr st no nos jr sr gen lt col maj capt sgt inc ltd co corp vs etc jan feb mar apr jun jul aug sep sept oct nov dec alt approx dept govt est fig op e.o eo u.s u.k u.n a.k.a aka p.o'.split(' ')
);

function isAbbreviation(text: string, dotAt: number): boolean {
	let start = dotAt;
	while (start > 0 && /[\p{L}.]/u.test(text[start - 1]!)) start--;
	const word = text.slice(start, dotAt).toLowerCase();
	if (word.length === 1 && /\p{Lu}/u.test(text[start]!)) return true; // an initial: "Andrea M. Gacki"
	if (/^(\p{L}\.)+\p{L}$/u.test(word)) return true; // U.S, E.O
	return ABBREVIATIONS.has(word.replace(/\.$/, ''));
}

const WORD = /[\p{L}\p{N}]/u;

function trimSpan(text: string, start: number, end: number): Span | null {
	while (start < end && /\s/.test(text[start]!)) start++;
	while (end > start && /\s/.test(text[end - 1]!)) end--;
	return end > start && WORD.test(text.slice(start, end)) ? { start, end } : null;
}

/** Splits the article into sentences, each with its clauses. */
export function splitSentences(text: string): Sentence[] {
	const sentences: Sentence[] = [];
	let paragraph = 0;
	const lineBreaks = /\n/g;
	let lineStart = 0;
	const lines: { start: number; end: number; paragraph: number }[] = [];
	for (let match = lineBreaks.exec(text); ; match = lineBreaks.exec(text)) {
		const end = match ? match.index : text.length;
		if (text.slice(lineStart, end).trim() === '') paragraph++;
		else lines.push({ start: lineStart, end, paragraph });
		if (!match) break;
		lineStart = end + 1;
	}
	for (const line of lines) {
		let start = line.start;
		// "Treasury Department Sanctions … Facilitator WASHINGTON– Continuing …": a headline run into the paragraph is a sentence of its own.
		const dateline = /^(.{10,400}?)\b[A-Z]{3,}(?:\s[A-Z]{3,})?\s*[-–—]\s*/su.exec(text.slice(line.start, line.end));
		if (dateline && capitalShare(dateline[1]!) >= 0.7) {
			const span = trimSpan(text, line.start, line.start + dateline[0].length);
			if (span) sentences.push({ ...makeSentence(text, span, line.paragraph, sentences.length), titleCase: true });
			start = line.start + dateline[0].length;
		}
		for (let at = start; at < line.end; at++) {
			const char = text[at]!;
			if (char !== '.' && char !== '!' && char !== '?') continue;
			if (char === '.' && isAbbreviation(text, at)) {
				// An abbreviation still ends the sentence when a capitalised sentence clearly follows ("... the U.S. The ...").
				const after = text.slice(at + 1, at + 6);
				if (!/^\s+(The|In|As|He|She|It|They|This|On|At)\s/.test(after + ' ')) continue;
			}
			let end = at + 1;
			while (end < line.end && /["”’')\]*]/.test(text[end]!)) end++;
			if (end < line.end && !/\s/.test(text[end]!)) continue; // 2.6 or a.m. or "U.S.-based"
			let next = end;
			while (next < line.end && /\s/.test(text[next]!)) next++;
			if (next < line.end && /[\p{Ll}]/u.test(text[next]!)) continue; // "approx. five"
			const span = trimSpan(text, start, end);
			if (span) sentences.push(makeSentence(text, span, line.paragraph, sentences.length));
			start = end;
		}
		const span = trimSpan(text, start, line.end);
		if (span) sentences.push(makeSentence(text, span, line.paragraph, sentences.length));
	}
	return sentences;
}

function capitalShare(words: string): number {
	const all = words.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
	const major = all.filter((word) => !MINOR_WORDS.has(word.toLowerCase()));
	return major.length === 0 ? 0 : major.filter((word) => /^\p{Lu}/u.test(word)).length / major.length;
}

const MINOR_WORDS = new Set('a an and as at by for from in into of on or the to with'.split(' '));

function makeSentence(text: string, span: Span, paragraph: number, index: number): Sentence {
	const body = text.slice(span.start, span.end);
	const words = body.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
	const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
	const major = words.filter((word) => !MINOR_WORDS.has(word.toLowerCase())).length;
	const heading = words.length <= 10 && !/[.!?:;"”]$/.test(body);
	const titleCase = words.length >= 4 && !/[.!?]$/.test(body) && capitalised >= Math.max(3, major * 0.8);
	return { ...span, paragraph, heading, titleCase, clauses: splitClauses(text, span, index) };
}

/** Words that show a clause has a verb of its own (auxiliaries and common past-tense endings). */
const FINITE_VERB =
	/\b(is|are|was|were|has|have|had|will|would|can|could|may|might|must|shall|should|did|does|do|[a-z]{3,}ed|says|said|told|gave|sent|led|held|paid|took|made|met|sought|brought|became|began|ran|kept|won|built|spent|fought)\b/;

/** Splits one sentence into clauses at the points where a new statement starts. */
export function splitClauses(text: string, sentence: Span, sentenceIndex: number): Clause[] {
	const body = text.slice(sentence.start, sentence.end);
	const cuts: number[] = [];
	const hard = /;\s|:\s+(?=[\p{Lu}“"])/gu;
	for (let match = hard.exec(body); match; match = hard.exec(body)) cuts.push(match.index + 1);
	const soft = /,?\s+(and|but|while|whereas|although|though)\s+(?!(?:or|and)\b)/g;
	for (let match = soft.exec(body); match; match = soft.exec(body)) {
		const left = body.slice(lastCut(cuts, match.index), match.index);
		const rightEnd = nextBoundary(body, match.index + match[0].length);
		const right = body.slice(match.index + match[0].length, rightEnd);
		if (FINITE_VERB.test(left) && FINITE_VERB.test(right) && startsStatement(right)) cuts.push(match.index);
	}
	const relative = /,\s+(?:who|which)\s|\s(?:on|in|by|under) which\s|\s[–—-]\s(?=the date|when)/g;
	for (let match = relative.exec(body); match; match = relative.exec(body)) cuts.push(match.index);
	cuts.sort((a, b) => a - b);
	const clauses: Clause[] = [];
	let start = 0;
	for (const cut of [...cuts, body.length]) {
		const span = trimSpan(text, sentence.start + start, sentence.start + cut);
		if (span) clauses.push({ ...span, sentence: sentenceIndex });
		start = cut;
	}
	return clauses.length > 0 ? clauses : [{ ...sentence, sentence: sentenceIndex }];
}

function lastCut(cuts: number[], before: number): number {
	let last = 0;
	for (const cut of cuts) if (cut < before && cut > last) last = cut;
	return last;
}

function nextBoundary(body: string, from: number): number {
	const match = /[;.]|\s(and|but|while)\s/.exec(body.slice(from));
	return match ? from + match.index : body.length;
}

/** A new statement starts with a subject, not with an object list ("guidance, and financial support"). */
function startsStatement(right: string): boolean {
	const stripped = right.replace(/^(in|as of|since|during|by|on)\s+[^,]{1,40},\s*/i, '');
	return /^(\p{Lu}|he\b|she\b|they\b|it\b|his\b|her\b|their\b|the\b|a\b|an\b|in\b|as\b|on\b|since\b|that\b|during\b)/u.test(stripped);
}
