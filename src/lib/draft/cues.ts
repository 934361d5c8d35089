/**
 * Cue words for links: what a clause's trigger says about the relation type and its
 * direction, and what its hedges say about the stance. Generic English of news and
 * designation releases; the unit tests read these tables directly.
 */
import type { RelationType, Stance } from '../dataset/schema';

export type Direction =
	/** subject → object */
	| 'out'
	/** object → subject (“given to him by X”, “founded by X”) */
	| 'in'
	/** no direction (“met”, “a joint team of A and B”) */
	| 'mutual';

export interface Trigger {
	pattern: RegExp;
	type: RelationType;
	direction: Direction;
	/** A passive (“was designated”, “founded by X”): the subject is the target, the agent after “by” the source. */
	passive?: boolean;
	/** For passives with no “by” agent: the article's designating authority is the source. */
	passiveDefault?: 'designator';
	/** How far after the trigger its object may start, in characters. */
	reach?: number;
	confidence: number;
}

const t = (source: string, type: RelationType, direction: Direction, confidence = 0.7, extra: Partial<Trigger> & { caseSensitive?: boolean } = {}): Trigger => ({
	pattern: new RegExp(`(?<![\\p{L}-])(?:${source})(?![\\p{L}])`, extra.caseSensitive ? 'gu' : 'giu'),
	type,
	direction,
	confidence,
	...extra
});

