/**
 * Mentions: the spans that name an actor or a place. Capitalised word runs (with
 * name particles: al-, bin, of the) are cut at possessives, titles and hyphenated
 * modifiers, checked against what is never a name, and given a kind from their
 * head words and the words around them. Acronyms in brackets, AKA lists and short
 * forms in brackets become aliases on the spot.
 */
import type { EntityKind, PlaceKind } from '../dataset/schema';
import {
	DEMONYMS,
	GROUP_NOUNS,
	ID_LABEL,
	MEMBER_NOUNS,
	NEVER_ACTORS,
	NOT_NAMES,
	ORG_WORDS,
	PERSON_TITLES,
	PLACE_SUFFIXES,
	TITLES
} from './lexicon';
import type { Mention, Sentence, Span } from './types';

export interface PlaceHit {
	kind: PlaceKind;
	/** The gazetteer's own name (“United States of America” for “United States”). */
	name?: string;
}
/** The gazetteer as the mention stage sees it: is this name a known place? */
export type PlaceLookup = (name: string, kindHint?: PlaceKind) => PlaceHit | null;

export interface PlaceMention extends Span {
	text: string;
	kindHint?: PlaceKind;
	/** A country the text gives right after the name (“Kandahar, Afghanistan”). */
	countryHint?: string;
	cue: string;
}

export interface MentionResult {
	mentions: Mention[];
	places: PlaceMention[];
}

interface Token extends Span {
	text: string;
	/** Starts with a capital (also “al-Qa’ida”, “'Abd”). */
	capital: boolean;
}

const TOKEN = /'?[\p{L}\p{N}$](?:[\p{L}\p{N}'’.\-&]*[\p{L}\p{N}])?\.?/gu;
const PARTICLES = new Set(['of', 'of the', 'bin', 'ibn', 'bint', 'al', 'el', 'ul', 'ud', 'e', 'i', 'de', 'da', 'du', 'van', 'von', 'abu', 'abd', '&']);

export function tokenize(text: string, span: Span): Token[] {
	const tokens: Token[] = [];
	const body = text.slice(span.start, span.end);
	TOKEN.lastIndex = 0;
	for (let match = TOKEN.exec(body); match; match = TOKEN.exec(body)) {
		let word = match[0];
		// Keep the dot only on abbreviations and initials (U.S., M.); a sentence's last dot is punctuation.
		if (word.endsWith('.') && !/^(\p{L}\.)+$|^\p{Lu}\.$|^(\p{L}\.)+\p{L}\.$/u.test(word)) word = word.slice(0, -1);
		const start = span.start + match.index;
		tokens.push({ start, end: start + word.length, text: word, capital: isCapitalised(word) });
	}
	return tokens;
}

function isCapitalised(word: string): boolean {
	return /^'?\p{Lu}/u.test(word) || /^(al|el|ul|ad|ar|as|at|az|an)-\p{Lu}/u.test(word);
}

function between(text: string, a: Token, b: Token): string {
	return text.slice(a.end, b.start);
}

/** Strips “’s” and fold apostrophes so “Taliban’s” is Taliban. */
function stripPossessive(word: string): { word: string; possessive: boolean } {
	const match = /^(.*?)(['’]s|s['’])$/u.exec(word);
	if (!match) return { word, possessive: false };
	return { word: match[2]!.startsWith('s') ? match[1]! + 's' : match[1]!, possessive: true };
}

export function kindOfName(name: string): { kind: EntityKind; confidence: number } | null {
	const words = name.split(/\s+/);
	for (let at = words.length - 1; at >= 0; at--) {
		for (const [pattern, kind] of ORG_WORDS) if (pattern.test(words[at]!)) {
			// A commission or council of an armed group is part of it.
			if (kind === 'government body' || kind === 'international organisation') {
				const armed = words.some((word) => ORG_WORDS[0]![0].test(word));
				if (armed) return { kind: 'armed group', confidence: 0.7 };
				if (/^(united nations|interpol|nato)$/i.test(name)) return { kind: 'international organisation', confidence: 0.8 };
			}
			return { kind, confidence: at === words.length - 1 ? 0.8 : 0.6 };
		}
	}
	return null;
}

