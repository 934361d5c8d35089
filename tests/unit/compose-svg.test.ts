import { describe, expect, it } from 'vitest';
import { composePicture, escapeXml, wrapText } from '../../src/lib/briefing/compose-svg';

const parts = {
	graph: { markup: '<g><text>Haqqani Network</text></g>', width: 800, height: 600 },
	map: { markup: '<g><text>Kabul</text></g>', width: 400, height: 300 },
	title: 'Haqqani Network & al-Qaeda <joint unit>',
	caption: 'The US Treasury document says the two discussed a joint unit.',
	sourceLine: 'Source: The EurAsian Times',
	attribution: 'Boundaries: © OpenStreetMap contributors (ODbL)',
	legend: { types: ['funding', 'attack'] as const, stances: ['asserted', 'denied'] as const },
	fontCss: "@font-face{font-family:'Inter'}"
};

describe('composePicture', () => {
	it('puts the graph, the map, the legend, the caption, the source and the attribution in one SVG', () => {
		const svg = composePicture({ ...parts, legend: { types: [...parts.legend.types], stances: [...parts.legend.stances] } });
		expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
		for (const text of ['Haqqani Network', 'Kabul', 'funding', 'attack', 'asserted', 'denied', 'Source: The EurAsian Times', '© OpenStreetMap contributors', "font-family:'Inter'"])
			expect(svg).toContain(text);
		expect(svg).toContain('Haqqani Network &#38; al-Qaeda &#60;joint unit&#62;');
		expect(svg).toContain('discussed a joint unit.');
	});

	it('leaves the map out when there is none', () => {
		const svg = composePicture({ ...parts, map: null, legend: { types: [], stances: [] } });
		expect(svg).not.toContain('Kabul');
	});
});

describe('text helpers', () => {
	it('escapes markup and wraps long captions with an ellipsis', () => {
		expect(escapeXml(`a<b>&"c'`)).toBe('a&#60;b&#62;&#38;&#34;c&#39;');
		expect(wrapText('one two three four five', 9, 5)).toEqual(['one two', 'three', 'four five']);
		expect(wrapText('one two three four five', 9, 2)).toEqual(['one two', 'three …']);
	});
});