/** Ordered: the first trigger that fits a pair in a clause wins for its type. */
export const TRIGGERS: Trigger[] = [
	// sanction
	t('(?:is|was|were|are|been|being|be)\\s+(?:\\w+ly\\s+|also\\s+)?(?:designated|sanctioned)(?:\\s+by)?', 'sanction', 'in', 0.8, { passive: true, passiveDefault: 'designator' }),
	t('(?:is|was|were|are|been|being|be)\\s+(?:\\w+ly\\s+|also\\s+)?(?:listed|blocked|frozen|seized)\\s+by', 'sanction', 'in', 0.7, { passive: true }),
	t('(?<!\\b(?:is|was|were|are|been|being|be)\\s+(?:\\w+ly\\s+|also\\s+)?)(?:designat(?:ed|es|ing|e)|sanction(?:ed|s|ing)|listed|froze|frozen|freez(?:e|es|ing)|blacklist(?:ed)?)', 'sanction', 'out', 0.7),
	t('wanted by', 'sanction', 'in', 0.6, { passive: true }),
	// family
	t('(?:son|sons|brother|brothers|father|uncle|nephew|cousin|wife|husband|daughter|son-in-law|brother-in-law|father-in-law)(?:\\s+of)?', 'family tie', 'mutual', 0.6),
	// founding
	t('founded by|established by|created by', 'founding', 'in', 0.8, { passive: true }),
	t('founded|co-founded|founder of', 'founding', 'out', 0.7),
	// joint operation
	t('joint (?:unit|team|force|cell|operations?|attack|activities)', 'joint operation', 'mutual', 0.7),
	// funding
	t('funded by|financed by|money (?:given|provided) to \\w+ by', 'funding', 'in', 0.7, { passive: true }),
	t('(?:funds|money|donations|financing|dollars) from|received [^.;]{0,60}? from', 'funding', 'in', 0.6, { reach: 12 }),
	t('(?:provid\\w*|gave|giving|offer\\w*)\\s+(?:\\w+\\s+){0,2}(?:financial|funding|funds|money|financ\\w+)|financial(?:ly)? support\\w*|support\\w* financially|financ(?:ed|es|ing)|fund(?:ed|s|ing)?(?=\\s+(?:to|for|the|a|an)\\b)|funnel\\w*|(?:distribut|collect|rais|transferr?|disburs|deliver|send|sent|pass|allocat|contribut|donat|invest|launder|channel|mov)\\w*\\s+(?:\\S+\\s+){0,6}?(?:money|funds|donations|dollars|euros|rupees|financial aid|\\$[\\d.,]+(?:\\s+(?:million|billion))?)|transferred|disbursed|financier|financiers|fundrais\\w*|money launderer|financial manager|financial facilitator|treasurer|paymaster', 'funding', 'out', 0.7),
	t('(?:provided|gave)(?=\\s+\\p{Lu})', 'funding', 'out', 0.6, { caseSensitive: true, reach: 12 }),
	t('(?<=\\b(?:money|funds|cash|dollars|euros|\\$[\\d.,]+)\\b[^.;]{0,80})(?:gave|give|giving|provid\\w*|pass\\w*|deliver\\w*|sent|send\\w*|transferr?\\w*)', 'funding', 'out', 0.55, { reach: 60 }),
	// advice
	t('advis(?:ed|es|ing|er|ers|or|ors)|mentor(?:s|ed|ing)?|(?<=\\b(?:provid|giv|offer)\\w*\\s[^.;]{0,30})(?:advice|guidance)|counsel(?:ed|led|s)?', 'advice and guidance', 'out', 0.7),
	// what another gives: "the backing of X", "under X's protection"
	t('(?:the )?(?:backing|support|sponsorship|patronage) of', 'backing', 'in', 0.6, { reach: 40 }),
	t('(?:the )?protection of|under the protection of', 'protection', 'in', 0.6, { reach: 40 }),
	// protection
	t('protect(?:ed|s|ing|ion)|shelter(?:ed|s|ing)?|safe haven|sanctuary|harbou?r(?:ed|s|ing)?', 'protection', 'out', 0.6),
	// affiliation
	t('(?:was|were|been|is|are)\\s+(?:\\w+ly\\s+)?(?:appointed|directed|ordered|hired|recruited|commanded|sent)\\s+by|received orders from|on (?:the )?orders? (?:of|from)|took orders from', 'affiliation', 'out', 0.6),
	t('(?<!\\b(?:was|were|been|is|are|be)\\s+(?:\\w+ly\\s+)?)(?:directed|ordered|appointed|instructed|commanded|hired|recruited)(?!\\s+by\\b)', 'affiliation', 'in', 0.5, { reach: 20 }),
	t('(?:has |have |had )?(?:served|serves|acted|worked) as', 'affiliation', 'out', 0.6, { reach: 60 }),
	t('acting for or on behalf of|on behalf of|acting for|at the (?:request|direction|behest|orders?) of|on the orders of|works? (?:directly )?for|worked (?:directly )?for|member of|members of|served (?:for [^,.;]{1,30} )?on|serves on|headed|led|leads|part of|belong(?:s|ed)? to|affiliated with|loyal to|joined|(?:role|position) (?:with|in) the|treasurer for|consul of|governor for|in charge of|responsible for [^.;]{0,40}for the|a gatekeeper for|deputy (?:to|of)|spokes(?:man|person) for|(?<=(?:,\\s|\\b(?:as|is|was|been|became|remains|and)\\s(?:(?:the|a|an)\\s)?(?:[\\w-]+\\s)?))(?:director|head|chief|leader|member|spokesman|official|secretary|minister|commander|governor|treasurer|representative|emir|deputy|adviser|advisor|consul|attaché) (?:of|for|at|to)', 'affiliation', 'out', 0.7),
	// cooperation
	t('cooperat\\w*|coordinat\\w* with|coordinated|worked with|works? (?:closely )?with|working (?:closely )?with|partner\\w*|collaborat\\w*|met with|meet(?:s|ing)? with|meetings? with|spoke with|talks? with|contacts? with|relationship (?:with|between)|(?:a )?share in|alongside|together with|in cooperation with|dialogue with|hosted [^.;]{0,40}meetings? with|operat\\w* with|(?:strong |close |working )?relationship|met|meet(?:s|ing)?|contacts|cooperation between|ties (?:with|between)', 'cooperation', 'mutual', 0.6),
	// attack
	t('attack(?:ed|s|ing)?|target(?:ed|s|ing)|bomb(?:ed|ing|ings)|kill(?:ed|ing)|assassinat\\w*|ambush\\w*|responsibility for', 'attack', 'out', 0.6),
	// arrest
	t('(?:were|was|been)\\s+(?:arrested|detained|captured)\\s+by', 'arrest', 'in', 0.7, { passive: true }),
	t('(?<!\\b(?:were|was|been|be)\\s+)(?:arrest(?:ed|s)?|detain(?:ed|s)?|captur(?:ed|es))', 'arrest', 'out', 0.6),
	// agreement
	t('sign(?:ed|s)?|agreement (?:with|between)|deal (?:with|between)|concluded|accord with', 'agreement', 'mutual', 0.6),
	// review
	t('review(?:ed|s|ing)?|to see if|examin\\w*|assess(?:ed|es|ing)? whether', 'review', 'out', 0.6),
	// authorship
	t('written by|issued by', 'authorship', 'in', 0.5, { passive: true }),
	t('issued|wrote|authored|published', 'authorship', 'out', 0.5),
	// reporting
	t('told|answers? questions from|reported to|briefed|informed', 'reporting', 'out', 0.6),
	// backing
	t('support(?:ed|s|ing)?|back(?:ed|s|ing)|backing|assist(?:ed|s|ing)?|assistance to|help(?:ed|s|ing)?|facilitat\\w*|sent weapons|weapons (?:to|for)|procur\\w* weapons for|supplied|suppl(?:y|ies) to|provid(?:ed|es|ing) (?:weapons|arms|training|materials|supplies)|travel of|smuggl\\w*|housing', 'backing', 'out', 0.5)
];

