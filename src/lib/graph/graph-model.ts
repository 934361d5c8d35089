/**
 * Everything the graph draws, derived from the dataset and the user's moves:
 * node positions (laid out once, then moved only by dragging), link curves, and
 * the fit that maps the layout into the visible area.
 */
import type { DatasetIndex } from '$lib/dataset/lookup';
import type { Relation } from '$lib/dataset/schema';
import { linkGeometry, parallelBends, type LinkGeometry, type Point } from './geometry';
import { layoutBounds, type LayoutNode } from './layout-nodes';

export interface Fit {
	k: number;
	x: number;
	y: number;
}

/** Room kept clear at the top for the zoom buttons and the key that float over the graph. */
export const TOP_INSET = 44;
/** Screen pixels the canvas drawer's fit keeps free for names: half a wide two-line name at the sides, two 11 px lines below. */
export const CANVAS_LABEL_ROOM = { side: 56, bottom: 30 } as const;
/**
 * Below this scale the 13-unit labels drop under about 9 px. On a narrow screen the
 * graph is shown at this scale, centred, and panned, rather than shrunk past reading.
 */
export const MIN_READABLE_SCALE = 0.7;

/** Scale and centre the layout's bounds in a viewport below `top`, never enlarging type past `maxScale`. */
export function fitToViewport(
	bounds: { x: number; y: number; width: number; height: number },
	width: number,
	height: number,
	maxScale = 1.8,
	top = TOP_INSET,
	minScale = MIN_READABLE_SCALE
): Fit {
	const usable = Math.max(1, height - top);
	const k = Math.max(minScale, Math.min(Math.max(1, width) / bounds.width, usable / bounds.height, maxScale));
	return {
		k,
		x: (width - bounds.width * k) / 2 - bounds.x * k,
		y: top + (usable - bounds.height * k) / 2 - bounds.y * k
	};
}

/**
 * fitToViewport for these nodes, unless that puts one of them (or its label) under `key`, a
 * box floating over the graph's corner: then the fit keeps clear of the key, below it or
 * beside it, whichever shows the graph larger (a round graph in a wide view loses less
 * beside a tall key than under it), so nothing is hidden.
 */
export function fitClearOf(
	key: ScreenBox | null,
	nodes: readonly LayoutNode[],
	margin: number,
	width: number,
	height: number,
	top = TOP_INSET,
	minScale?: number
): Fit {
	const bounds = layoutBounds(nodes, margin);
	const fit = fitToViewport(bounds, width, height, 1.8, top, minScale);
	if (!key || !nodes.some((node) => overlaps(screenBoxOf(node, fit), key))) return fit;
	const below = fitToViewport(bounds, width, height, 1.8, Math.max(top, key.y + key.height + KEY_GAP), minScale);
	// Beside the key: on its right when it floats on the left half, else on its left.
	const onLeft = key.x + key.width / 2 <= width / 2;
	const left = onLeft ? Math.max(0, key.x + key.width + KEY_GAP) : 0;
	const right = onLeft ? width : Math.min(width, key.x - KEY_GAP);
	if (right - left <= 0) return below;
	const beside = fitToViewport(bounds, right - left, height, 1.8, top, minScale);
	// Equal scales keep the fit below, the one this function gave before it looked beside.
	return beside.k > below.k + 1e-9 ? { ...beside, x: beside.x + left } : below;
}

/**
 * fitClearOf inside a frame that keeps `room` free at the sides and the bottom: for names
 * drawn at screen size under their actors (the canvas drawer's), which a fit of the layout's
 * own boxes, scaled far down, would leave running past the view's edge.
 */
export function fitWithRoom(
	key: ScreenBox | null,
	nodes: readonly LayoutNode[],
	margin: number,
	width: number,
	height: number,
	room: { side: number; bottom: number },
	top = TOP_INSET,
	minScale?: number
): Fit {
	const side = Math.min(room.side, width / 4);
	const bottom = Math.min(room.bottom, height / 4);
	const inner = fitClearOf(key && { ...key, x: key.x - side }, nodes, margin, width - 2 * side, height - bottom, top, minScale);
	return { ...inner, x: inner.x + side };
}

