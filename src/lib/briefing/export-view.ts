/** Exports the live view as a picture, with the active slide's caption when it is one. */
import type { DatasetIndex } from '$lib/dataset/lookup';
import { RELATION_TYPES, STANCES } from '$lib/dataset/schema';
import type { Briefing } from './briefing.svelte';
import { describeView } from './describe-view';
import { downloadBlob, MAP_ATTRIBUTION, pictureSvg, svgToPng } from './export-picture';

export async function exportView(index: DatasetIndex, format: 'svg' | 'png', briefing: Briefing): Promise<void> {
	const graphSvg = document.querySelector<SVGSVGElement>('.workspace svg[aria-label^="Relationship graph"]');
	if (!graphSvg) throw new Error('switch to the graph view to export a picture');
	const mapSvg = document.querySelector<SVGSVGElement>('.workspace svg[aria-label^="Map"]');
	const { dataset } = index;
	const current = briefing.currentView();
	const slide = briefing.deck.slides.find((item) => item.id === briefing.activeSlideId && item.view === current);
	const visibleTypes = RELATION_TYPES.filter((type) => dataset.relations.some((relation) => relation.type === type));
	const svg = await pictureSvg({
		graphSvg,
		mapSvg: mapSvg && mapSvg.clientWidth > 0 ? mapSvg : null,
		title: slide?.title || dataset.article.title,
		caption: slide?.caption || describeView(index, current),
		sourceLine: `Source: ${dataset.article.publisher}, “${dataset.article.title}”${dataset.article.published ? `, ${dataset.article.published}` : ''}. Made with Threadboard.`,
		attribution: `Map: ${MAP_ATTRIBUTION}`,
		legend: { types: visibleTypes, stances: STANCES.filter((stance) => dataset.relations.some((relation) => relation.stance === stance)) }
	});
	const name = `${dataset.slug}-view`;
	if (format === 'svg') downloadBlob(new Blob([svg], { type: 'image/svg+xml' }), `${name}.svg`);
	else downloadBlob(await svgToPng(svg, 2), `${name}.png`);
}
