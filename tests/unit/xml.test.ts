import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { childrenFromDom, element, escapeAttribute, escapeText, fragment, xmlDocument, xmlSafe } from '../../src/lib/export/xml';
import { HOSTILE_STRINGS, withoutXmlForbidden } from '../fixtures/hostile-strings';
import { parseXmlStrictly } from '../fixtures/strict-xml';

describe('the XML writer', () => {
	it('drops the characters XML 1.0 forbids and keeps everything else', () => {
		expect(xmlSafe('a\u0000b\fc\u0007d\ud800e\udfffF\ufffeG\uffffH')).toBe('abcdeFGH');
		expect(xmlSafe('tab\tlf\ncr\r nbsp\u00a0 emoji 👩\u200d👩\u200d👧 rtl\u202e')).toBe('tab\tlf\ncr\r nbsp\u00a0 emoji 👩\u200d👩\u200d👧 rtl\u202e');
	});

	it('escapes text and attribute values', () => {
		expect(escapeText('a < b && c > d ]]> "q"')).toBe('a &lt; b &amp;&amp; c &gt; d ]]&gt; "q"');
		expect(escapeAttribute(`"'<&>\t\n`)).toBe('&#34;&#39;&#60;&#38;&#62;&#9;&#10;');
	});

	it('refuses names that are not XML names, and leaves out empty attributes', () => {
		expect(() => element('a b')).toThrow('not an XML name');
		expect(() => element('g', { 'on"click': 'x' })).toThrow('not an XML name');
		expect(element('g', { a: null, b: undefined, c: false, d: 0, e: 1.23456 }).markup).toBe('<g d="0" e="1.235"/>');
	});

	for (const { label, text } of HOSTILE_STRINGS)
		it(`writes a parseable document around ${label}`, () => {
			const root = element('root', { title: text }, element('name', {}, text), fragment(text, [element('x', {}, text)]));
			const document = parseXmlStrictly(xmlDocument(root));
			const expected = withoutXmlForbidden(text);
			expect(document.documentElement.getAttribute('title')).toBe(expected);
			expect(document.getElementsByTagName('name')[0]!.textContent).toBe(expected);
			expect(document.getElementsByTagName('x')[0]!.textContent).toBe(expected);
		});
});

describe('copying an SVG from an HTML page', () => {
	it('writes XML where the page would write HTML (&nbsp;, raw control characters)', () => {
		const { document } = parseHTML('<!doctype html><html><body><svg viewBox="0 0 10 10"><g class="a"><text x="1">placeholder</text></g><!-- a comment --></svg></body></html>');
		const svg = document.querySelector('svg')!;
		const name = 'Sirajuddin\u00a0Haqqani\f & <co>';
		svg.querySelector('text')!.textContent = name;
		svg.querySelector('g')!.setAttribute('data-name', name);
		// The page's own serialisation is HTML: the form feed goes out raw, and XML readers refuse it.
		expect(svg.innerHTML).toContain('\f');
		const copied = element('svg', { xmlns: 'http://www.w3.org/2000/svg' }, childrenFromDom(svg)).markup;
		expect(copied).not.toContain('&nbsp;');
		expect(copied).not.toContain('comment');
		const parsed = parseXmlStrictly(copied);
		expect(parsed.documentElement.textContent).toBe(withoutXmlForbidden(name));
		expect(parsed.getElementsByTagName('g')[0]!.getAttribute('data-name')).toBe(withoutXmlForbidden(name));
	});

	for (const { label, text } of HOSTILE_STRINGS)
		it(`copies text and attributes holding ${label}`, () => {
			const { document } = parseHTML('<!doctype html><html><body><svg><text>x</text></svg></body></html>');
			const svg = document.querySelector('svg')!;
			svg.querySelector('text')!.textContent = text;
			svg.querySelector('text')!.setAttribute('aria-label', text);
			const parsed = parseXmlStrictly(element('svg', { xmlns: 'http://www.w3.org/2000/svg' }, childrenFromDom(svg)).markup);
			const copy = parsed.getElementsByTagName('text')[0]!;
			expect(copy.textContent).toBe(withoutXmlForbidden(text));
			expect(copy.getAttribute('aria-label')).toBe(withoutXmlForbidden(text));
		});
});
