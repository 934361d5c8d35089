/**
 * The one-file briefing's Content Security Policy: a
 * `<meta http-equiv="Content-Security-Policy">` written into build-single/threadboard.html
 * at build time (vite.single.config.ts), once the app's code and styles are inlined.
 * The file opens from disk and must never reach the network, so nothing is allowed
 * by default; its own inline script and styles run because their sha256 hashes are
 * listed. An injected `<script>` or `onclick=` has no listed hash and is refused.
 *
 * The hashing itself is handed in (node:crypto at build time), so this module stays
 * pure and runs anywhere.
 */
// With its extension: vite.single.config.ts loads this module too, and Vite's config loader wants one.
import { attribute, tagsOf } from './html-scan.js';

/** What the briefing allows besides its own hashed code: the favicon, fonts and PNG export use data: and blob: URLs. */
export const BRIEFING_CSP_DIRECTIVES: readonly (readonly [string, ...string[]])[] = [
	['default-src', "'none'"],
	['connect-src', "'none'"],
	['img-src', 'data:', 'blob:'],
	['font-src', 'data:'],
	// Layout and drafting may run in Web Workers, which a one-file build can only start from blob: URLs.
	['worker-src', 'blob:'],
	['object-src', "'none'"],
	['base-uri', "'none'"],
	['form-action', "'none'"],
	// As the app (svelte.config.js): style attributes are allowed, <style> elements only by hash.
	['style-src-attr', "'unsafe-inline'"],
	// Fallback for browsers without style-src-elem/-attr; holds no hash, since a hash would switch 'unsafe-inline' off.
	['style-src', "'unsafe-inline'"]
];

/** The inline code a policy must allow: executable scripts and style elements, with their text as the browser hashes it. */
export interface InlineCode {
	kind: 'script' | 'style';
	text: string;
}

/** Script types a browser runs; any other type (such as application/json) is a data block, never run and never checked. */
const SCRIPT_TYPES = new Set([
	'',
	'module',
	'text/javascript',
	'application/javascript',
	'application/ecmascript',
	'text/ecmascript',
	'text/jscript',
	'application/x-javascript'
]);

function isExecutable(attributes: string): boolean {
	const type = attribute(attributes, 'type');
	return type === null || SCRIPT_TYPES.has(type.trim().toLowerCase());
}

/** The HTML parser turns CR LF and lone CR into LF before a script's text is hashed. */
const parsedText = (text: string) => text.replace(/\r\n?/g, '\n');

/** The inline scripts and styles of a page, in document order. */
export function inlineCode(html: string): InlineCode[] {
	const found: InlineCode[] = [];
	for (const tag of tagsOf(html)) {
		if (tag.closing || tag.contentEnd === undefined) continue;
		const text = parsedText(html.slice(tag.end, tag.contentEnd));
		if (tag.name === 'script' && isExecutable(tag.attributes) && attribute(tag.attributes, 'src') === null) found.push({ kind: 'script', text });
		else if (tag.name === 'style') found.push({ kind: 'style', text });
	}
	return found;
}

/** The script files and stylesheets a page loads: the one-file briefing must have none (its policy would refuse them). */
export function externalCode(html: string): string[] {
	const found: string[] = [];
	for (const tag of tagsOf(html)) {
		if (tag.closing) continue;
		if (tag.name === 'script' && isExecutable(tag.attributes) && attribute(tag.attributes, 'src') !== null)
			found.push(`<script src="${attribute(tag.attributes, 'src')}">`);
		if (tag.name === 'link' && /(?:^|\s)stylesheet(?:\s|$)/i.test(attribute(tag.attributes, 'rel') ?? ''))
			found.push(`<link rel="stylesheet" href="${attribute(tag.attributes, 'href')}">`);
	}
	return found;
}

/** The policy text for a page whose inline code has these hashes (base64 sha256 digests). */
export function briefingPolicy(hashes: { script: readonly string[]; style: readonly string[] }): string {
	const sources = (list: readonly string[]) => [...new Set(list)].map((hash) => `'sha256-${hash}'`);
	// With no inline script at all, 'none' rather than an empty (and so invalid) list.
	const script = sources(hashes.script);
	const style = sources(hashes.style);
	const directives: (readonly string[])[] = [
		...BRIEFING_CSP_DIRECTIVES,
		['script-src', ...(script.length > 0 ? script : ["'none'"])],
		['style-src-elem', ...(style.length > 0 ? style : ["'none'"])]
	];
	return directives.map((directive) => directive.join(' ')).join('; ');
}

const CSP_META = /^<meta\s[^>]*http-equiv\s*=\s*["']?content-security-policy["']?/i;

/**
 * `html` with its briefing policy in a meta tag right after `<meta charset>` (a policy
 * covers only what follows it), replacing any policy already there, so running it twice
 * gives the same file. Throws if the page loads script or style files.
 * `sha256` returns the base64 digest of a string's UTF-8 bytes.
 */
export function withBriefingCsp(html: string, sha256: (text: string) => string): string {
	// The line break and indentation before a tag, so the meta goes in (and comes out) as a line of its own.
	const lineBefore = (index: number) => /\n[\t ]*$/.exec(html.slice(0, index))?.[0] ?? '';
	let after: { at: number; indent: string } | null = null;
	for (const tag of tagsOf(html)) {
		if (tag.closing) continue;
		if (tag.name === 'meta' && CSP_META.test(html.slice(tag.start, tag.end))) {
			const from = tag.start - lineBefore(tag.start).length;
			return withBriefingCsp(html.slice(0, from) + html.slice(tag.end), sha256);
		}
		if (tag.name === 'head' && after === null) after = { at: tag.end, indent: '\n' };
		if (tag.name === 'meta' && attribute(tag.attributes, 'charset') !== null) after = { at: tag.end, indent: lineBefore(tag.start) || '\n' };
		if (tag.name === 'body') break;
	}
	if (after === null) throw new Error('The one-file briefing has no <head> to put its Content Security Policy in.');
	const external = externalCode(html);
	if (external.length > 0) throw new Error(`The one-file briefing loads code from other files, which its policy refuses: ${external.join(', ')}.`);

	const code = inlineCode(html);
	const policy = briefingPolicy({
		script: code.filter((item) => item.kind === 'script').map((item) => sha256(item.text)),
		style: code.filter((item) => item.kind === 'style').map((item) => sha256(item.text))
	});
	const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
	return `${html.slice(0, after.at)}${after.indent}${meta}${html.slice(after.at)}`;
}

/** The policy a page declares in its meta tag, as directive → sources; empty when there is none. */
export function declaredPolicy(html: string): Map<string, string[]> {
	const policy = new Map<string, string[]>();
	for (const tag of tagsOf(html)) {
		if (tag.closing || tag.name !== 'meta' || !CSP_META.test(html.slice(tag.start, tag.end))) continue;
		for (const part of (attribute(tag.attributes, 'content') ?? '').split(';')) {
			const [name, ...sources] = part.trim().split(/\s+/);
			if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
		}
		break;
	}
	return policy;
}
