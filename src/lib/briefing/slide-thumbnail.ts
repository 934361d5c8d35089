/**
 * A slide's miniature: the actors and links its view shows, where the live graph
 * puts them (the same settled layout and the same zoom), drawn as dots and
 * straight lines. Cheap enough to draw for every slide in the list.
 */
import type { DatasetIndex } from '$lib/dataset/lookup';
import { fitToViewport, layoutBounds, transformFor } from '$lib/graph/graph-model';
import type { LayoutNode } from '$lib/graph/layout-nodes';
import { ENTITY_STYLES, RELATION_COLOURS } from '$lib/model/vocabulary';
import type { ViewSnapshot } from '$lib/view/url-state';
import { viewModel } from '$lib/view/view-model';

export interface ThumbnailLink {
	id: string;
	x1: number;
	y1: number;
	x2: number;
	y2: number;
	colour: string;
	/** Not what the slide brings forward: drawn faint. */
	dimmed: boolean;
}

export interface ThumbnailNode {
	id: string;
	x: number;
	y: number;
	r: number;
	fill: string;
	dimmed: boolean;
	selected: boolean;
}

export interface ThumbnailPicture {
	links: ThumbnailLink[];
	nodes: ThumbnailNode[];
}

/** Nodes shrink with the picture but stay visible dots. */
const MIN_RADIUS = 1.6;

export function thumbnailPicture(
	index: DatasetIndex,
	view: ViewSnapshot,
	layout: ReadonlyMap<string, Pick<LayoutNode, 'x' | 'y' | 'radius' | 'box'>>,
	width: number,
	height: number
): ThumbnailPicture {
	const model = viewModel(index, view.filters, view.selection);
	// As the still pictures: the whole layout fitted with no room kept for buttons, then the slide's zoom.
	const fit = fitToViewport(layoutBounds(layout.values() as Iterable<LayoutNode>, 16), width, height, 1.8, 0, 0);
	const zoom = transformFor(view.graphZoom, fit, width, height);
	const scale = fit.k * zoom.k;
	const place = (point: { x: number; y: number }) => ({
		x: zoom.x + zoom.k * (fit.x + fit.k * point.x),
		y: zoom.y + zoom.k * (fit.y + fit.k * point.y)
	});
	const round = (value: number) => Math.round(value * 10) / 10;

	const links: ThumbnailLink[] = [];
	for (const relation of index.dataset.relations) {
		if (!model.seen.relations.has(relation.id)) continue;
		const source = layout.get(relation.source);
		const target = layout.get(relation.target);
		if (!source || !target) continue;
		const from = place(source);
		const to = place(target);
		links.push({
			id: relation.id,
			x1: round(from.x),
			y1: round(from.y),
			x2: round(to.x),
			y2: round(to.y),
			colour: RELATION_COLOURS[relation.type],
			dimmed: model.emphasis !== null && !model.emphasis.relations.has(relation.id)
		});
	}

	const nodes: ThumbnailNode[] = [];
	for (const entity of index.dataset.entities) {
		const node = layout.get(entity.id);
		if (!node) continue;
		const at = place(node);
		nodes.push({
			id: entity.id,
			x: round(at.x),
			y: round(at.y),
			r: round(Math.max(MIN_RADIUS, node.radius * scale)),
			fill: ENTITY_STYLES[entity.kind].fill,
			dimmed: model.fadedEntityIds.has(entity.id) || (model.emphasis !== null && !model.emphasis.entities.has(entity.id)),
			selected: view.selection?.kind === 'entity' && view.selection.id === entity.id
		});
	}
	return { links, nodes };
}