/**
 * The view (a zoom over `fit`, PanZoom's transform) that shows every actor, for the Fit button:
 * none when `fit` already does; otherwise zoomed out past the readable minimum the fitted view
 * keeps, as far as `minZoom` allows, and centred (the fit's own rule, kept clear of `key`).
 */
export function wholeGraphView(
	nodes: readonly LayoutNode[],
	fit: Fit,
	width: number,
	height: number,
	options: { top?: number; margin?: number; key?: ScreenBox | null; minZoom: number }
): Transform {
	const identity = { k: 1, x: 0, y: 0 };
	if (nodes.length === 0 || width <= 0 || height <= 0) return identity;
	const all = fitClearOf(options.key ?? null, nodes, options.margin ?? 16, width, height, options.top, fit.k * options.minZoom);
	if (all.k >= fit.k - 1e-9) return identity;
	// Screen = zoom.k × (fit.k × point + fit.x) + zoom.x, and the same point lands where `all` puts it.
	const k = all.k / fit.k;
	return { k, x: all.x - k * fit.x, y: all.y - k * fit.y };
}

/** Below this width (a phone) the live graph shows every actor at once instead of panning a readable part. */
export const NARROW_GRAPH_WIDTH = 600;
/** On a narrow screen labels are enlarged so they print on screen at no less than this (CSS px)... */
export const MIN_LABEL_PX = 8;
/** ...but never more than this, so neighbouring labels do not run into each other. */
const MAX_LABEL_SCALE = 1.35;

/** The fit of a live or still graph, and how much its labels are enlarged to stay legible. */
export interface GraphFit {
	fit: Fit;
	labelScale: number;
}

/**
 * Fits the layout into the view. A narrow view (a phone) fits the whole width, so no
 * actor is cut off at either side, and enlarges the labels (up to MAX_LABEL_SCALE) to
 * keep them at MIN_LABEL_PX or more; the bounds allow for the enlarged labels. Wider
 * views keep MIN_READABLE_SCALE (or `minScale`) and pan for the rest.
 */
export function fitGraph(
	nodes: Iterable<LayoutNode>,
	width: number,
	height: number,
	options: { top?: number; minScale?: number; labelFontSize: number; margin?: number; avoid?: ScreenBox | null }
): GraphFit {
	const list = [...nodes];
	const margin = options.margin ?? 16;
	const narrow = width > 0 && width < NARROW_GRAPH_WIDTH;
	const minScale = narrow ? 0 : options.minScale;
	const first = fitClearOf(options.avoid ?? null, list, margin, width, height, options.top, minScale);
	if (!narrow || list.length === 0) return { fit: first, labelScale: 1 };
	const wanted = (fit: Fit) => Math.min(MAX_LABEL_SCALE, Math.max(1, MIN_LABEL_PX / (options.labelFontSize * fit.k)));
	let labelScale = wanted(first);
	if (labelScale === 1) return { fit: first, labelScale };
	// The enlarged labels need more room, which shrinks the fit a little: allow for it once more.
	let fit = first;
	for (let round = 0; round < 2; round++) {
		fit = fitToViewport(layoutBounds(list.map((node) => withLabelScale(node, labelScale)), margin), width, height, 1.8, options.top, 0);
		labelScale = wanted(fit);
	}
	return { fit, labelScale };
}