export interface StanceCue {
	pattern: RegExp;
	stance: Stance;
	/** A cue that holds for the whole sentence (an attribution), not just its clause. */
	sentenceWide: boolean;
	/** The same pattern, global, for scanning a sentence. */
	global: RegExp;
}

const c = (source: string, stance: Stance, sentenceWide = false): StanceCue => ({
	pattern: new RegExp(`\\b(?:${source})\\b`, 'i'),
	global: new RegExp(`\\b(?:${source})\\b`, 'gi'),
	stance,
	sentenceWide
});

/** Ordered by precedence: a denial beats a plan, a plan a belief, a belief a claim. */
export const STANCE_CUES: StanceCue[] = [
	c('den(?:y|ies|ied|ying)(?:\\s+\\w+){0,3}\\s+(?:claims?|allegations?|reports?|involvement|links?|ties|that|any|charges?|responsibility|accusations?)|denying these|rejects?(?:ed)? (?:the )?(?:claims?|allegations?|reports?)|(?:do|does|did)(?:\\s*n[’\']t| not) see|no evidence|never (?:had|been)|refut\\w*|dismiss\\w* (?:the )?(?:claims?|reports?|allegations?)', 'denied', true),
	c('discuss(?:ed|es|ing)|plan(?:s|ned|ning)? to|planned|plotting|consider(?:s|ed|ing)|propos(?:ed|es|al)|intend(?:s|ed)? to|may have|might have|could have|seek(?:s|ing)? to|sought to|aim(?:s|ed)? to|attempt(?:s|ed)? to|tried to|agreed to|would (?:form|create|send|provide)|must|should', 'proposed'),
	c('believ(?:e|ed|es)|suspect(?:ed|s)?|likely|probabl[ey]|possibl[ey]|might|may be|could be|appear(?:s|ed)? to|seem(?:s|ed)? to|thought to|assess(?:ed)? (?:that|to)|presumably', 'believed'),
	c('reportedly|allegedly|alleged|according to (?:\\S+\\s+){0,3}?(?:media|press|reports?|reporting|sources?|accounts?)|reported(?: that)?|claim(?:s|ed)?|accus(?:ed|es|ations?)|said to be|purported(?:ly)?|on charges|charges of|in connection (?:to|with)', 'claimed', true)
];

/** Locative prepositions: a country after one is a place in that clause, not a party to a link. */
export const LOCATIVE_BEFORE = /\b(?:in|into|inside|outside|throughout|within|across|near|from|at|around|via|through|of)\s+(?:the\s+)?$/i;

/** Roles between a group's name and a person's (“senior Haqqani Network leader Badruddin Haqqani”). */
export const ROLE_GAP =
	/^\s+(?:(?:senior|former|key|top|deputy|acting|then-?|chief|overall|now-deceased|designated|and|SDGT|prominent|local|regional|military|finance|financial|political|media|communications|shadow|supreme|founding|central|religious)\s+)*(?:leader|commander|official|head|chief|deputy|member|financier|fundraiser|facilitator|spokesman|spokesperson|representative|emir|amir|governor|treasurer|founder|operative|courier|associate|envoy|minister|secretary|director|officer|manager|coordinator)s?(?:\s+(?:and\s+)?(?:SDGT|designee))?,?\s+(?:(?:Mullah|Maulawi|Maulvi|Mawlawi|Haji|Hajji|Sheikh|Mr\.?|Dr\.?|Qari|Mufti)\s+)?$/i;
