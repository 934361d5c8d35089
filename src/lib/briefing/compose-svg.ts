/**
 * Composes the exported picture of a view: the graph and the map as they are on
 * screen, with a legend, the caption, the source line and the map attribution,
 * in one standalone SVG whose fonts travel with it. Every piece is written by the
 * XML writer, so any name or caption gives a picture that parses.
 */
import type { RelationType, Stance } from '$lib/dataset/schema';
import { RELATION_TYPE_DEFINITIONS } from '$lib/dataset/schema-values';
import { STANCE_LABELS } from '$lib/model/vocabulary';
import { element, fragment, type Xml, type XmlChild } from '$lib/export/xml';
import { RELATION_COLOURS, STANCE_STYLES } from '$lib/model/vocabulary';
import type { SvgSnapshot } from './snapshot-svg';

export const EXPORT_WIDTH = 1600;
export const EXPORT_HEIGHT = 1000;
const MARGIN = 32;
const FOOTER_HEIGHT = 54;
const SIDE_WIDTH = 520;
const TITLE_LINE = 32;
const CAPTION_LINE = 23;
/** Characters per line at 26 px bold and 17 px across the picture's width, on the generous side. */
const TITLE_CHARS = 90;
const CAPTION_CHARS = 160;
const LEGEND_ROW = 22;
const MAP_HEIGHT = 420;

/** A word longer than a line, cut into line-long pieces at character (grapheme) boundaries. */
function pieces(word: string, maxChars: number): string[] {
	if (word.length <= maxChars) return [word];
	const graphemes = Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(word), (part) => part.segment);
	const cut: string[] = [];
	for (let start = 0; start < graphemes.length; start += maxChars) cut.push(graphemes.slice(start, start + maxChars).join(''));
	return cut;
}

/**
 * Greedy word wrap by an average character width; good enough for a caption of a
 * few lines. Breaks only at ordinary spaces (a non-breaking space holds), and cuts
 * a word too long for a line.
 */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/[ \t\n\r\f\v]+/).filter(Boolean).flatMap((word) => pieces(word, maxChars))) {
		if (line && (line + ' ' + word).length > maxChars) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	if (lines.length > maxLines) {
		const kept = lines.slice(0, maxLines);
		kept[maxLines - 1] = `${kept[maxLines - 1]} …`;
		return kept;
	}
	return lines;
}

export interface LegendEntries {
	types: RelationType[];
	stances: Stance[];
}

/** Where the legend's stance part starts, below the relation types. */
function stanceTop(entries: LegendEntries, y: number): number {
	return entries.types.length > 0 ? y + LEGEND_ROW + Math.ceil(entries.types.length / 2) * LEGEND_ROW + 18 : y;
}

/** The height the legend takes: two columns of each kind, under a heading each. */
export function legendHeight(entries: LegendEntries): number {
	const stances = entries.stances.length > 0 ? LEGEND_ROW + Math.ceil(entries.stances.length / 2) * LEGEND_ROW : 0;
	return stanceTop(entries, 0) + stances;
}

/** The legend of what the picture shows: only the relation types and stances drawn in it. */
export function legendSvg(entries: LegendEntries, x: number, y: number, width: number): Xml {
	const rows: XmlChild[] = [entries.types.length > 0 && element('text', { x, y, class: 'legend-heading' }, 'Relation types')];
	const columnWidth = width / 2;
	entries.types.forEach((type, position) => {
		const left = x + (position % 2) * columnWidth;
		const top = y + LEGEND_ROW + Math.floor(position / 2) * LEGEND_ROW;
		rows.push(
			element(
				'line',
				{ x1: left, y1: top - 5, x2: left + 24, y2: top - 5, stroke: RELATION_COLOURS[type], 'stroke-width': 5, 'stroke-linecap': 'round' },
				element('title', {}, RELATION_TYPE_DEFINITIONS[type])
			),
			element('text', { x: left + 32, y: top, class: 'legend' }, type)
		);
	});
	const stancesTop = stanceTop(entries, y);
	if (entries.stances.length > 0) rows.push(element('text', { x, y: stancesTop, class: 'legend-heading' }, 'How the text holds it'));
	entries.stances.forEach((stance, position) => {
		const left = x + (position % 2) * columnWidth;
		const top = stancesTop + LEGEND_ROW + Math.floor(position / 2) * LEGEND_ROW;
		const style = STANCE_STYLES[stance];
		rows.push(
			element('line', {
				x1: left,
				y1: top - 5,
				x2: left + 40,
				y2: top - 5,
				stroke: '#111827',
				'stroke-width': style.width,
				opacity: style.opacity,
				'stroke-linecap': 'round',
				'stroke-dasharray': style.dash
			}),
			style.mark === 'denied' &&
				fragment(
					element('circle', { cx: left + 20, cy: top - 5, r: 6, fill: '#fff', stroke: '#b42318', 'stroke-width': 2 }),
					element('path', { d: `M ${left + 17} ${top - 8} l 6 6 m 0 -6 l -6 6`, stroke: '#b42318', 'stroke-width': 2 })
				),
			element('text', { x: left + 48, y: top, class: 'legend' }, STANCE_LABELS[stance])
		);
	});
	return fragment(rows);
}

