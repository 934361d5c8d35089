/**
 * Page furniture: the parts of a news page or press release that are not the article
 * (bylines, share and follow prompts, related-article headlines, end marks). Each rule is a
 * general pattern of such text, never a phrase from one site. A rule only fires on a short
 * block, so a paragraph of reporting that happens to mention "follow" or "subscribe" stays.
 * Recognised blocks are not dropped: they are marked keep=false with the reason, so the
 * user sees them and can put them back.
 */
import type { ImportBlock } from './types';

interface FurnitureRule {
	reason: string;
	/** Longest block (in characters) the rule applies to. */
	maxLength: number;
	matches: (text: string) => boolean;
}

const any =
	(...patterns: Array<RegExp | ((text: string) => boolean)>) =>
	(text: string) =>
		patterns.some((pattern) => (pattern instanceof RegExp ? pattern.test(text) : pattern(text)));

const WIRES = String.raw`(?:Getty Images|AFP|AP Photo|AP|Reuters|EPA(?:-EFE)?|Shutterstock|Alamy|Wikimedia Commons|Xinhua|Anadolu(?: Agency)?|Bloomberg)`;
const SOCIAL = String.raw`(?:twitter|x|facebook|instagram|linkedin|telegram|whatsapp|youtube|tiktok|google news|threads|mastodon|bluesky|reddit|pinterest|flipboard)`;
/** A capitalised name word, or a particle that names carry (al, bin, de, van). */
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}'’.-]*|al|el|bin|ibn|ul|de|del|der|van|von|da|di|la|le)`;
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+${NAME_WORD}){0,5}`;
/** What may follow a byline: an outlet, a role, a date ("| The Times", ", Staff Writer", "— March 4, 2021"). */
const TAIL_WORD = String.raw`(?:[\p{Lu}\d@][\p{L}\d.:'’@/-]*|and|at|of|the|in|for|on|am|pm)`;
const BYLINE_TAIL = String.raw`(?:\s*[|,–—-]\s*${TAIL_WORD}(?:[,\s]+${TAIL_WORD})*)?`;

/** "Read more:", "Also read", "Related", "You may also like"…, alone or leading a headline. */
const RELATED_PHRASES = String.raw`(?:read more|read also|also read|related|related (?:articles?|stories|coverage|content|news|reading)|see also|recommended(?: for you)?|more from .{1,40}|more on this(?: story| topic)?|more stories|you (?:may|might) also like|must read|don[’']?t miss|trending(?: now)?|most read|most popular|editor[’']?s picks|latest news|top stories)`;
const RELATED_LEAD = new RegExp(String.raw`^${RELATED_PHRASES}\s*(?:[:|–—-]|$)`, 'i');
const RELATED_LABEL_ONLY = new RegExp(String.raw`^${RELATED_PHRASES}\s*:?$`, 'i');

const SHARE_BAR = new RegExp(
	String.raw`^(?:(?:share|share this(?: article| story| page)?|share on|tweet|email|e-mail|print|copy link|save|${SOCIAL})\s*[|·•,/:]?\s*)+$`,
	'i'
);
/** A row of share buttons: "Share: Facebook | X | Email". One bare network name ("X") is not enough. */
function isShareBar(text: string): boolean {
	if (!SHARE_BAR.test(text)) return false;
	return /\b(?:share|tweet|e-?mail|print|copy link)\b/i.test(text) || text.split(/\s*[|·•,/:]\s*|\s+/).length >= 2;
}

const RULES: FurnitureRule[] = [
	{
		reason: 'Separator or end mark',
		maxLength: 20,
		matches: any(/^#{2,}$/, /^[-–—_=~*•·](?:\s?[-–—_=~*•·]){2,}$/, /^-\s?30\s?-$/)
	},
	{
		reason: 'Archive notice',
		maxLength: 160,
		matches: any(
			/^[([]?\s*archived (?:content|page|article|news release|press release)\s*[)\]]?\.?$/i,
			/^this (?:page|content|article|news release|press release|document) (?:is|has been|was) archived\b/i
		)
	},
	{
		reason: 'Byline',
		maxLength: 160,
		matches: any(
			new RegExp(
				String.raw`^(?:[Bb]y|BY|[Ww]ritten by|[Pp]osted by|[Ss]tory by|[Ww]ords by|[Aa]uthor:?)\s+${NAME}(?:\s*(?:,|and|&)\s*${NAME})*${BYLINE_TAIL}$`,
				'u'
			),
			/^(?:(?:additional )?reporting|writing|editing|compiled|edited) by\b.{0,150}$/i
		)
	},
	{
		reason: 'Photo credit or caption',
		maxLength: 200,
		matches: any(
			/^(?:photo|photograph|image|picture|file photo|illustration|graphic|video|credit|courtesy)s?\b[^.]{0,40}[:|]/i,
			/\b(?:photo|image|picture)\s*(?:credit|courtesy)?\s*:\s*\S/i,
			new RegExp(String.raw`(?:^|\s)(?:via|courtesy(?: of)?)\s+${WIRES}\b`, 'i'),
			new RegExp(String.raw`(?:/|\||—|–|\()\s*${WIRES}(?:\s+(?:via|/)\s+[\p{L} ]+)?\)?\.?$`, 'u')
		)
	},
	{
		reason: 'Share or follow prompt',
		maxLength: 160,
		matches: any(
			/^follow (?:us|me)\b/i,
			new RegExp(String.raw`^(?:follow|like|join)\b.{0,80}\b(?:on|at|via)\s+${SOCIAL}\b`, 'i'),
			/^join (?:us|our)\b.{0,60}\b(?:channel|community|group)\b/i,
			isShareBar
		)
	},
	{
		reason: 'Newsletter prompt',
		maxLength: 250,
		matches: (text) =>
			(/\b(?:sign up|subscribe|register)\b/i.test(text) && /\b(?:newsletters?|inbox|alerts|briefing|digest|e-?mails?)\b/i.test(text)) ||
			/^(?:enter your e-?mail|get (?:the|our)\b.{0,40}\bnewsletter)/i.test(text)
	},
	{
		reason: 'Related-article link',
		maxLength: 250,
		matches: (text) => RELATED_LEAD.test(text)
	},
	{
		reason: 'Link prompt',
		maxLength: 200,
		matches: any(
			/\bclick here\b/i,
			/^(?:read|see|view|download) (?:the )?(?:full|original|complete) (?:story|article|report|text|statement|release)\b/i,
			/^continue reading\b/i
		)
	},
	{
		reason: 'Advertisement',
		maxLength: 60,
		matches: any(
			/^(?:advertisement|advertising|sponsored(?: content)?|ads?|skip advertisement|scroll to continue(?: with content)?)$/i,
			/^(?:story|article) continues below(?: advertisement)?$/i,
			/^continue reading below$/i
		)
	},
	{ reason: 'Tags or topics', maxLength: 300, matches: any(/^(?:tags?|topics?|filed under|categories|category|keywords)\s*:/i) },
	{
		reason: 'Date or reading-time line',
		maxLength: 80,
		matches: any(
			/^(?:published|updated|last updated|posted|first published|modified)(?:\s+on)?\s*:?\s*(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)/i,
			/^\d+\s*(?:min|mins|minutes?)\.? read$/i
		)
	},
	{ reason: 'Copyright notice', maxLength: 200, matches: any(/^(?:©|\(c\)\s|copyright\b)/i, /\ball rights reserved\b/i) },
	{
		reason: 'Comments prompt',
		maxLength: 60,
		matches: any(/^(?:\d+\s+)?comments?$/i, /^(?:leave|post|add|view|show|read) (?:a |the |all )?(?:comments?|repl(?:y|ies))\b/i)
	}
];

/** A short line that reads like a headline, not a sentence of reporting. */
function looksLikeHeadline(text: string): boolean {
	return text.length <= 150 && !text.includes('\n') && /^[\p{Lu}\d“"‘']/u.test(text) && !/[.!?;:,]["”’']?$/.test(text);
}

/** The furniture rule a block of normalised text matches, or null for article text. */
export function furnitureReason(text: string): string | null {
	for (const rule of RULES) if (text.length <= rule.maxLength && rule.matches(text)) return rule.reason;
	return null;
}

/** Splits a notice that opens a paragraph ("(Archived Content) WASHINGTON – …") into its own block. */
export function splitLeadingNotice(text: string): [notice: string, rest: string] | null {
	const match = /^([([]\s*archived (?:content|page|article)\s*[)\]])\s+(\S[\s\S]*)$/i.exec(text);
	return match ? [match[1]!, match[2]!] : null;
}

/**
 * Marks furniture in blocks that carry no reason yet. Headlines that follow a bare "Related"
 * or "Read more" label are related-article headlines too, until a block reads like prose.
 */
export function markFurniture(blocks: ImportBlock[]): ImportBlock[] {
	const marked: ImportBlock[] = [];
	let inRelatedList = false;
	for (const block of blocks) {
		if (block.reason !== undefined) {
			marked.push(block);
			inRelatedList = false;
			continue;
		}
		const split = splitLeadingNotice(block.text);
		if (split) {
			marked.push({ text: split[0], keep: false, reason: 'Archive notice' });
			marked.push(...markFurniture([{ text: split[1], keep: true }]));
			inRelatedList = false;
			continue;
		}
		if (inRelatedList && looksLikeHeadline(block.text)) {
			marked.push({ text: block.text, keep: false, reason: 'Related-article headline' });
			continue;
		}
		const reason = furnitureReason(block.text);
		marked.push(reason === null ? block : { text: block.text, keep: false, reason });
		inRelatedList = reason === 'Related-article link' && RELATED_LABEL_ONLY.test(block.text);
	}
	return marked;
}
