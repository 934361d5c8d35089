import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { briefingPolicy, declaredPolicy, externalCode, inlineCode, withBriefingCsp } from '../../src/lib/briefing/briefing-csp';
import { briefingHtml } from '../../src/lib/briefing/briefing-html';
import type { SlidesFile } from '../../src/lib/briefing/slide-types';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

const TEMPLATE = `<!doctype html>
<html lang="en">
	<head>
		<meta charset="utf-8" />
		<link rel="icon" href="data:image/svg+xml;base64,AAAA" />
		<title>Haqqani · Threadboard</title>
		<script type="module" crossorigin>const a = "</head><style>not this</style>"; console.log('é');</script>
		<style>body{margin:0}</style>
	</head>
	<body>
		<div id="app" style="display: contents"></div>
	</body>
</html>`;

const SCRIPT = `const a = "</head><style>not this</style>"; console.log('é');`;

describe('inlineCode', () => {
	it('finds executable scripts and style elements with their exact text, and skips data blocks', () => {
		const html = TEMPLATE.replace('</head>\n\t<body>', '<script type="application/json" id="data">{"a":1}</script>\n</head>\n\t<body>');
		expect(inlineCode(html)).toEqual([
			{ kind: 'script', text: SCRIPT },
			{ kind: 'style', text: 'body{margin:0}' }
		]);
	});

	it('hashes the text as the parser gives it: CR LF and lone CR become LF', () => {
		expect(inlineCode('<script>a\r\nb\rc</script>')).toEqual([{ kind: 'script', text: 'a\nb\nc' }]);
	});

	it('counts classic, module and JavaScript-typed scripts as code, but not script files', () => {
		const html = '<script>1</script><script type="text/javascript">2</script><script type=module>3</script><script src="x.js"></script><script type="text/plain">4</script>';
		expect(inlineCode(html).map((code) => code.text)).toEqual(['1', '2', '3']);
	});
});

describe('externalCode', () => {
	it('lists script files and stylesheets, and nothing else', () => {
		expect(externalCode(TEMPLATE)).toEqual([]);
		expect(externalCode('<script src="app.js"></script><link rel="stylesheet" href="a.css"><link rel="icon" href="i.svg">')).toEqual([
			'<script src="app.js">',
			'<link rel="stylesheet" href="a.css">'
		]);
	});
});

describe('briefingPolicy', () => {
	it('allows nothing by default, never the network, and only the given hashes for code', () => {
		const policy = briefingPolicy({ script: ['s1', 's1'], style: ['t1', 't2'] });
		expect(policy).toBe(
			"default-src 'none'; connect-src 'none'; img-src data: blob:; font-src data:; worker-src blob:; object-src 'none'; base-uri 'none'; form-action 'none'; style-src-attr 'unsafe-inline'; style-src 'unsafe-inline'; script-src 'sha256-s1'; style-src-elem 'sha256-t1' 'sha256-t2'"
		);
		expect(policy).not.toContain('unsafe-eval');
	});

	it("says 'none' rather than leaving a directive empty", () => {
		expect(briefingPolicy({ script: [], style: [] })).toContain("script-src 'none'; style-src-elem 'none'");
	});
});

describe('withBriefingCsp', () => {
	it('puts the policy right after <meta charset>, with the hashes of the inline script and style', () => {
		const html = withBriefingCsp(TEMPLATE, sha256);
		expect(html).toContain(`<meta charset="utf-8" />\n\t\t<meta http-equiv="Content-Security-Policy" content="`);
		const policy = declaredPolicy(html);
		expect(policy.get('script-src')).toEqual([`'sha256-${sha256(SCRIPT)}'`]);
		expect(policy.get('style-src-elem')).toEqual([`'sha256-${sha256('body{margin:0}')}'`]);
		expect(policy.get('connect-src')).toEqual(["'none'"]);
		// Nothing else changes.
		expect(html.replace(/\n\t\t<meta http-equiv="Content-Security-Policy"[^>]*>/, '')).toBe(TEMPLATE);
	});

	it('replaces a policy already there, so building twice gives the same file', () => {
		const once = withBriefingCsp(TEMPLATE, sha256);
		expect(withBriefingCsp(once, sha256)).toBe(once);
		const changed = withBriefingCsp(once.replace("console.log('é')", "console.log('è')"), sha256);
		expect(changed.match(/Content-Security-Policy/g)).toHaveLength(1);
		expect(declaredPolicy(changed).get('script-src')).toEqual([`'sha256-${sha256(SCRIPT.replace('é', 'è'))}'`]);
	});

	it('refuses a page that loads code from files, which the policy would block', () => {
		expect(() => withBriefingCsp(TEMPLATE.replace('<style>body', '<link rel="stylesheet" href="app.css"><style>body'), sha256)).toThrow(
			/loads code from other files.*app\.css/
		);
	});

	it('goes at the start of the head when there is no <meta charset>, and refuses a page with no head', () => {
		expect(withBriefingCsp('<html><head><script>x</script></head></html>', sha256)).toMatch(/^<html><head>\n<meta http-equiv="Content-Security-Policy"/);
		expect(() => withBriefingCsp('just text', sha256)).toThrow(/no <head>/);
	});

	it('stays valid once briefingHtml embeds a deck and a title: the deck is data, not code', () => {
		const template = withBriefingCsp(TEMPLATE, sha256);
		const deck: SlidesFile = {
			format: 'threadboard-slides',
			version: 1,
			dataset: 'haqqani-al-qaeda-joint-unit',
			slides: [{ id: 's1', title: 'T', caption: '</script><script>alert(1)</script>', view: '' }]
		};
		const briefing = briefingHtml(template, deck, 'A new title');
		expect(declaredPolicy(briefing)).toEqual(declaredPolicy(template));
		// The page's code is unchanged, so the hashes still match it.
		expect(inlineCode(briefing)).toEqual(inlineCode(template));
		expect(withBriefingCsp(briefing, sha256)).toBe(briefing);
	});
});

describe('declaredPolicy', () => {
	it('reads the meta tag into directives and sources, and is empty without one', () => {
		const policy = declaredPolicy(`<head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-x'"></head>`);
		expect(Object.fromEntries(policy)).toEqual({ 'default-src': ["'self'"], 'script-src': ["'self'", "'sha256-x'"] });
		expect(declaredPolicy(TEMPLATE).size).toBe(0);
	});
});
