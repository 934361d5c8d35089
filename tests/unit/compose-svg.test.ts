import { describe, expect, it } from 'vitest';
import { composePicture, legendHeight, wrapText, type PictureParts } from '../../src/lib/briefing/compose-svg';
import { element, fragment } from '../../src/lib/export/xml';
import { HOSTILE_STRINGS, withoutXmlForbidden } from '../fixtures/hostile-strings';
import { parseXmlStrictly, textOf } from '../fixtures/strict-xml';

function drawing(label: string, width: number, height: number) {
	return { content: element('g', {}, element('text', { x: 10, y: 20 }, label)), x: 0, y: 0, width, height };
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
				graph: { content: fragment(element('text', {}, text)), x: 0, y: 0, width: 800, height: 600 },
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

describe('room for the caption and a legend of what is shown', () => {
	it('gives a long caption every line it needs, and pushes the graph down to make room', () => {
		const caption = 'Senior Haqqani Network figures have discussed forming a new joint unit with al-Qaeda, the US document says; '.repeat(5).trim();
		const short = parseXmlStrictly(composePicture(parts));
		const long = parseXmlStrictly(composePicture({ ...parts, caption }));
		const captionOf = (document: Document) =>
			Array.from(document.getElementsByTagName('text'))
				.filter((node) => node.getAttribute('class') === 'caption')
				.map((node) => node.textContent)
				.join(' ');
		expect(captionOf(long)).toBe(caption);
		expect(captionOf(long)).not.toContain('…');
		const graphTop = (document: Document) => Number(document.getElementsByTagName('svg')[1]!.getAttribute('y'));
		expect(graphTop(long)).toBeGreaterThan(graphTop(short));
	});

	it('lists only the relation types and stances it is given, and sizes itself to them', () => {
		const svg = parseXmlStrictly(composePicture({ ...parts, legend: { types: ['attack'], stances: ['asserted'] } }));
		const legend = Array.from(svg.getElementsByTagName('text'))
			.filter((node) => node.getAttribute('class') === 'legend')
			.map((node) => node.textContent);
		expect(legend).toEqual(['attack', 'asserted']);
		expect(legendHeight({ types: ['attack'], stances: ['asserted'] })).toBeLessThan(legendHeight({ types: ['attack', 'funding', 'arrest'], stances: ['asserted'] }));
		expect(legendHeight({ types: [], stances: [] })).toBe(0);
	});

	it('frames the drawn part of the graph, not its whole view box', () => {
		const svg = parseXmlStrictly(composePicture({ ...parts, graph: { ...parts.graph, x: 120, y: 60, width: 500, height: 300 } }));
		expect(svg.getElementsByTagName('svg')[1]!.getAttribute('viewBox')).toBe('120 60 500 300');
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