/** Every capitalised run of the sentence, cut at punctuation, possessives and hyphenated modifiers. */
function capitalisedRuns(text: string, tokens: Token[]): { tokens: Token[]; possessive: boolean }[] {
	const runs: { tokens: Token[]; possessive: boolean }[] = [];
	let current: Token[] = [];
	const close = (possessive = false) => {
		while (current.length > 0 && PARTICLES.has(current.at(-1)!.text.toLowerCase())) current.pop();
		if (current.length > 0) runs.push({ tokens: current, possessive });
		current = [];
	};
	for (let at = 0; at < tokens.length; at++) {
		let token = tokens[at]!;
		const gap = current.length > 0 ? between(text, current.at(-1)!, token) : ' ';
		if (current.length > 0 && !/^ +$/.test(gap)) close();
		// A hyphenated modifier: "Taliban-affiliated" gives the name "Taliban".
		const hyphenated = /^(.+?)-(\p{Ll}[\p{L}-]*)$/u.exec(token.text);
		if (token.capital && hyphenated && !/^(e|i|ul|ud|al|el|ur)$/.test(hyphenated[2]!)) {
			token = { ...token, text: hyphenated[1]!, end: token.start + hyphenated[1]!.length };
			current.push(token);
			close();
			continue;
		}
		const lower = token.text.toLowerCase();
		if (token.capital) {
			const { word, possessive } = stripPossessive(token.text);
			if (possessive) {
				current.push({ ...token, text: word, end: token.start + word.length });
				close(true);
				continue;
			}
			current.push(token);
		} else if (PARTICLES.has(lower) && tokens[at + 1]?.capital && (current.length > 0 || /^(al|el|bin|ibn|abu)$/.test(lower)) && /^ +$/.test(between(text, token, tokens[at + 1]!))) {
			current.push(token);
		} else if (current.length > 0 && lower === 'of' && tokens[at + 1]?.text === 'the' && tokens[at + 2]?.capital) {
			current.push(token, tokens[at + 1]!);
			at++;
		} else close();
	}
	close();
	return runs;
}

interface NameContext {
	text: string;
	sentence: Sentence;
	/** Words lower-cased somewhere in the article: a capital at a sentence start is then no name. */
	lowercaseWords: Set<string>;
	lookupPlace: PlaceLookup;
}

const wordsOf = (tokens: Token[]) => tokens.map((token) => token.text).join(' ');

/**
 * Cuts a capitalised run into the names it holds: titles out, an organisation before
 * a title kept apart from the person after it (“Saudi Finance Minister Ibrahim …”).
 */
