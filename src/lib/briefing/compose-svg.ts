/**
 * Composes the exported picture of a view: the graph and the map as they are on
 * screen, with a legend, the caption, the source line and the map attribution,
 * in one standalone SVG whose fonts travel with it.
 */
import { RELATION_TYPE_DEFINITIONS, type RelationType, type Stance } from '$lib/dataset/schema';
import { STANCE_LABELS } from '$lib/evidence/describe';
import { RELATION_COLOURS, STANCE_STYLES } from '$lib/graph/style';

export const EXPORT_WIDTH = 1600;
export const EXPORT_HEIGHT = 1000;
const MARGIN = 32;
const HEADER_HEIGHT = 96;
const FOOTER_HEIGHT = 54;
const SIDE_WIDTH = 520;

export function escapeXml(text: string): string {
	return text.replace(/[<>&"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** Greedy word wrap by an average character width; good enough for a caption of a few lines. */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
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

export function legendSvg(entries: LegendEntries, x: number, y: number, width: number): string {
	const rows: string[] = [`<text x="${x}" y="${y}" class="legend-heading">Relation types</text>`];
	const columnWidth = width / 2;
	entries.types.forEach((type, position) => {
		const column = position % 2;
		const row = Math.floor(position / 2);
		const left = x + column * columnWidth;
		const top = y + 22 + row * 22;
		rows.push(
			`<line x1="${left}" y1="${top - 5}" x2="${left + 24}" y2="${top - 5}" stroke="${RELATION_COLOURS[type]}" stroke-width="5" stroke-linecap="round"><title>${escapeXml(RELATION_TYPE_DEFINITIONS[type])}</title></line>`,
			`<text x="${left + 32}" y="${top}" class="legend">${escapeXml(type)}</text>`
		);
	});
	const stanceTop = y + 22 + Math.ceil(entries.types.length / 2) * 22 + 18;
	rows.push(`<text x="${x}" y="${stanceTop}" class="legend-heading">How the text holds it</text>`);
	entries.stances.forEach((stance, position) => {
		const column = position % 2;
		const row = Math.floor(position / 2);
		const left = x + column * columnWidth;
		const top = stanceTop + 22 + row * 22;
		const style = STANCE_STYLES[stance];
		const dash = style.dash ? ` stroke-dasharray="${style.dash}"` : '';
		const mark =
			style.mark === 'denied'
				? `<circle cx="${left + 20}" cy="${top - 5}" r="6" fill="#fff" stroke="#b42318" stroke-width="2"/><path d="M ${left + 17} ${top - 8} l 6 6 m 0 -6 l -6 6" stroke="#b42318" stroke-width="2"/>`
				: '';
		rows.push(
			`<line x1="${left}" y1="${top - 5}" x2="${left + 40}" y2="${top - 5}" stroke="#111827" stroke-width="${style.width}" opacity="${style.opacity}" stroke-linecap="round"${dash}/>${mark}`,
			`<text x="${left + 48}" y="${top}" class="legend">${escapeXml(STANCE_LABELS[stance])}</text>`
		);
	});
	return rows.join('\n');
}

export interface PictureParts {
	/** Inner markup of the graph as drawn, with its own coordinate system. */
	graph: { markup: string; width: number; height: number };
	map: { markup: string; width: number; height: number } | null;
	title: string;
	caption: string;
	sourceLine: string;
	attribution: string;
	legend: LegendEntries;
	/** @font-face rules with the fonts inlined, so the picture renders the same elsewhere. */
	fontCss: string;
}

/** Places a drawn part into a box of the picture, scaled to fit and centred. */
function placed(part: { markup: string; width: number; height: number }, x: number, y: number, width: number, height: number): string {
	return `<svg x="${x}" y="${y}" width="${width}" height="${height}" viewBox="0 0 ${part.width} ${part.height}" preserveAspectRatio="xMidYMid meet">${part.markup}</svg>`;
}

export function composePicture(parts: PictureParts): string {
	const graphBox = { x: MARGIN, y: HEADER_HEIGHT, width: EXPORT_WIDTH - SIDE_WIDTH - 3 * MARGIN, height: EXPORT_HEIGHT - HEADER_HEIGHT - FOOTER_HEIGHT - MARGIN };
	const sideX = EXPORT_WIDTH - SIDE_WIDTH - MARGIN;
	const mapHeight = 420;
	const captionLines = wrapText(parts.caption, 150, 2);
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${EXPORT_WIDTH}" height="${EXPORT_HEIGHT}" viewBox="0 0 ${EXPORT_WIDTH} ${EXPORT_HEIGHT}" font-family="Inter, 'Helvetica Neue', Arial, sans-serif">
<title>${escapeXml(parts.title)}</title>
<style>${parts.fontCss}
.title { font-size: 26px; font-weight: 700; fill: #111827; }
.caption { font-size: 17px; fill: #1f2937; }
.legend-heading { font-size: 13px; font-weight: 700; fill: #374151; text-transform: uppercase; letter-spacing: 0.04em; }
.legend { font-size: 14px; fill: #111827; }
.footer { font-size: 13px; fill: #374151; }
</style>
<rect width="100%" height="100%" fill="#ffffff"/>
<text x="${MARGIN}" y="${MARGIN + 12}" class="title">${escapeXml(parts.title)}</text>
${captionLines.map((line, position) => `<text x="${MARGIN}" y="${MARGIN + 40 + position * 21}" class="caption">${escapeXml(line)}</text>`).join('\n')}
<rect x="${graphBox.x}" y="${graphBox.y}" width="${graphBox.width}" height="${graphBox.height}" fill="none" stroke="#d5d9e0"/>
${placed(parts.graph, graphBox.x, graphBox.y, graphBox.width, graphBox.height)}
${parts.map ? `<rect x="${sideX}" y="${HEADER_HEIGHT}" width="${SIDE_WIDTH}" height="${mapHeight}" fill="none" stroke="#d5d9e0"/>${placed(parts.map, sideX, HEADER_HEIGHT, SIDE_WIDTH, mapHeight)}` : ''}
${legendSvg(parts.legend, sideX, HEADER_HEIGHT + mapHeight + 36, SIDE_WIDTH)}
<text x="${MARGIN}" y="${EXPORT_HEIGHT - FOOTER_HEIGHT + 14}" class="footer">${escapeXml(parts.sourceLine)}</text>
<text x="${MARGIN}" y="${EXPORT_HEIGHT - FOOTER_HEIGHT + 34}" class="footer">${escapeXml(parts.attribution)}</text>
</svg>`;
}