export interface PictureParts {
	/** The graph as drawn, with its own coordinate system. */
	graph: SvgSnapshot;
	map: SvgSnapshot | null;
	title: string;
	caption: string;
	sourceLine: string;
	attribution: string;
	legend: LegendEntries;
	/** @font-face rules with the fonts inlined, so the picture renders the same elsewhere. */
	fontCss: string;
}

/** Places a drawn part into a box of the picture, scaled to fit and centred. */
function placed(part: SvgSnapshot, x: number, y: number, width: number, height: number): Xml {
	return element(
		'svg',
		{ x, y, width, height, viewBox: `${part.x} ${part.y} ${part.width} ${part.height}`, preserveAspectRatio: 'xMidYMid meet' },
		part.content
	);
}

const PICTURE_CSS = `
.title { font-size: 26px; font-weight: 700; fill: #111827; }
.caption { font-size: 17px; fill: #1f2937; }
.legend-heading { font-size: 13px; font-weight: 700; fill: #374151; text-transform: uppercase; letter-spacing: 0.04em; }
.legend { font-size: 14px; fill: #111827; }
.footer { font-size: 13px; fill: #374151; }
`;

export function composePicture(parts: PictureParts): string {
	// The header grows with the title and caption: a caption is the briefer's point, never cut short for layout.
	const titleLines = wrapText(parts.title, TITLE_CHARS, 2);
	const captionLines = wrapText(parts.caption, CAPTION_CHARS, 6);
	const captionTop = MARGIN + titleLines.length * TITLE_LINE + 6;
	const headerBottom = captionTop + captionLines.length * CAPTION_LINE + 12;
	const bodyHeight = EXPORT_HEIGHT - headerBottom - FOOTER_HEIGHT - MARGIN;
	const graphBox = { x: MARGIN, y: headerBottom, width: EXPORT_WIDTH - SIDE_WIDTH - 3 * MARGIN, height: bodyHeight };
	const sideX = EXPORT_WIDTH - SIDE_WIDTH - MARGIN;
	const legendRoom = legendHeight(parts.legend) + 36;
	const mapHeight = parts.map ? Math.max(160, Math.min(MAP_HEIGHT, bodyHeight - legendRoom)) : 0;
	const frame = (x: number, y: number, width: number, height: number) => element('rect', { x, y, width, height, fill: 'none', stroke: '#d5d9e0' });
	return element(
		'svg',
		{
			xmlns: 'http://www.w3.org/2000/svg',
			width: EXPORT_WIDTH,
			height: EXPORT_HEIGHT,
			viewBox: `0 0 ${EXPORT_WIDTH} ${EXPORT_HEIGHT}`,
			'font-family': "Inter, 'Helvetica Neue', Arial, sans-serif"
		},
		element('title', {}, parts.title),
		element('style', {}, parts.fontCss, PICTURE_CSS),
		element('rect', { width: '100%', height: '100%', fill: '#ffffff' }),
		titleLines.map((line, position) => element('text', { x: MARGIN, y: MARGIN + 22 + position * TITLE_LINE, class: 'title' }, line)),
		captionLines.map((line, position) => element('text', { x: MARGIN, y: captionTop + 17 + position * CAPTION_LINE, class: 'caption' }, line)),
		frame(graphBox.x, graphBox.y, graphBox.width, graphBox.height),
		placed(parts.graph, graphBox.x + 8, graphBox.y + 8, graphBox.width - 16, graphBox.height - 16),
		parts.map && fragment(frame(sideX, headerBottom, SIDE_WIDTH, mapHeight), placed(parts.map, sideX, headerBottom, SIDE_WIDTH, mapHeight)),
		legendSvg(parts.legend, sideX, headerBottom + (parts.map ? mapHeight + 36 : 16), SIDE_WIDTH),
		element('text', { x: MARGIN, y: EXPORT_HEIGHT - FOOTER_HEIGHT + 14, class: 'footer' }, parts.sourceLine),
		element('text', { x: MARGIN, y: EXPORT_HEIGHT - FOOTER_HEIGHT + 34, class: 'footer' }, parts.attribution)
	).markup;
}