function namesInRun(run: Token[], context: NameContext): { tokens: Token[]; titled: boolean; personAfterTitle: boolean }[] {
	// "the Finance Commission of the Taliban Peshawar Shura": a body of a body is two names.
	const ofAt = run.findIndex((token, index) => index >= 2 && token.text === 'of' && /^(commission|council|shura|committee|wing|branch|unit|cell|network|commissions|councils)$/i.test(run[index - 1]!.text));
	if (ofAt > 0) {
		const rest = run.slice(run[ofAt + 1]?.text === 'the' ? ofAt + 2 : ofAt + 1);
		if (rest.length > 0 && !context.lookupPlace(wordsOf(rest))) return [...namesInRun(run.slice(0, ofAt), context), ...namesInRun(rest, context)];
	}
	// "Bakht Gul Bakht Gul has been …": a heading run into its paragraph repeats the name.
	for (let half = 1; half * 2 <= run.length; half++) {
		const same = run.slice(0, half).every((token, index) => token.text === run[half + index]!.text);
		if (same) return [...namesInRun(run.slice(0, half), context), ...namesInRun(run.slice(half), context)];
	}
	let tokens = [...run];
	// Drop capitalised function words at the front ("The", "In", "As of").
	while (tokens.length > 0) {
		const lower = tokens[0]!.text.toLowerCase();
		const atSentenceStart = tokens[0]!.start === context.sentence.start || /["“(]\s*$/.test(context.text.slice(context.sentence.start, tokens[0]!.start));
		if (NOT_NAMES.has(lower) || PARTICLES.has(lower) || (atSentenceStart && context.lowercaseWords.has(lower) && !TITLES.has(lower))) tokens.shift();
		else break;
	}
	while (tokens.length > 1 && NEVER_ACTORS.test(tokens[0]!.text)) tokens.shift(); // "SDGT Nasiruddin Haqqani"
	// "Helmand Province", "Qandahar City": a place named with its kind.
	if (tokens.length > 1 && PLACE_SUFFIXES.has(tokens.at(-1)!.text.toLowerCase())) return [{ tokens, titled: false, personAfterTitle: false }];
	if (tokens.length === 0) return [];
	const out: { tokens: Token[]; titled: boolean; personAfterTitle: boolean }[] = [];
	// Find the last title word: what is after it is a person's name, what is before it an organisation.
	let lastTitle = -1;
	for (let at = 0; at < tokens.length; at++) {
		const lower = tokens[at]!.text.toLowerCase().replace(/\.$/, '');
		if (!TITLES.has(lower) || (at > 0 && tokens[at - 1]!.text.toLowerCase() === 'of')) continue;
		// A title only splits a run when what follows it is a person's name, not more of an organisation's.
		const rest = tokens.slice(at + 1).map((token) => token.text);
		if (rest.length > 0 && rest[0]!.toLowerCase() !== 'of' && (kindOfName(rest.join(' ')) || rest.some((word) => TITLES.has(word.toLowerCase())))) continue;
		lastTitle = at;
	}
	if (lastTitle === -1) return [{ tokens, titled: false, personAfterTitle: false }];
	const before = tokens.slice(0, lastTitle);
	const after = tokens.slice(lastTitle + 1);
	// "Under Secretary of the Treasury": a title of an organisation, no person.
	if (after[0] && /^of$/i.test(after[0].text)) {
		const org = after.filter((token, index) => index > 0 && !/^(of|the)$/i.test(token.text) || index > 1);
		const orgTokens = after.slice(after[1]?.text === 'the' ? 2 : 1);
		if (orgTokens.length > 0 && org.length > 0) out.push({ tokens: orgTokens, titled: false, personAfterTitle: false });
		return out;
	}
	// Drop a run of titles before the last one ("Under Secretary", "Finance Minister").
	let orgEnd = before.length;
	while (orgEnd > 0 && TITLES.has(before[orgEnd - 1]!.text.toLowerCase())) orgEnd--;
	const org = before.slice(0, orgEnd);
	if (org.length > 0 && !(org.length === 1 && DEMONYMS[org[0]!.text.toLowerCase()])) out.push({ tokens: org, titled: false, personAfterTitle: false });
	const titleWord = tokens[lastTitle]!.text.toLowerCase();
	if (after.length > 0) out.push({ tokens: after, titled: true, personAfterTitle: PERSON_TITLES.has(titleWord) || TITLES.has(titleWord) });
	return out;
}

/** All mentions of actors and places in the article. */
export function findMentions(text: string, sentences: Sentence[], lookupPlace: PlaceLookup): MentionResult {
	const lowercaseWords = new Set((text.match(/(?<![.!?]\s)\b\p{Ll}[\p{L}'’-]*/gu) ?? []).filter((word) => !/\p{Lu}/u.test(word)).map((word) => word.toLowerCase()));
	const mentions: Mention[] = [];
	const places: PlaceMention[] = [];
	const idBlocks = identifyingBlocks(text, sentences);

	for (const sentence of sentences) {
		const context: NameContext = { text, sentence, lowercaseWords, lookupPlace };
		const tokens = tokenize(text, sentence);
		const inIdBlock = idBlocks.some((block) => block.start <= sentence.start && sentence.end <= block.end);
		if (!inIdBlock) mentions.push(...phraseMentions(text, sentence));
		// A headline's capitals say nothing; its names are found later by the actor stage's alias scan.
		if (inIdBlock || (sentence.titleCase && !isNameHeading(text, sentence))) continue;
		// "Treasury Department Sanctions Prominent Taliban Financiers … WASHINGTON –": a headline run into the first paragraph.
		const dateline = /^(.{10,400}?)\b[A-Z]{3,}(?:\s[A-Z]{3,})?\s*[-–—]/su.exec(text.slice(sentence.start, sentence.end).replace(/\*/g, ' '));
		const headlineEnd = dateline && capitalShare(dateline[1]!) >= 0.7 ? sentence.start + dateline[0].length : sentence.start;
		for (const run of capitalisedRuns(text, tokens.filter((token) => token.start >= headlineEnd))) {
			for (const name of namesInRun(run.tokens, context)) {
				const mention = classify(name.tokens, name.titled && name.personAfterTitle, context, tokens);
				if (mention === 'place') {
					const span = { start: name.tokens[0]!.start, end: name.tokens.at(-1)!.end };
					places.push({ ...span, ...placeHints(text, span), text: text.slice(span.start, span.end), cue: 'name in the gazetteer' });
				} else if (mention) mentions.push(mention);
			}
		}
		mentions.push(...groupMentions(text, tokens));
	}
	for (const block of idBlocks) {
		const parsed = parseIdentifyingBlock(text, block);
		mentions.push(...parsed.mentions);
		places.push(...parsed.places);
	}
	applyAcronymsAndShortForms(text, mentions);
	// A one-word "place" that is part of a person's name here is that person ("Bari" of "Abdul Baqi Bari").
	const nameWords = new Set(
		mentions.filter((mention) => mention.kind === 'person' && mention.text.includes(' ')).flatMap((mention) => mention.text.split(/\s+/).map((word) => word.toLowerCase()))
	);
	for (let at = places.length - 1; at >= 0; at--) {
		const place = places[at]!;
		if (/\s/.test(place.text) || !nameWords.has(place.text.toLowerCase()) || /identifying/.test(place.cue)) continue;
		places.splice(at, 1);
		mentions.push({ start: place.start, end: place.end, text: place.text, kind: 'person', kindConfidence: 0.4, cue: 'part of a person’s name', reference: 'surname' });
	}
	mentions.sort((a, b) => a.start - b.start || b.end - a.end);
	return { mentions: dropNested(mentions), places: places.sort((a, b) => a.start - b.start) };
}

function capitalShare(words: string): number {
	const all = words.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
	const major = all.filter((word) => !/^(a|an|and|as|at|by|for|from|in|of|on|or|the|to|with)$/.test(word));
	return major.length === 0 ? 0 : major.filter((word) => /^\p{Lu}/u.test(word)).length / major.length;
}

/** A section heading that is just a name (“Abdul Samad Sani”), as designation releases have. */
function isNameHeading(text: string, sentence: Sentence): boolean {
	const words = text.slice(sentence.start, sentence.end).split(/\s+/);
	return sentence.heading && words.length <= 6 && words.every((word) => /^\p{Lu}|^(al|bin|ibn|ul|ud|e)\b/u.test(word));
}

function placeHints(text: string, span: Span): { kindHint?: PlaceKind; countryHint?: string } {
	const after = text.slice(span.end, span.end + 40);
	const suffix = /^\s+(Province|Provinces|District|Districts|Village|City|Agency)\b/.exec(after);
	const kindHint: PlaceKind | undefined = suffix
		? /^Province/.test(suffix[1]!) ? 'province' : /^District|^Agency/.test(suffix[1]!) ? 'district' : 'city'
		: undefined;
	const country = /^(?:\s+(?:Province|District|City|Village))?,\s+(\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)?)/u.exec(after);
	return { ...(kindHint ? { kindHint } : {}), ...(country ? { countryHint: country[1]! } : {}) };
}

function classify(tokens: Token[], afterTitle: boolean, context: NameContext, sentenceTokens: Token[]): Mention | 'place' | null {
	const { text } = context;
	if (tokens.length === 0) return null;
	const start = tokens[0]!.start;
	const end = tokens.at(-1)!.end;
	const name = wordsOf(tokens);
	if (NEVER_ACTORS.test(name) || NEVER_ACTORS.test(name.replace(/\.$/, ''))) return null;
	if (/^\d/.test(name) || /^[\p{Lu}\p{N}]$/u.test(name)) return null;
	if (tokens.every((token) => NOT_NAMES.has(token.text.toLowerCase()))) return null;
	const before = text.slice(Math.max(0, start - 40), start);
	const after = text.slice(end, end + 40);
	// A dateline: capitals at the start of a paragraph, followed by a dash.
	if (/^[\p{Lu}\s.,]+$/u.test(name) && name.length > 3 && /^\s*[-–—]/.test(after.replace(/^\*+/, '')) && /(^|\n)[\s*]*$/.test(before)) {
		return context.lookupPlace(name) ? 'place' : null;
	}
	if (/\b(?:Secretary|Minister|Commissioner|Director|Assistant|Office|Ministry|Department)\s+(?:of\s+(?:the\s+)?[\p{Lu}][\p{L}]+\s+)?for\s+(?:[\p{Lu}][\p{L}]+\s+(?:and\s+)?)*$/u.test(text.slice(Math.max(0, start - 80), start))) {
		// "… for Terrorism and Financial Intelligence Brian Nelson": the office's name, then the holder's.
		const tail = tokens.slice(-2);
		if (tokens.length >= 3 && tail.every((token) => /^\p{Lu}\p{Ll}/u.test(token.text) && !kindOfName(token.text) && !TITLES.has(token.text.toLowerCase()) && !/^(Intelligence|Affairs|Security|Terrorism|Finance|Crimes|Policy|Development|Relations)$/.test(token.text)))
			return { start: tail[0]!.start, end: tail[1]!.end, text: wordsOf(tail), kind: 'person', kindConfidence: 0.7, cue: 'name after an office title' };
		return null;
	}
	const nextWord = /^\s+([\p{L}-]+)/u.exec(after)?.[1]?.toLowerCase() ?? '';
	const nextTwo = /^\s+([\p{L}-]+\s+[\p{L}-]+)/u.exec(after)?.[1]?.toLowerCase() ?? '';
	// "Saudi Arabian authorities": a nationality in two words, then a group noun.
	const lastWord = tokens.at(-1)!.text.toLowerCase();
	if (tokens.length <= 3 && (DEMONYMS[lastWord] || /(?:ian|ese)$/.test(lastWord)) && !kindOfName(name)) {
		const group = GROUP_NOUNS.find(([pattern]) => pattern.test(nextTwo) || pattern.test(nextWord));
		if (group) {
			const noun = group[0].test(nextTwo) ? nextTwo : nextWord;
			const nounEnd = text.indexOf(noun.split(' ').at(-1)!, end) + noun.split(' ').at(-1)!.length;
			return { start, end: nounEnd, text: text.slice(start, nounEnd), kind: group[1] === 'country' ? 'government body' : group[1], kindConfidence: 0.6, cue: 'nationality and group noun' };
		}
		if (tokens.length > 1 && /(?:ian|ese)$/.test(lastWord)) return null;
	}
	const demonym = DEMONYMS[name.toLowerCase()];
	if (demonym && tokens.length === 1) {
		// "the US had signed": the country as a noun. "U.S. persons", "Afghan people": adjectives.
		if ((/\bthe\s+$/i.test(before) && /^(\s*[,.;)]|\s+(and|or|had|has|have|is|was|were|will|would|said|says|in|on|government\b(?!\s+\p{Ll})))/u.test(after) || /\bby\s+the\s+$/i.test(before)) && context.lookupPlace(demonym))
			return { start, end, text: name, kind: 'country', kindConfidence: 0.7, cue: 'country abbreviation used as a noun', country: true, aliases: [demonym] };
		return null;
	}
	if (!afterTitle) {
		if (PLACE_SUFFIXES.has(tokens.at(-1)!.text.toLowerCase()) && tokens.length > 1 && (!kindOfName(name) || context.lookupPlace(wordsOf(tokens.slice(0, -1))))) return 'place';
		if (PLACE_SUFFIXES.has(nextWord) && !kindOfName(name)) return 'place';
		const place = context.lookupPlace(name);
		if (place) {
			if (place.kind === 'country') {
				return { start, end, text: name, kind: 'country', kindConfidence: 0.9, cue: 'country name', country: true, ...(place.name && place.name !== name ? { aliases: [place.name] } : {}) };
			}
			if (!kindOfName(name)) return 'place';
		}
	}
	const single = tokens.length === 1;
	const titleBefore = /\b(Mr|Mrs|Ms|Dr|Mullah|Maulawi|Maulvi|Mawlawi|Haji|Hajji|Sheikh|Shaykh|Secretary|Minister|Director|President|Governor|Commander|Ambassador|Senator)\.?\s+$/.test(before);
	const byKind = kindOfName(name);
	let kind: EntityKind;
	let confidence: number;
	let cue: string;
	if (afterTitle || titleBefore) {
		[kind, confidence, cue] = ['person', 0.85, 'name after a title'];
	} else if (byKind) {
		[kind, confidence, cue] = [byKind.kind, byKind.confidence, 'organisation word in the name'];
	} else if (/\b(newspaper|news service|daily|magazine|broadcaster|outlet|channel|news agency)\s+\*?$/i.test(before) || /^\*?\s*news (service|agency)/i.test(after)) {
		[kind, confidence, cue] = ['media outlet', 0.8, 'named as a newspaper'];
	} else if (/^[\p{Lu}]{2,6}s?$/u.test(name)) {
		[kind, confidence, cue] = ['government body', 0.1, 'acronym'];
	} else if (MEMBER_NOUNS.has(nextWord) || MEMBER_NOUNS.has(nextTwo.split(' ')[1] ?? '') && /^(senior|finance|military|political|media)\b/.test(nextTwo)) {
		[kind, confidence, cue] = ['armed group', 0.5, `group word after the name (“${nextWord}”)`];
	} else if (single && /\bthe\s+$/i.test(before)) {
		[kind, confidence, cue] = ['armed group', 0.4, 'a single name after “the”'];
	} else if (single) {
		[kind, confidence, cue] = ['person', 0.15, 'a single capitalised name'];
		return { start, end, text: name, kind, kindConfidence: confidence, cue, reference: 'surname' };
	} else if (tokens.length <= 5) {
		[kind, confidence, cue] = ['person', 0.6, 'a capitalised name'];
	} else return null;
	void sentenceTokens;
	return { start, end, text: name, kind, kindConfidence: confidence, cue };
}

/**
 * Actors named by a phrase, not a proper name: a document (“a US Treasury Department
 * document”, “the document”), an unnamed source (“a Taliban source”), an office held
 * by someone unnamed (“the Pentagon’s lead inspector general”), an administration.
 */
function phraseMentions(text: string, sentence: Span): Mention[] {
	const body = text.slice(sentence.start, sentence.end);
	const found: Mention[] = [];
	const add = (index: number, length: number, kind: EntityKind, cue: string, reference?: Mention['reference']) => {
		const start = sentence.start + index;
		const value = text.slice(start, start + length);
		found.push({ start, end: start + length, text: value, kind, kindConfidence: 0.7, cue, ...(reference ? { reference } : {}) });
	};
	if (/document|report|memo|dossier|cable|letter/i.test(body)) for (const match of body.matchAll(/\b(?:a|an|the|this|that)\s+((?:(?:\p{Lu}[\p{L}.’']*)\s+){0,5}(?:government\s+)?(?:document|report|memo|memorandum|dossier|cable|letter))\b/giu)) {
		const inner = match[1]!;
		if (/^(?:the|a|an)\s/i.test(inner)) continue;
		add(match.index + match[0].length - inner.length, inner.length, 'document', 'a document the text cites');
	}
	if (/source|official|spokes|commander|insider|militant|fighter|leader/.test(body)) for (const match of body.matchAll(/(?<!\p{Lu}[\p{L}.]*,\s{0,2}|\b(?:is|was|are|were|been|be|as|became|remains)\s+)\b(?:a|an)\s+(?:senior\s+|former\s+|top\s+)?((?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:source|official|spokesman|spokesperson|commander|insider|militant|fighter|leader))\b(?!\s+\p{Lu})(?=,?\s+(?:has|have|had|is|was|were|told|said|says|claimed|denied|stated|confirmed|reported|\p{Ll}+ed)\b)/gu)) {
		const inner = match[1]!;
		add(match.index + match[0].length - inner.length, inner.length, 'person', 'an unnamed person of a group');
	}
	if (/[’']s\s/.test(body)) for (const match of body.matchAll(/\b((?:\p{Lu}[\p{L}]+\s)*\p{Lu}[\p{L}]+[’']s\s+(?:\p{Ll}+\s+){0,2}(?:inspector general|spokesman|spokesperson|chief|head|director|envoy|ambassador|commander|prosecutor))\b/gu)) {
		add(match.index, match[1]!.length, 'government body', 'an office named with its institution');
	}
	if (/ of /.test(body)) for (const match of body.matchAll(/\bthe (people|population|civilians) of (\p{Lu}[\p{L}]+)/gu)) {
		const start = sentence.start + match.index + 4;
		const demonym = Object.entries(DEMONYMS).find(([, country]) => country === match[2])?.[0];
		const text_ = text.slice(start, sentence.start + match.index + match[0].length);
		found.push({ start, end: start + text_.length, text: text_, kind: 'community', kindConfidence: 0.7, cue: 'the people of a country', ...(demonym ? { aliases: [`${demonym[0]!.toUpperCase()}${demonym.slice(1)} ${match[1]}`] } : {}) });
	}
	// Titles of a person in a headline ("Statement of Secretary Lew at …"), which the body may never repeat.
	if (/^[^a-z]*\p{Lu}/u.test(body) && body.split(/\s+/).filter((word) => /^\p{Lu}/u.test(word)).length >= body.split(/\s+/).length * 0.6)
		for (const match of body.matchAll(/\b(?:Secretary|Minister|President|Ambassador|Governor|Director|Chairman|General)\s+((?:\p{Lu}[\p{L}'’-]+)(?:\s\p{Lu}[\p{L}'’-]+){0,3})/gu)) {
			const name = match[1]!.replace(/[’']s$/, '').split(/\s+/);
			while (name.length > 1 && /^(at|with|on|of|and|for|in)$/i.test(name.at(-1)!)) name.pop();
			const value = name.join(' ');
			if (kindOfName(value) || NEVER_ACTORS.test(value)) continue;
			const start = sentence.start + match.index + match[0].length - match[1]!.length;
			found.push({ start, end: start + value.length, text: value, kind: 'person', kindConfidence: 0.8, cue: 'name after a title in a headline' });
		}
	if (/administration|government|regime|cabinet|campaign/.test(body)) for (const match of body.matchAll(/\b((?:\p{Lu}\p{Ll}+\s){1,2}\p{Lu}\p{Ll}+\s(?:administration|government|regime|cabinet|campaign))\b/gu)) {
		if (/^(?:The|A|An|This|That)\s/.test(match[1]!) || kindOfName(match[1]!.split(/\s/).slice(0, -1).join(' '))) continue;
		add(match.index, match[1]!.length, 'government body', 'a leader’s administration');
	}
	return found;
}

/** “Pakistani authorities”, “Afghan security forces”, “Afghan people”: a nationality and a group noun. */
function groupMentions(text: string, tokens: Token[]): Mention[] {
	const mentions: Mention[] = [];
	for (let at = 0; at < tokens.length; at++) {
		const country = DEMONYMS[tokens[at]!.text.toLowerCase()];
		if (!country || !tokens[at]!.capital) continue;
		for (const width of [3, 2, 1]) {
			const words = tokens.slice(at + 1, at + 1 + width);
			if (words.length < width || words.some((word) => word.capital)) continue;
			if (words.length > 0 && !/^ +$/.test(between(text, tokens[at]!, words[0]!))) continue;
			const phrase = wordsOf(words).toLowerCase();
			const group = GROUP_NOUNS.find(([pattern]) => pattern.test(phrase));
			if (!group) continue;
			const start = tokens[at]!.start;
			const end = words.at(-1)!.end;
			const hasArticle = /\bthe\s+$/i.test(text.slice(Math.max(0, start - 5), start));
			if (group[1] === 'country')
				mentions.push({ start, end, text: text.slice(start, end), kind: 'country', kindConfidence: 0.6, cue: 'nationality and “interests”', country: true, aliases: [country] });
			else
				mentions.push({ start, end, text: text.slice(start, end), kind: group[1], kindConfidence: 0.7, cue: `nationality and group noun (“${phrase}”)`, ...(hasArticle ? {} : {}) });
			break;
		}
	}
	return mentions;
}

/** The “Identifying Information” blocks of designation releases: Name/AKA/DOB/POB lists. */
export function identifyingBlocks(text: string, sentences: Sentence[]): Span[] {
	const blocks: Span[] = [];
	for (const sentence of sentences) {
		const body = text.slice(sentence.start, sentence.end);
		const labels = body.match(ID_LABEL) ?? [];
		const opensWithLabel = /^(Name|Individual|Entity|AKA|DOB|POB)\s*:/.test(body);
		if ((labels.length >= 2 && labels.some((label) => /^(Name|Individual|AKA|DOB|POB)/.test(label))) || opensWithLabel) {
			const last = blocks.at(-1);
			if (last && text.slice(last.end, sentence.start).trim() === '') last.end = sentence.end;
			else blocks.push({ start: sentence.start, end: sentence.end });
		}
	}
	return blocks;
}

/** "NOORZAI, Hajji Faizullah Khan" as sanctions lists write it: "Faizullah Khan Noorzai", titles out. */
export function listedName(value: string): string {
	const listed = /^([\p{Lu}'’-]{2,}(?:\s[\p{Lu}'’-]{2,})*),\s+(.+)$/u.exec(value.trim());
	const name = listed ? `${listed[2]} ${listed[1]!.toLowerCase().replace(/(^|[\s'’-])\p{Ll}/gu, (letter) => letter.toUpperCase())}` : value.trim();
	const words = name.split(/\s+/);
	while (words.length > 1 && PERSON_TITLES.has(words[0]!.toLowerCase().replace(/\.$/, ''))) words.shift();
	return words.join(' ');
}

function parseIdentifyingBlock(text: string, block: Span): MentionResult {
	const body = text.slice(block.start, block.end);
	const mentions: Mention[] = [];
	const places: PlaceMention[] = [];
	const labels = [...body.matchAll(ID_LABEL)];
	let current: Mention | null = null;
	labels.forEach((label, index) => {
		const valueStart = label.index + label[0].length;
		const valueEnd = labels[index + 1]?.index ?? body.length;
		const raw = body.slice(valueStart, valueEnd);
		const lead = raw.length - raw.trimStart().length;
		const value = raw.trim().replace(/\s*\(.*\)$/, '').replace(/[;,.]$/, '');
		if (!value) return;
		const start = block.start + valueStart + lead;
		const kind = label[1]!.replace(/\s+/g, ' ');
		if (kind === 'Name' || kind === 'Individual' || kind === 'Entity') {
			const name = listedName(value);
			current = { start, end: start + value.length, text: name, kind: kind === 'Entity' ? 'company' : 'person', kindConfidence: 0.9, cue: `${kind}: in identifying information`, aliases: name !== value ? [] : [] };
			mentions.push(current);
		} else if (/^(AKA|a\.k\.a\.|f\.k\.a\.)$/.test(kind) && current) {
			const alias = listedName(value.replace(/^["“]|["”]$/g, ''));
			(current as Mention).aliases!.push(alias);
		} else if (/POB|Residence|Address/.test(kind)) {
			let offset = 0;
			for (const part of value.split(',')) {
				const partStart = start + offset + (part.length - part.trimStart().length);
				const partText = part.trim();
				offset += part.length + 1;
				const bare = partText.replace(/\s+(Village|District|Province|Agency|City)$/, '');
				if (bare.length < 3) continue;
				const suffix = /\s(Village|District|Province|Agency|City)$/.exec(partText)?.[1];
				const kindHint: PlaceKind | undefined = suffix === 'Province' ? 'province' : suffix === 'District' || suffix === 'Agency' ? 'district' : suffix ? 'city' : undefined;
				places.push({ start: partStart, end: partStart + bare.length, text: bare, ...(kindHint ? { kindHint } : {}), cue: `${kind}: in identifying information` });
			}
		}
	});
	return { mentions, places };
}

/**
 * “Office of Foreign Assets Control (OFAC)”, “Abdul Samad Sani (Sani)”: the bracketed
 * form becomes an alias of the name before it. An acronym whose letters span more
 * words than the run before it (“Islamic State of Iraq and the Levant (ISIL)”)
 * widens that name; one that matches only the run's tail splits it.
 */
function applyAcronymsAndShortForms(text: string, mentions: Mention[]): void {
	const notActors = new Set<string>();
	const bracket = /\(\s*([^()]{1,60}?)\s*\)/g;
	for (let match = bracket.exec(text); match; match = bracket.exec(text)) {
		const inner = match[1]!.replace(/^(?:a\.?k\.?a\.?|also known as)\s+/i, '');
		const before = mentions.filter((mention) => mention.end <= match!.index && text.slice(mention.end, match!.index).trim() === '');
		const acronym = /^[\p{Lu}][\p{Lu}\p{N}&.-]{1,7}s?$/u.test(inner);
		const target = before.at(-1);
		if (acronym) {
			const letters = inner.replace(/[.&-]/g, '').replace(/s$/, '');
			const expanded = expandToAcronym(text, match.index, letters);
			// "improvised explosive devices (IEDs)": spelled out in common words, the acronym names no actor.
			if (expanded?.lowercase && !/(organi[sz]ations?|groups?|forces|agencies|authorities|institutions|police|council|commission)$/i.test(expanded.text)) {
				notActors.add(inner);
				continue;
			}
			if (!expanded) {
				if (target && initialsOf(target.text) === letters) (target.aliases ??= []).push(inner);
				continue;
			}
			if (NEVER_ACTORS.test(expanded.text) || NEVER_ACTORS.test(inner)) {
				// a legal instrument or list: drop the mentions it covers
				for (let i = mentions.length - 1; i >= 0; i--) if (mentions[i]!.start >= expanded.start && mentions[i]!.end <= expanded.end) mentions.splice(i, 1);
				continue;
			}
			for (let i = mentions.length - 1; i >= 0; i--) {
				const mention = mentions[i]!;
				if (mention.start >= expanded.start && mention.end <= expanded.end) mentions.splice(i, 1);
				else if (mention.start < expanded.start && mention.end > expanded.start && mention.end <= expanded.end) {
					// The run's head is another name: "Federal Investigation Agency Special Investigation Group (SIG)".
					const headText = text.slice(mention.start, expanded.start).trim();
					mentions[i] = { ...mention, end: mention.start + headText.length, text: headText };
				}
			}
			const kind = kindOfName(expanded.text);
			mentions.push({
				...expanded,
				kind: kind?.kind ?? 'government body',
				kindConfidence: kind?.confidence ?? 0.4,
				cue: 'name with its acronym in brackets',
				aliases: [inner]
			});
		} else if (target && target.kind === 'person' && inner.split(/\s+/).length <= 2 && target.text.split(/\s+/).includes(inner.split(/\s+/).at(-1)!)) {
			(target.aliases ??= []).push(inner);
		}
	}
	for (let at = mentions.length - 1; at >= 0; at--) if (notActors.has(mentions[at]!.text)) mentions.splice(at, 1);
}

function initialsOf(name: string): string {
	return name
		.split(/[\s-]+/)
		.filter((word) => /^\p{Lu}/u.test(word))
		.map((word) => word[0])
		.join('');
}

/**
 * Walks back from a bracket over the words before it until their initials spell the acronym:
 * hyphenated words count by part (“Harakat ul-Jihad Islami (HUJI)”), little words may count or
 * not (“Jaish-e Mohammed (JEM)”, “Office of Foreign Assets Control (OFAC)”).
 */
function expandToAcronym(text: string, bracketAt: number, letters: string): (Span & { text: string; lowercase: boolean }) | null {
	const headStart = Math.max(0, bracketAt - 160);
	const head = text.slice(headStart, bracketAt);
	const words = [...head.matchAll(/[\p{L}'’.]+/gu)].map((match) => ({ word: match[0].replace(/['’]s$/, ''), index: match.index! }));
	const small = /^(of|the|and|for|on|in|de|al|el|e|ul|ud|i|da)$/i;
	// Search from the last word back: match(w, l) — can words[..w] end the acronym letters[..l]?
	const match = (w: number, l: number): number | null => {
		if (l < 0) {
			const first = words[w + 1]!;
			const joined = text[headStart + first.index + first.word.length] === '-'; // "al-Akhtar"
			return small.test(first.word) && /^\p{Ll}/u.test(first.word) && !joined ? null : w + 1;
		}
		if (w < 0) return null;
		const { word } = words[w]!;
		if (/[,;:()]/.test(text.slice(headStart + words[w]!.index + word.length, w + 1 < words.length ? headStart + words[w + 1]!.index : bracketAt))) return null;
		// A little word is skipped first, counted only when the letters need it.
		if (small.test(word)) {
			const skipped = match(w - 1, l);
			if (skipped !== null) return skipped;
		}
		if (word[0]!.toUpperCase() === letters[l]) return match(w - 1, l - 1);
		return null;
	};
	const first = match(words.length - 1, letters.length - 1);
	if (first === null || first >= words.length) return null;
	const start = headStart + words[first]!.index;
	const end = bracketAt - (head.length - head.trimEnd().length);
	const span = text.slice(start, end).trim();
	const lowercase = /^\p{Ll}/u.test(span) && !/^(al|el)-/.test(span);
	return { start, end: start + span.length, text: span, lowercase };
}

/** A name inside a longer one at the same place is the same mention: keep the longer (a document keeps its issuer apart). */
function dropNested(mentions: Mention[]): Mention[] {
	const kept: Mention[] = [];
	for (const mention of mentions) {
		const outer = kept.find((other) => other.start <= mention.start && mention.end <= other.end && other !== mention && !(other.kind === 'document' && !/nationality/.test(mention.cue)));
		if (outer) {
			if (mention.aliases) (outer.aliases ??= []).push(...mention.aliases);
			continue;
		}
		kept.push(mention);
	}
	return kept;
}
