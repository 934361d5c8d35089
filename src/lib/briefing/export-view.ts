/**
 * Exports the live view: as a picture, with the presented slide's title and
 * caption when it is one, or as data for other tools. Files are named after the
 * dataset and the slide.
 */
import type { DatasetIndex } from '$lib/dataset/lookup';
import { RELATION_TYPES, STANCES } from '$lib/dataset/schema-values';
import type { DataFormat } from '$lib/export/export-data';
import { exportFileName } from '$lib/export/view-data';
import { visibility, type Visibility } from '$lib/view/filters';
import { decodeView } from '$lib/view/url-state';
import type { Briefing } from './briefing.svelte';
import { describeView } from './describe-view';
import { downloadBlob, MAP_ATTRIBUTION, pictureSvg, svgToPng } from './export-picture';
import type { Slide } from './slide-types';

const GRAPH_SELECTOR = '.workspace svg[aria-label^="Relationship graph"]';

/** What an encoded view lets through its filters. */
function seenIn(index: DatasetIndex, encoded: string): Visibility {
	return visibility(index.dataset, decodeView(encoded, index.dataset).view.filters);
}

/** The slide on screen, if the view is still the one it was opened with. */
function presentedSlide(briefing: Briefing): Slide | undefined {
	const current = briefing.currentView();
	return briefing.slides.find((item) => item.id === briefing.activeSlideId && item.view === current);
}

export async function exportView(index: DatasetIndex, format: 'svg' | 'png', briefing: Briefing): Promise<void> {
	const graphSvg = document.querySelector<SVGSVGElement>(GRAPH_SELECTOR);
	if (!graphSvg) throw new Error('switch to the graph view to export a picture');
	const mapSvg = document.querySelector<SVGSVGElement>('.workspace svg[aria-label^="Map"]');
	const { dataset } = index;
	const current = briefing.currentView();
	const slide = presentedSlide(briefing);
	// The legend explains what the picture shows: the types and stances of the relations drawn in it.
	const drawn = dataset.relations.filter((relation) => seenIn(index, current).relations.has(relation.id));
	const svg = await pictureSvg({
		graphSvg,
		mapSvg: mapSvg && mapSvg.clientWidth > 0 ? mapSvg : null,
		title: slide?.title || dataset.article.title,
		caption: slide?.caption || describeView(index, current),
		sourceLine: `Source: ${dataset.article.publisher}, “${dataset.article.title}”${dataset.article.published ? `, ${dataset.article.published}` : ''}. Made with Threadboard.`,
		attribution: `Map: ${MAP_ATTRIBUTION}`,
		legend: {
			types: RELATION_TYPES.filter((type) => drawn.some((relation) => relation.type === type)),
			stances: STANCES.filter((stance) => drawn.some((relation) => relation.stance === stance))
		}
	});
	const name = exportFileName(dataset.slug, slide?.title);
	if (format === 'svg') downloadBlob(new Blob([svg], { type: 'image/svg+xml' }), `${name}.svg`);
	else downloadBlob(await svgToPng(svg, 2), `${name}.png`);
}

/** Where the graph on screen has each actor (dragged ones where they were dropped), or null in the table view. */
function drawnPositions(): Map<string, { x: number; y: number }> | null {
	const nodes = document.querySelectorAll<SVGGElement>(`${GRAPH_SELECTOR} [data-node-id]`);
	if (nodes.length === 0) return null;
	const positions = new Map<string, { x: number; y: number }>();
	for (const node of nodes) {
		const matrix = node.transform.baseVal.consolidate()?.matrix;
		if (matrix) positions.set(node.dataset.nodeId!, { x: matrix.e, y: matrix.f });
	}
	return positions;
}

export async function exportData(index: DatasetIndex, format: DataFormat, briefing: Briefing): Promise<void> {
	const { dataFile } = await import('$lib/export/export-data');
	const current = briefing.currentView();
	const file = dataFile(format, {
		index,
		seen: seenIn(index, current),
		description: describeView(index, current),
		positions: drawnPositions(),
		baseName: exportFileName(index.dataset.slug, presentedSlide(briefing)?.title)
	});
	downloadBlob(file.blob, file.name);
}
