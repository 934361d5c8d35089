import { describe, expect, it } from 'vitest';
import { composePicture, wrapText, type PictureParts } from '../../src/lib/briefing/compose-svg';
import { element, fragment } from '../../src/lib/export/xml';
import { HOSTILE_STRINGS, withoutXmlForbidden } from '../fixtures/hostile-strings';
import { parseXmlStrictly, textOf } from '../fixtures/strict-xml';

function drawing(label: string, width: number, height: number) {
	return { content: element('g', {}, element('text', { x: 10, y: 20 }, label)), width, height };
}

const parts: PictureParts = {
	graph: drawing('Haqqani Network', 800, 600),
	map: drawing('Kabul', 400, 300),
	title: 'Haqqani Network & al-Qaeda <joint unit>',
	caption: 'The US Treasury document says the two discussed a joint unit.',
	sourceLine: 'Source: The EurAsian Times',
	attribution: 'Boundaries: © OpenStreetMap contributors (ODbL)',
	legend: { types: ['funding', 'attack'], stances: ['asserted', 'denied'] },
	fontCss: "@font-face{font-family:'Inter'}"
};

describe('composePicture', () => {
	it('puts the graph, the map, the legend, the caption, the source and the attribution in one SVG', () => {
		const svg = composePicture(parts);
		expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
		const text = textOf(parseXmlStrictly(svg));
		for (const expected of ['Haqqani Network', 'Kabul', 'funding', 'attack', 'asserted', 'denied', 'Source: The EurAsian Times', '© OpenStreetMap contributors', "font-family:'Inter'"])
			expect(text).toContain(expected);
		expect(svg).toContain('Haqqani Network &amp; al-Qaeda &lt;joint unit&gt;');
		expect(text).toContain('discussed a joint unit.');
	});

	it('leaves the map out when there is none', () => {
		const svg = composePicture({ ...parts, map: null, legend: { types: [], stances: [] } });
		expect(svg).not.toContain('Kabul');
	});

	for (const { label, text } of HOSTILE_STRINGS)
		it(`composes a picture that parses as XML with ${label} in every text`, () => {
			const svg = composePicture({
				...parts,
				graph: { content: fragment(element('text', {}, text)), width: 800, height: 600 },
				map: drawing(text, 400, 300),
				title: text,
				caption: text,
				sourceLine: `Source: ${text}`,
				attribution: text
			});
			const document = parseXmlStrictly(svg);
			const expected = withoutXmlForbidden(text);
			const texts = Array.from(document.getElementsByTagName('text'), (node) => node.textContent ?? '');
			expect(document.getElementsByTagName('title')[0]!.textContent).toBe(expected);
			// Title, the graph's and the map's labels, source line and attribution carry the text whole.
			expect(texts.filter((content) => content.includes(expected)).length).toBeGreaterThanOrEqual(4);
			// The caption is wrapped at ordinary spaces and cut in long words, but keeps every other character.
			const caption = Array.from(document.getElementsByTagName('text'))
				.filter((node) => node.getAttribute('class') === 'caption')
				.map((node) => node.textContent ?? '');
			expect(caption.join('').replace(/[ \t\n\r]|…/g, '')).toBe(expected.replace(/[ \t\n\r]/g, '').slice(0, caption.join('').replace(/[ \t\n\r]|…/g, '').length));
		});
});

describe('wrapText', () => {
	it('wraps long captions with an ellipsis', () => {
		expect(wrapText('one two three four five', 9, 5)).toEqual(['one two', 'three', 'four five']);
		expect(wrapText('one two three four five', 9, 2)).toEqual(['one two', 'three …']);
	});

	it('holds at a non-breaking space and cuts a word longer than a line between characters', () => {
		expect(wrapText('Sirajuddin\u00a0Haqqani leads', 20, 3)).toEqual(['Sirajuddin\u00a0Haqqani', 'leads']);
		expect(wrapText('abcdefghij', 4, 5)).toEqual(['abcd', 'efgh', 'ij']);
		expect(wrapText('👩\u200d👩\u200d👧👩\u200d👩\u200d👧', 1, 5)).toEqual(['👩\u200d👩\u200d👧', '👩\u200d👩\u200d👧']);
	});
});
