/**
 * Links: candidate relations per clause. Two sources: the noun phrase (“senior Haqqani
 * Network leader Badruddin Haqqani”, “Bakht Gul, a Haqqani Network communications
 * official”, “Treasury’s OFAC”) and the clause's trigger words with their direction
 * (subject before the trigger, object after it; passives and “by X” turn it round).
 * Each candidate gets a stance from the clause's hedges, an asserter from its
 * attribution and a date from its words.
 */
import type { RelationType, Stance } from '../dataset/schema';
import { LOCATIVE_BEFORE, ROLE_GAP, STANCE_CUES, TRIGGERS, type Trigger } from './cues';
import { DEMONYMS, MONEY_ROLES, ROLE_NOUNS } from './lexicon';
import { variantKey } from './names';
import { dateIn } from './dates';
import type { Clause, DraftActor, DraftLink, Mention, Sentence, Span } from './types';

interface Context {
	text: string;
	sentences: Sentence[];
	actors: Map<string, DraftActor>;
	/** Actor mentions in text order. */
	mentions: Mention[];
	published: string | null;
	/** The authority that designates when a passive “was designated” names none. */
	designator: string | null;
	/** Who a “he” or “the group” means: the subject of the section so far. */
	sectionPerson: string | null;
	sectionGroup: string | null;
	/** The document last cited: who “it says” means. */
	lastDocument: string | null;
}

interface Found {
	source: string;
	target: string;
	type: RelationType;
	directed: boolean;
	evidence: Span;
	confidence: number;
	cue: string;
	clause: Clause;
	/** Where the trigger ends: an attribution after it (“…, Dawn reported”) does not hedge it. */
	triggerEnd?: number;
	/** Stated by a noun phrase (“Taliban leader Mullah Omar”): the clause's hedges are not its own. */
	phrase?: boolean;
}

const inside = (span: Span, outer: Span) => outer.start <= span.start && span.end <= outer.end;

/** Mentions that only modify another name: “al-Qa'ida” in “al-Qa'ida senior leader Usama Bin Laden”. */
/** Names that only modify another; `appositive` holds those inside an apposition, which may still be objects. */
type Modifiers = Set<Mention> & { appositive?: Set<Mention> };

function modifierSet(ctx: Context, mentions: Mention[]): Modifiers {
	const modifiers: Modifiers = new Set<Mention>();
	const appositive = new Set<Mention>();
	modifiers.appositive = appositive;
	const { text } = ctx;
	for (let i = 0; i < mentions.length; i++) {
		const mention = mentions[i]!;
		const next = mentions[i + 1];
		const after = text.slice(mention.end, next?.start ?? mention.end + 60);
		if (next && (/^[’']s\s+$/.test(after) || ROLE_GAP.test(after) || /^\s+designated\s+$/.test(after) || /^-(?:affiliated|linked|backed|led|based|allied|aligned)\s+$/.test(after) || /^\s+$/.test(after))) {
			if (next.actor !== mention.actor) modifiers.add(mention);
		}
		// "the then-Supreme Leader of the Taliban, Mullah Akhtar Mohammad Mansur": the group names the office.
		if (next && /^,\s+$/.test(after) && ctx.actors.get(next.actor!)?.kind === 'person' && /\b(?:leader|head|chief|commander|founder|spokesman|member|deputy|emir|official|director)\s+of\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, mention.start - 30), mention.start)))
			modifiers.add(mention);
		// "Under Secretary of the Treasury for … Brian Nelson": the organisation names the office, the person acts.
		if (next && /^\s+(?:for\s+(?:\p{Lu}\p{L}+\s+(?:and\s+)?)+)?$/u.test(after) && /\b(?:Secretary|Minister|Director|Commissioner|Governor|Chairman|Head|Chief)\s+(?:of\s+)?(?:the\s+)?$/.test(text.slice(Math.max(0, mention.start - 30), mention.start)))
			modifiers.add(mention);
		// An appositive after a name: ", a Haqqani Network communications official," — its names modify.
		const apposition = /^,\s+(?:a|an|the|who is|also)\s[^,;:()]{0,120}?,/.exec(text.slice(mention.end, mention.end + 160));
		if (apposition && mention.kind === 'person') {
			const span = { start: mention.end, end: mention.end + apposition[0].length };
			for (const other of mentions) if (other !== mention && inside(other, span)) {
				modifiers.add(other);
				appositive.add(other);
			}
		}
	}
	return modifiers;
}

function isLocative(ctx: Context, mention: Mention): boolean {
	const actor = ctx.actors.get(mention.actor!);
	if (actor?.kind !== 'country') return false;
	const before = ctx.text.slice(Math.max(0, mention.start - 80), mention.start);
	// "in Afghanistan and Pakistan": the second of a pair of places is a place too.
	if (/(?:\s(?:and|or)|,)\s+$/.test(before)) {
		const previous = [...ctx.mentions].reverse().find((other) => other.end <= mention.start && mention.start - other.end <= 6);
		if (previous && previous !== mention && isLocative(ctx, previous)) return true;
	}
	// "in Helmand Province, Afghanistan"; "travel ... to Turkey".
	return LOCATIVE_BEFORE.test(before) || /\p{Lu}[\p{L}]+,\s+$/u.test(before) || (/\bto\s+$/.test(before) && /\b(?:travel\w*|mov\w*|smuggl\w*|sent|flew|fled|return\w*|deport\w*|journey\w*|transport\w*|ship\w*|deliver\w*)\b/i.test(before));
}