/** A rectangle in the graph view's own pixels (left, top, size). */
export interface ScreenBox {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** Pixels kept between a key floating over the graph and the first actor below it. */
const KEY_GAP = 6;

/** Where a node and its label land in the view under `fit`. */
export function screenBoxOf(node: LayoutNode, fit: Fit): ScreenBox {
	const left = fit.x + (node.x + node.box.left) * fit.k;
	const top = fit.y + (node.y + node.box.top) * fit.k;
	return { x: left, y: top, width: (node.box.right - node.box.left) * fit.k, height: (node.box.bottom - node.box.top) * fit.k };
}

function overlaps(a: ScreenBox, b: ScreenBox): boolean {
	return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** A node's box as its label takes it when enlarged by `scale` (the shape keeps its size). */
function withLabelScale(node: LayoutNode, scale: number): LayoutNode {
	const { box, radius } = node;
	return {
		...node,
		box: { left: box.left * scale, right: box.right * scale, top: box.top, bottom: radius + (box.bottom - radius) * scale }
	};
}

export interface Transform {
	k: number;
	x: number;
	y: number;
}

/**
 * The user's zoom as the layout point at the centre of the view and a scale, not as
 * pixels: the same link frames the same actors in any window and on a projector.
 */
export function zoomStateOf(transform: Transform, fit: Fit, width: number, height: number): Transform | null {
	if (transform.k === 1 && transform.x === 0 && transform.y === 0) return null;
	const screenX = (width / 2 - transform.x) / transform.k;
	const screenY = (height / 2 - transform.y) / transform.k;
	return { k: transform.k, x: (screenX - fit.x) / fit.k, y: (screenY - fit.y) / fit.k };
}

/** The view transform (PanZoom's) that shows `zoom` in a view of this size (the inverse of zoomStateOf). */
export function transformFor(zoom: Transform | null, fit: Fit, width: number, height: number): Transform {
	if (!zoom) return { k: 1, x: 0, y: 0 };
	const centreX = fit.x + fit.k * zoom.x;
	const centreY = fit.y + fit.k * zoom.y;
	return { k: zoom.k, x: width / 2 - zoom.k * centreX, y: height / 2 - zoom.k * centreY };
}

/** Two zooms the same to within rounding (a link keeps a tenth of a layout unit). */
export function sameZoom(a: Transform | null, b: Transform | null): boolean {
	if (a === null || b === null) return a === b;
	return Math.abs(a.k - b.k) <= 0.001 && Math.abs(a.x - b.x) <= 0.1 && Math.abs(a.y - b.y) <= 0.1;
}

/** Whether a layout point is on screen, at least `margin` pixels inside the view. */
export function onScreen(point: { x: number; y: number }, transform: Transform, fit: Fit, width: number, height: number, margin = 40): boolean {
	const x = transform.x + transform.k * (fit.x + fit.k * point.x);
	const y = transform.y + transform.k * (fit.y + fit.k * point.y);
	return x > margin && x < width - margin && y > margin && y < height - margin;
}

export function positionsWithOverrides(
	layout: Map<string, LayoutNode>,
	overrides: Record<string, Point>
): Map<string, Point & { radius: number }> {
	const positions = new Map<string, Point & { radius: number }>();
	for (const [id, node] of layout) {
		const moved = overrides[id];
		positions.set(id, { x: moved?.x ?? node.x, y: moved?.y ?? node.y, radius: node.radius });
	}
	return positions;
}

export function linkGeometries(
	relations: Relation[],
	positions: Map<string, Point & { radius: number }>
): Map<string, LinkGeometry> {
	const bends = parallelBends(relations);
	const geometries = new Map<string, LinkGeometry>();
	for (const relation of relations) {
		const source = positions.get(relation.source);
		const target = positions.get(relation.target);
		if (!source || !target) continue;
		geometries.set(relation.id, linkGeometry(relation, source, target, bends.get(relation.id) ?? 0));
	}
	return geometries;
}

export function relationCounts(index: DatasetIndex): Map<string, number> {
	const counts = new Map<string, number>();
	for (const relation of index.dataset.relations) {
		counts.set(relation.source, (counts.get(relation.source) ?? 0) + 1);
		counts.set(relation.target, (counts.get(relation.target) ?? 0) + 1);
	}
	return counts;
}

export { layoutBounds };