/** The speaker of an attribution ("said X", "X said") is no party to what is said. */
function isSpeaker(ctx: Context, mention: Mention): boolean {
	const before = ctx.text.slice(Math.max(0, mention.start - 24), mention.start);
	return /[,”"]\s*(?:said|says)\s+(?:the\s+)?$/i.test(before) || /\baccording to\s+(?:the\s+)?$/i.test(before) || /^,?\s+(?:said|says|told|reiterated|emphasi[sz]ed|stressed|stated|noted|added|explained|warned|announced)\b/.test(ctx.text.slice(mention.end, mention.end + 14));
}

function clauseEvidence(ctx: Context, clause: Clause, from: number, to: number): Span {
	let { start, end } = clause;
	if (end - start > 240) {
		start = Math.max(clause.start, Math.min(from, to) - 20);
		end = Math.min(clause.end, Math.max(from, to) + 40);
	}
	return trimEvidence(ctx.text, start, end);
}

/** Trims joining words and punctuation off a span's ends, and widens it to whole words. */
export function trimEvidence(text: string, start: number, end: number): Span {
	while (start > 0 && /[\p{L}\p{N}'’$]/u.test(text[start - 1]!) && /[\p{L}\p{N}'’$]/u.test(text[start]!)) start--;
	while (end < text.length && /[\p{L}\p{N}]/u.test(text[end]!) && /[\p{L}\p{N}]/u.test(text[end - 1]!)) end++;
	for (;;) {
		const head = /^(?:[\s,;:“”"]+|(?:and|but|while|or)\s+)/.exec(text.slice(start, end));
		if (!head || head[0].length === 0) break;
		start += head[0].length;
	}
	while (end > start && /[\s,;:“"]/.test(text[end - 1]!)) end--;
	return { start, end };
}

function ofMoney(words: string): boolean {
	return [...MONEY_ROLES].some((role) => words.toLowerCase().includes(role));
}

/** Relations a noun phrase states by itself. */
function phraseLinks(ctx: Context, clause: Clause, mentions: Mention[]): Found[] {
	const found: Found[] = [];
	const push = found.push.bind(found);
	(found as { push: (...items: Found[]) => number }).push = (...items: Found[]) => push(...items.map((item) => ({ ...item, phrase: true })));
	const { text } = ctx;
	const kindOf = (mention: Mention) => ctx.actors.get(mention.actor!)?.kind;
	const isOrg = (mention: Mention) => {
		const kind = kindOf(mention);
		return kind !== undefined && kind !== 'person' && kind !== 'country';
	};
	for (let i = 0; i < mentions.length; i++) {
		const mention = mentions[i]!;
		const next = mentions[i + 1];
		if (!next || next.actor === mention.actor) continue;
		const gap = text.slice(mention.end, next.start);
		const span = trimEvidence(text, mention.start, next.end);
		// ORG role PERSON
		if (ROLE_GAP.test(gap) && isOrg(mention) && kindOf(next) === 'person') {
			const type = ofMoney(gap) ? 'funding' : 'affiliation';
			found.push({ source: next.actor!, target: mention.actor!, type, directed: true, evidence: span, confidence: 0.8, cue: `“${gap.trim()}” between a group and a person`, clause });
		}
		// ORG’s SUB-ORG
		if (/^[’']s\s+$/.test(gap) && isOrg(mention) && isOrg(next)) {
			found.push({ source: next.actor!, target: mention.actor!, type: 'affiliation', directed: true, evidence: span, confidence: 0.7, cue: 'possessive between two organisations', clause });
		}
		// X-affiliated Y
		const compound = /^-(affiliated|linked|allied|aligned|backed)\s+$/.exec(gap);
		if (compound) {
			const type: RelationType = compound[1] === 'backed' ? 'backing' : 'affiliation';
			const [source, target] = type === 'backing' ? [mention, next] : [next, mention];
			found.push({ source: source.actor!, target: target.actor!, type, directed: true, evidence: span, confidence: 0.8, cue: `“-${compound[1]}”`, clause });
		}
	}
	// "Under Secretary of the Treasury for … Brian Nelson", "Saudi Finance Minister Ibrahim …": an office and its holder.
	for (const person of mentions) {
		if (kindOf(person) !== 'person') continue;
		const lead = text.slice(Math.max(clause.start, person.start - 120), person.start);
		const office = /\b(?:Secretary|Minister|Director|Commissioner|Governor|Chairman|Head|Chief|Ambassador|President)\s+(?:of\s+)?(?:the\s+)?$/.exec(lead.replace(/\s+for\s+(?:\p{Lu}\p{L}+\s+(?:and\s+)?)+$/u, ' '));
		const org = [...mentions].reverse().find((other) => other.end <= person.start && person.start - other.end < 90 && other !== person && (isOrg(other) || kindOf(other) === 'country'));
		if (org && /^\s+(?:for\s+(?:\p{Lu}\p{L}+\s+(?:and\s+)?)+)?$/u.test(text.slice(org.end, person.start)) && /\b(?:Secretary|Minister|Director|Commissioner|Governor|Chairman|Head|Chief|Ambassador|President)\s+(?:of\s+(?:the\s+)?)?$/.test(text.slice(Math.max(0, org.start - 30), org.start))) {
			found.push({ source: person.actor!, target: org.actor!, type: 'affiliation', directed: true, evidence: trimEvidence(text, Math.max(clause.start, org.start - 30), person.end), confidence: 0.75, cue: 'an office of an organisation, then its holder', clause });
			continue;
		}
		void office;
		// "Saudi Finance Minister Ibrahim Abdulaziz Al Assaf": a nationality and a title before the name.
		const national = /\b(\p{Lu}\p{L}+)\s+(?:\p{Lu}\p{L}+\s+)?(?:Minister|Secretary|Ambassador|President|Governor|Director)\s+$/u.exec(text.slice(Math.max(0, person.start - 40), person.start));
		const countryName = national ? DEMONYMS[national[1]!.toLowerCase()] : undefined;
		if (countryName) {
			const country = [...ctx.actors.values()].find((actor) => actor.kind === 'country' && [actor.name, ...actor.aliases].some((name) => variantKey(name) === variantKey(countryName)));
			if (country) found.push({ source: person.actor!, target: country.id, type: 'affiliation', directed: true, evidence: trimEvidence(text, person.start - national![0].length, person.end), confidence: 0.6, cue: 'a nationality and a title before a name', clause });
		}
	}
	// "a US Treasury Department document": the organisation issued it.
	for (const cited of mentions) {
		if (kindOf(cited) !== 'document') continue;
		const issuer = mentions.find((other) => other !== cited && other.start >= cited.start && other.end < cited.end && isOrg(other));
		if (issuer) found.push({ source: issuer.actor!, target: cited.actor!, type: 'authorship', directed: true, evidence: clauseEvidence(ctx, clause, cited.start, cited.end + 20), confidence: 0.7, cue: 'an organisation’s document', clause });
	}
	// "under the Taliban’s protection": the possessor gives it to the clause's subject.
	for (const mention of mentions) {
		const noun = /^[’']s\s+(protection|support|backing|funding|financing|sponsorship|guidance|patronage|shelter)\b/.exec(text.slice(mention.end, mention.end + 30));
		if (!noun) continue;
		const said = lastMatch(/\b(?:that|says|said|claims|claimed|reported|revealed)\s/gi, text.slice(clause.start, mention.start));
		const from = clause.start + (said ? said.index + said[0].length : 0);
		const subject = mentions.find((other) => other.start >= from && other.end <= mention.start && other.actor !== mention.actor && kindOf(other) !== 'country');
		if (!subject) continue;
		const type: RelationType = /protection|shelter/.test(noun[1]!) ? 'protection' : /funding|financing/.test(noun[1]!) ? 'funding' : /guidance/.test(noun[1]!) ? 'advice and guidance' : 'backing';
		const evidence = clauseEvidence(ctx, clause, subject.start, mention.end + noun[0].length);
		found.push({ source: mention.actor!, target: subject.actor!, type, directed: true, evidence, confidence: 0.6, cue: `“’s ${noun[1]}”`, clause });
	}
	// PERSON, a(n) ... ORG role,  /  PERSON is/has been a ... ORG role
	for (const person of mentions) {
		if (kindOf(person) !== 'person') continue;
		const rest = text.slice(person.end, clause.end);
		const apposition = /^(,\s+(?:as\s+)?(?:a|an|the)\s|\s+(?:is|was|has been|had been|have been|served as|serves as|has served as|became|remains|as)\s+(?:a|an|the)\s)/.exec(rest);
		if (!apposition) continue;
		const phraseEnd = person.end + (/^[^,;:()]*/.exec(rest.slice(apposition[0].length))?.[0].length ?? 0) + apposition[0].length;
		for (const org of mentions) {
			if (org.start < person.end + apposition[0].length - 2 || org.end > phraseEnd || !isOrg(org)) continue;
			const roleWords = text.slice(org.end, Math.min(phraseEnd, org.end + 60));
			const role = /^\s+(?:[\p{Ll}-]+\s+){0,3}?(commander|leader|official|member|financier|fundraiser|facilitator|money launderer|financial manager|representative|head|chief|spokesman|operative|emir|governor|deputy|treasurer|advis[eo]r|officer|manager|figure)s?\b/iu.exec(roleWords);
			if (!role) continue;
			const type: RelationType = ofMoney(role[0]) ? 'funding' : /advis/.test(role[1]!) ? 'advice and guidance' : 'affiliation';
			const evidence = trimEvidence(text, person.start, org.end + role[0].length);
			found.push({ source: person.actor!, target: org.actor!, type, directed: true, evidence, confidence: 0.8, cue: `“${role[0].trim()}” describing a person`, clause });
		}
	}
	return found;
}

/** The subject a clause's trigger is about: its first name before the trigger that only names, else who “he”/“it” is. */
function subjectsBefore(ctx: Context, clause: Clause, at: number, candidates: Mention[]): { mentions: Mention[]; actor: string | null; cue: string } {
	// A speaker is no subject, except of the title that follows the name ("said Adam Szubin, Director of …").
	let before = candidates.filter((mention) => mention.end <= at && !isLocative(ctx, mention) && (!isSpeaker(ctx, mention) || /^,\s+$/.test(ctx.text.slice(mention.end, at))));
	// "Founded by X, the Y …", "Prior to his arrest by X, Y …": names in a fronted phrase are not the subject.
	const participle = /^(?:\p{Lu}\p{Ll}+(?:ed|ing)|Based|Born|Led|Prior to|After|Before|Following|Despite|Since|Until|Upon|Under|Through|In addition to|Unlike|Like|Along with|Together with|With)\b[^,]{0,100},\s*/u.exec(ctx.text.slice(clause.start, at));
	if (participle) before = before.filter((mention) => mention.start >= clause.start + participle[0].length);
	// "As of 2009, he served as …": a pronoun before any name is the subject.
	const firstName = before[0]?.start ?? at;
	if (ctx.sectionPerson && /^(?:[^,]{0,40},\s*)?(?:and\s+)?(?:he|she)\b/i.test(ctx.text.slice(clause.start, firstName)))
		return { mentions: [], actor: ctx.sectionPerson, cue: '“he” read as the section’s subject' };
	// "Dawn reported that Bari was wanted": the subject of the reported verb comes after "that".
	const complement = lastMatch(/\b(?:that|whom|says|said|claims|claimed|reported|revealed|believes|stated|emphasi[sz]ed|reiterated|stressed|noted|announced)\s/gi, ctx.text.slice(clause.start, at));
	if (complement) {
		const cut = clause.start + complement.index + complement[0].length;
		const after = before.filter((mention) => mention.start >= cut);
		if (after.length > 0) before = after;
	}
	// "Taliban members who later attacked": the name a relative clause hangs on.
	const relativeHead = [...before].reverse().find((mention) => /^\s+(?:[\p{Ll}-]+\s+)?(?:who|which|that)\s+(?:[\p{Ll}-]+\s+){0,3}$/u.test(ctx.text.slice(mention.end, at)));
	// "Badruddin Haqqani is a Haqqani Network commander who was designated": the commander is Badruddin.
	const roleWord = relativeHead ? /^\s+([\p{Ll}-]+)\s+(?:who|which|that)\b/u.exec(ctx.text.slice(relativeHead.end, at))?.[1] : undefined;
	const bearer = roleWord && ROLE_NOUNS.has(roleWord) ? before.find((mention) => ctx.actors.get(mention.actor!)?.kind === 'person' && mention.start < relativeHead!.start) : undefined;
	if (bearer) return { mentions: [bearer], actor: bearer.actor!, cue: 'the person a role describes' };
	if (relativeHead) return { mentions: [relativeHead], actor: relativeHead.actor!, cue: 'the name a relative clause follows' };
	// "Mullah Omar directed Bari in 2001 to allocate money": the one directed does the allocating.
	const controlled = before.find(
		(mention, index) =>
			index > 0 &&
			/\b(?:directed|ordered|instructed|asked|told|appointed|hired|paid|used|sent|convince[ds]?)\s+$/i.test(ctx.text.slice(Math.max(0, mention.start - 14), mention.start)) &&
			/^\s+(?:in\s+\S+\s+|and an? \w+\s+)?to\s+(?:\w+\s+)?$/i.test(ctx.text.slice(mention.end, at))
	);
	if (controlled) return { mentions: [controlled], actor: controlled.actor!, cue: 'the one told to act' };
	if (before.length > 0) {
		const first = before[0]!;
		const joined = [first];
		for (const other of before.slice(1)) {
			const gap = ctx.text.slice(joined.at(-1)!.end, other.start);
			if (/^\s*(?:,\s*)?(?:and|or|as well as|,)\s+(?:the\s+)?$/.test(gap)) joined.push(other);
			else if (/^,\s+(?:a|an|the)\s[^,]*,\s*(?:and|or)?\s*$/.test(gap)) continue;
			else break;
		}
		return { mentions: joined, actor: first.actor!, cue: 'the clause’s subject' };
	}
	const head = ctx.text.slice(clause.start, at);
	if (/^(?:[^,]*,\s*)?(?:and\s+)?(?:he|she|his|him)\b/i.test(head) || /\b(?:he|she)\b/i.test(head)) return { mentions: [], actor: ctx.sectionPerson, cue: '“he” read as the section’s subject' };
	if (/\b(?:the group|the network|the organi[sz]ation|it|they)\b/i.test(head)) return { mentions: [], actor: ctx.sectionGroup, cue: '“the group” read as the section’s subject' };
	if (/^,?\s*(?:who|which|that)\b/i.test(head) || /^,?\s*(?:and|but)\b/i.test(head)) {
		// A relative clause or a second verb: the subject of the sentence's first clause.
		const sentence = ctx.sentences[clause.sentence]!;
		const first = ctx.mentions.find((mention) => mention.start >= sentence.start && mention.end <= clause.start && !isLocative(ctx, mention));
		if (/^,?\s*(?:who|which)\b/i.test(head)) {
			const last = [...ctx.mentions].reverse().find((mention) => mention.end <= clause.start && mention.start >= sentence.start);
			if (last) return { mentions: [last], actor: last.actor!, cue: 'the name a “who” clause follows' };
		}
		if (first) return { mentions: [first], actor: first.actor!, cue: 'the sentence’s subject' };
	}
	return { mentions: [], actor: null, cue: '' };
}

function objectsAfter(ctx: Context, at: number, candidates: Mention[], type: RelationType, reach = 90): Mention[] {
	const after = candidates.filter((mention) => mention.start >= at && !isSpeaker(ctx, mention) && (!isLocative(ctx, mention) || type === 'sanction'));
	if (after.length === 0 || after[0]!.start - at > reach) return [];
	const objects = [after[0]!];
	for (const other of after.slice(1)) {
		const gap = ctx.text.slice(objects.at(-1)!.end, other.start);
		if (/^\s*(?:,\s*)?(?:and|or|as well as|and\/or)\s+(?:the\s+)?$|^,\s+(?:the\s+)?$/.test(gap)) objects.push(other);
		else break;
	}
	return objects;
}

const AUTHORITIES = new Set(['government body', 'country', 'international organisation', 'security force']);

/** Types that only some kinds of actor can hold: a newspaper designates no one, a country has no brother. */
export function fitsKinds(type: RelationType, source: string, target: string): boolean {
	switch (type) {
		case 'sanction':
			return AUTHORITIES.has(source);
		case 'arrest':
			return AUTHORITIES.has(source) && target !== 'country';
		case 'family tie':
			return source === 'person' && target === 'person';
		case 'founding':
			return target !== 'person' && target !== 'country';
		case 'authorship':
			return target === 'document';
		case 'affiliation':
			return target !== 'country' || source === 'person' || source === 'government body' || source === 'security force';
		default:
			return true;
	}
}

/** Relations from the clause's trigger words. */
function triggerLinks(ctx: Context, clause: Clause, mentions: Mention[], modifiers: Modifiers): Found[] {
	const found: Found[] = [];
	const { text } = ctx;
	const body = text.slice(clause.start, clause.end);
	const heads = mentions.filter((mention) => !modifiers.has(mention));
	// Objects may sit in an appositive ("Baseer, a member of the Taliban Finance Commission, …").
	const possessor = (mention: Mention) => /^[’']s\s/.test(text.slice(mention.end, mention.end + 3)) && mentions.some((other) => other.start > mention.end && other.start - mention.end <= 4);
	const objectHeads = mentions.filter((mention) => (!modifiers.has(mention) || modifiers.appositive?.has(mention)) && !possessor(mention));
	const seenTypes = new Set<string>();
	for (const trigger of TRIGGERS) {
		trigger.pattern.lastIndex = 0;
		for (let match = trigger.pattern.exec(body); match; match = trigger.pattern.exec(body)) {
			const at = clause.start + match.index;
			const end = at + match[0].length;
			// "would not be frozen", "did not provide": a negated verb states no link (a denial has its own cues).
			if (/\b(?:not|never|no|n[’']t)\s+(?:\w+\s+){0,2}$/i.test(text.slice(Math.max(clause.start, at - 30), at))) continue;
			// "Taliban suicide bombing operations": a noun of attack is the group's own, unless "on"/"against" names a target.
			const attackNoun = trigger.type === 'attack' && /^(?:attacks?|bombings?|responsibility for)$/i.test(match[0]);
			const objectsOk = (mention: Mention) => !attackNoun || /^\s+(?:\S+\s+){0,3}?(?:on|against|targeting)\s+(?:the\s+|an?\s+)?(?:\S+\s+){0,2}?$/i.test(text.slice(end, mention.start));
			// "instructed an al-Qa'ida associate": an unnamed member is no party to the order.
			const memberObject = (mention: Mention) => trigger.direction === 'in' && trigger.type === 'affiliation' && /^\s+(?:associate|member|official|commander|fighter|militant|courier|facilitator)s?\b/.test(text.slice(mention.end, mention.end + 14));
			const pairs = pairsFor(ctx, clause, trigger, at, end, heads, mentions, objectHeads.filter((mention) => mention.start < end || (objectsOk(mention) && !memberObject(mention))));
			for (const pair of pairs) {
				const key = `${pair.source}|${pair.target}|${trigger.type}`;
				if (pair.source === pair.target || seenTypes.has(key)) continue;
				if (!fitsKinds(trigger.type, ctx.actors.get(pair.source)!.kind, ctx.actors.get(pair.target)!.kind)) continue;
				seenTypes.add(key);
				found.push({ ...pair, type: trigger.type, directed: trigger.direction !== 'mutual', clause, cue: `${pair.cue}; “${match[0]}”`, triggerEnd: end });
			}
		}
	}
	return found;
}

function pairsFor(ctx: Context, clause: Clause, trigger: Trigger, at: number, end: number, heads: Mention[], all: Mention[], objectHeads: Mention[] = heads): Omit<Found, 'type' | 'directed' | 'clause'>[] {
	const out: Omit<Found, 'type' | 'directed' | 'clause'>[] = [];
	const passive = trigger.passive === true;
	const hasBy = /\bby$/i.test(ctx.text.slice(at, end)) || /^\s+by\s/i.test(ctx.text.slice(end, end + 5));
	// A participle in front: "Founded by X, the Y ..." — the source is X, the target the subject after the comma.
	const fronted = passive && ctx.text.slice(clause.start, at).trim() === '';
	const subject = subjectsBefore(ctx, clause, at, heads);
	let objects = objectsAfter(ctx, end, objectHeads, trigger.type, trigger.reach);
	// "led the Finance Commission of the Taliban Peshawar Shura": a part of a body ties one to both.
	if (trigger.type === 'affiliation' && objects.length > 0) {
		const last = objects.at(-1)!;
		const owner = all.find((mention) => mention.start > last.end && /^\s+of\s+(?:the\s+)?$/.test(ctx.text.slice(last.end, mention.start)));
		if (owner) objects = [...objects, owner];
	}
	// "close contacts with the Taliban, providing advice … and financial support": the one provided for came first.
	if (objects.length === 0 && /\b(?:providing|giving|offering|extending)\b/i.test(ctx.text.slice(clause.start, at))) {
		const subjectActors = new Set(subject.mentions.map((mention) => mention.actor));
		const earlier = heads.filter((mention) => mention.end <= at && !subjectActors.has(mention.actor) && mention.actor !== subject.actor && !isLocative(ctx, mention));
		objects = earlier.slice(-1);
	}
	const push = (source: string | null, target: string | null, confidence: number, cue: string, anchor: Span | null) => {
		if (!source || !target || source === target) return;
		const from = anchor ? Math.min(anchor.start, at) : at;
		const to = anchor ? Math.max(anchor.end, end) : end;
		out.push({ source, target, confidence, cue, evidence: clauseEvidence(ctx, clause, from, to) });
	};
	if (fronted) {
		const [agent] = objects;
		const rest = heads.filter((mention) => agent && mention.start > agent.end);
		const target = rest[0];
		if (agent && target) push(agent.actor!, target.actor!, trigger.confidence, 'a participle before the subject', { start: at, end: target.end });
		return out;
	}
	if (passive) {
		const targetActors = subject.mentions.length > 0 ? subject.mentions.map((mention) => mention.actor!) : [subject.actor];
		const agent = hasBy || /\bby\b/.test(ctx.text.slice(at, end)) ? objects[0] : undefined;
		const source = agent?.actor ?? (trigger.passiveDefault === 'designator' ? ctx.designator : null);
		const sourceCue = agent ? 'passive with “by”' : 'passive: the article’s designating authority';
		if (!agent && trigger.passiveDefault !== 'designator' && trigger.type !== 'funding') return out;
		if (!agent && trigger.type === 'funding') {
			// "money from X" with the receiver as subject
			for (const object of objects) for (const target of targetActors) push(object.actor!, target, trigger.confidence - 0.1, 'money “from” a source', object);
			return out;
		}
		for (const target of targetActors) push(source, target, trigger.confidence - (subject.mentions.length ? 0 : 0.2), `${sourceCue}, ${subject.cue}`, agent ?? subject.mentions[0] ?? null);
		return out;
	}
	const sources = subject.mentions.length > 0 ? subject.mentions.map((mention) => mention.actor!) : [subject.actor];
	const penalty = subject.mentions.length > 0 ? 0 : 0.2;
	// "Mullah Omar directed Bari": the object acts for the subject.
	const reversed = trigger.direction === 'in';
	for (const source of sources)
		for (const object of objects)
			if (reversed) push(object.actor!, source, trigger.confidence - penalty, subject.cue, object);
			else push(source, object.actor!, trigger.confidence - penalty, subject.cue, object);
	// "cooperation … between Taliban and al-Qaeda": both parties after the trigger.
	if (trigger.direction === 'mutual' && objects.length >= 2 && /\bbetween\s+(?:the\s+)?$/i.test(ctx.text.slice(Math.max(0, objects[0]!.start - 12), objects[0]!.start)) && !out.some((pair) => pair.target === objects[1]!.actor))
		push(objects[0]!.actor!, objects[1]!.actor!, trigger.confidence, 'two parties after “between”', objects[1]!);
	// "A and B met / signed": two subjects and no object.
	if (objects.length === 0 && trigger.direction === 'mutual' && subject.mentions.length >= 2) {
		const [a, b] = subject.mentions;
		push(a!.actor!, b!.actor!, trigger.confidence - 0.1, 'two subjects of one verb', b!);
	}
	// "a joint team of A and B": the parties follow the trigger.
	if (trigger.type === 'joint operation' && objects.length >= 2) push(objects[0]!.actor!, objects[1]!.actor!, trigger.confidence, 'the parties of a joint unit', objects[1]!);
	return out;
}

/**
 * The stance of a clause: its own hedges, and the sentence's attributions. “According to X”
 * holds for the whole sentence; “X reported that” only for what follows it.
 */
export function stanceOf(text: string, clause: Span, sentence: Span, evidenceEnd = clause.end): { stance: Stance; cue: string | null } {
	const clauseText = text.slice(clause.start, clause.end);
	const sentenceText = text.slice(sentence.start, sentence.end);
	for (const cue of STANCE_CUES) {
		if (!cue.sentenceWide) {
			const own = cue.pattern.exec(clauseText);
			if (own) return { stance: cue.stance, cue: own[0] };
			continue;
		}
		void clauseText;
		for (const match of sentenceText.matchAll(cue.global)) {
			const at = sentence.start + match.index;
			const closing = /^[\s\w.]{0,12}$/.test(text.slice(at + match[0].length, sentence.end)); // "…, Dawn reported."
			if (/^accord/i.test(match[0]) || cue.stance === 'denied' || at < evidenceEnd || closing) return { stance: cue.stance, cue: match[0] };
		}
	}
	return { stance: 'asserted', cue: null };
}

/** A noun phrase's stance: its own words, or an attribution that covers the whole sentence. */
function phraseStance(text: string, evidence: Span, sentence: Span): { stance: Stance; cue: string | null } {
	const own = stanceOf(text, evidence, evidence);
	if (own.stance !== 'asserted') return own;
	const wide = stanceOf(text, sentence, sentence, evidence.end);
	return wide.stance === 'denied' || /^accord/i.test(wide.cue ?? '') ? wide : own;
}

/** Who the sentence says is speaking: “according to X”, “X reported that”, “said X”. */
function asserterOf(ctx: Context, sentence: Sentence, paragraphQuoteSpeaker: Map<number, string>): string | null {
	const { text } = ctx;
	const inSentence = ctx.mentions.filter((mention) => inside(mention, sentence));
	const body = text.slice(sentence.start, sentence.end);
	const at = (re: RegExp, after: boolean) => {
		const match = re.exec(body);
		if (!match) return null;
		const pos = sentence.start + match.index + (after ? match[0].length : 0);
		const candidates = after
			? inSentence.filter((mention) => mention.start >= pos && mention.start - pos < 60)
			: inSentence.filter((mention) => mention.end <= pos && pos - mention.end < 40);
		return (after ? candidates[0] : candidates.at(-1))?.actor ?? null;
	};
	if (ctx.lastDocument && /\b(?:it|the document|the report)\s+(?:\w+\s+)?(?:says|said|claims|states|notes|adds|reveals)\b/i.test(body)) return ctx.lastDocument;
	return (
		at(/\baccording to (?:the )?(?:\w+ of )?/i, true) ??
		at(/\b(?:reported|said|says|claims|claimed|told|stated|alleged)\b/i, false) ??
		at(/\b(?:said|says|told)\s+/i, true) ??
		null
	);
}

/** The last match of a global pattern in the text, without a backtracking “.*”. */
function lastMatch(pattern: RegExp, text: string): RegExpExecArray | null {
	let last: RegExpExecArray | null = null;
	pattern.lastIndex = 0;
	for (let match = pattern.exec(text); match; match = pattern.exec(text)) last = match;
	return last;
}

/** Sentences that sit inside a quotation (“…”), found in one pass. */
function quotationDepths(text: string, sentences: Sentence[]): boolean[] {
	let depth = 0;
	let at = 0;
	return sentences.map((sentence) => {
		for (; at < sentence.start; at++) {
			if (text[at] === '“') depth++;
			else if (text[at] === '”' && depth > 0) depth--;
		}
		return depth > 0 || text.startsWith('“', sentence.start);
	});
}

/** The authority that designates in this article: the subject of its first active “designated”. */
export function findDesignator(text: string, sentences: Sentence[], mentions: Mention[], actors: Map<string, DraftActor>): string | null {
	for (const sentence of sentences) {
		if (sentence.titleCase) continue;
		const match = /\b(?:today\s+)?(?:designated|sanctioned|designates|sanctions|took action)\b/.exec(text.slice(sentence.start, sentence.end));
		if (!match) continue;
		const at = sentence.start + match.index;
		if (/\b(?:is|was|were|are|been|being|be)\s+(?:\w+\s+)?$/i.test(text.slice(sentence.start, at))) continue;
		const subject = mentions.filter((mention) => mention.start >= sentence.start && mention.end <= at && actors.get(mention.actor!)?.kind === 'government body').at(-1);
		if (subject) return subject.actor!;
	}
	const firstBody = mentions.find((mention) => actors.get(mention.actor!)?.kind === 'government body');
	return firstBody?.actor ?? null;
}

export function findLinks(
	text: string,
	sentences: Sentence[],
	actors: DraftActor[],
	published: string | null,
	placesAt: (span: Span) => string[] = () => []
): DraftLink[] {
	const byId = new Map(actors.map((actor) => [actor.id, actor]));
	const mentions = actors.flatMap((actor) => actor.mentions).sort((a, b) => a.start - b.start);
	const ctx: Context = { text, sentences, actors: byId, mentions, published, designator: findDesignator(text, sentences, mentions, byId), sectionPerson: null, sectionGroup: null, lastDocument: null };
	const quoteSpeaker = new Map<number, string>();
	const links = new Map<string, DraftLink>();

	const quoted_ = quotationDepths(text, sentences);
	sentences.forEach((sentence, sentenceIndex) => {
		if (sentence.titleCase && !sentence.heading) return;
		const inSentence = mentions.filter((mention) => inside(mention, sentence));
		const modifiers = modifierSet(ctx, inSentence);
		// A heading that is a name, or a sentence that opens with one, sets whom “he” and “the group” mean.
		const opener = inSentence.find((mention) => !modifiers.has(mention) && !isLocative(ctx, mention));
		if (opener && opener.start - sentence.start < 60) {
			const kind = byId.get(opener.actor!)?.kind;
			if (kind === 'person') ctx.sectionPerson = opener.actor!;
			else if (kind !== 'country') ctx.sectionGroup = opener.actor!;
		}
		const cited = inSentence.find((mention) => byId.get(mention.actor!)?.kind === 'document');
		if (cited) ctx.lastDocument = cited.actor!;
		const asserter = asserterOf(ctx, sentence, quoteSpeaker);
		const inQuotation = quoted_[sentenceIndex]!;
		if (inQuotation && asserter) quoteSpeaker.set(sentence.paragraph, asserter);
		const quoted = inQuotation ? quoteSpeaker.get(sentence.paragraph) ?? asserter : null;
		for (const clause of sentence.clauses) {
			const inClause = inSentence.filter((mention) => inside(mention, clause));
			const found = [...phraseLinks(ctx, clause, inClause), ...triggerLinks(ctx, clause, inClause, modifiers)];
			if (found.length === 0) continue;
			const date = dateIn(text, clause, sentence, published);
			for (const item of found) {
				let stance = item.phrase || item.type === 'reporting'
					? phraseStance(text, item.evidence, sentence)
					: stanceOf(text, clause, sentence, item.triggerEnd ?? item.evidence.end);
				// "arrested … for the attack": an arrest accuses; it does not establish the act.
				if (stance.stance === 'asserted' && item.type !== 'arrest' && /\b(?:arrested|detained|charged|convicted|wanted|held|indicted)\b[^.;]*\bfor\s+(?:the\s+|an?\s+)?\S*$/i.test(text.slice(clause.start, (item.triggerEnd ?? item.evidence.end) - 1)))
					stance = { stance: 'claimed', cue: 'an arrest for it' };
				const who = quoted ?? asserter;
				// The speaker of an attribution asserts the link, unless the link is the speaker's own act stated as fact.
				const assertedBy = who && !((who === item.source || who === item.target) && stance.stance === 'asserted') ? who : null;
				const link: DraftLink = {
					source: item.source,
					target: item.target,
					type: item.type,
					directed: item.directed,
					stance: stance.stance,
					assertedBy,
					date: date?.date ?? null,
					...(date?.note ? { dateNote: date.note } : {}),
					places: placesAt(clause),
					evidence: item.evidence,
					confidence: Math.round(Math.max(0.1, Math.min(1, item.confidence - (stance.stance !== 'asserted' ? 0.05 : 0))) * 100) / 100,
					cue: stance.cue ? `${item.cue}; stance from “${stance.cue}”` : item.cue
				};
				const pairKey = item.directed ? `${item.source}>${item.target}` : [item.source, item.target].sort().join('~');
				const key = `${pairKey}|${item.type}|${link.stance}`;
				const known = links.get(key);
				if (!known) links.set(key, Object.assign(link, { extra: [] as Span[] }));
				else {
					const extra = (known as DraftLink & { extra: Span[] }).extra;
					if (extra.length < 2 && !extra.some((span) => span.start === link.evidence.start) && known.evidence.start !== link.evidence.start) extra.push(link.evidence);
					known.confidence = Math.max(known.confidence, link.confidence);
				}
			}
		}
	});
	return [...links.values()];
}
