/**
 * The canvas graph's drawing: one scene built when the layout or the filters change
 * (actors with their colour and shape, links with their curves as Path2D, a hit
 * tester), then drawn for each view in a few batched strokes and fills, so a frame
 * costs about the same at 300 actors as at 5,000. The batched links are kept from frame
 * to frame (they are in layout units; the view is only a transform), and while an actor
 * is dragged only its own links are batched again.
 */
import type { Entity, Relation } from '$lib/dataset/schema';
import type { Emphasis } from '$lib/view/emphasis';
import { linkGeometry, type LinkGeometry, type Point } from './geometry';
import { HitTester } from './hit-test';
import { estimateTextWidth, LABEL_FONT_SIZE, LABEL_LINE_HEIGHT, type LayoutNode } from './layout-nodes';
import { labelPriority, placeLabels, type LabelCandidate } from './label-placement';
import { ENTITY_STYLES, RELATION_COLOURS, shapePath, STANCE_STYLES, type NodeShape } from '$lib/model/vocabulary';

export interface SceneNode extends Point {
	id: string;
	radius: number;
	fill: string;
	shape: NodeShape;
	lines: string[];
	relationCount: number;
}

export interface SceneLink {
	id: string;
	relation: Relation;
	geometry: LinkGeometry;
}

export interface CanvasScene {
	nodes: SceneNode[];
	links: SceneLink[];
	hit: HitTester;
	/** Each actor's node and the links drawn to or from it, so a drag touches only those. */
	byId: Map<string, SceneNode>;
	linksOf: Map<string, SceneLink[]>;
	linkById: Map<string, SceneLink>;
	/** Counts moveActor's changes, so kept link batches know when they are out of date. */
	version: number;
	/** The link batches of the last frame and what they were made for. */
	batches: { emphasis: Emphasis | null; detail: boolean; moving: string | null; version: number; list: LinkBatch[] } | null;
	/** While an actor is dragged the view stands still: the other links drawn once, as a picture. */
	layer: { canvas: OffscreenCanvas; list: LinkBatch[]; view: string } | null;
}

export interface LinkBatch {
	/** How its links are drawn: type, stance and dimness. */
	key: string;
	links: SceneLink[];
	path: Path2D;
	arrows: Path2D;
	relation: Relation;
	dimmed: boolean;
}

/** Layout units to screen pixels: screen = offset + scale × layout. */
export interface ScreenTransform {
	scale: number;
	x: number;
	y: number;
}

/** The one transform the canvas draws with: the user's zoom applied over the fit. */
export function screenTransform(zoom: { k: number; x: number; y: number }, fit: { k: number; x: number; y: number }): ScreenTransform {
	return { scale: zoom.k * fit.k, x: zoom.x + zoom.k * fit.x, y: zoom.y + zoom.k * fit.y };
}

/** A point on the canvas (pixels from its corner) in layout units. */
export function toLayoutPoint(view: ScreenTransform, x: number, y: number): Point {
	return { x: (x - view.x) / view.scale, y: (y - view.y) / view.scale };
}

/** How far from an actor or a link a pointer still hits it, in layout units: a few pixels, however far out. */
export function hitSlack(view: ScreenTransform, pixels = 6): number {
	return pixels / view.scale;
}

export function buildScene(
	entities: readonly Entity[],
	layout: Map<string, LayoutNode>,
	positions: Map<string, Point & { radius: number }>,
	relations: readonly Relation[],
	geometries: Map<string, LinkGeometry>,
	counts: Map<string, number>,
	/** The smallest screen scale the view allows: the hit tester is built to give a few pixels of slack there. */
	smallestScale = 1
): CanvasScene {
	const nodes: SceneNode[] = [];
	for (const entity of entities) {
		const position = positions.get(entity.id);
		const node = layout.get(entity.id);
		if (!position || !node) continue;
		const style = ENTITY_STYLES[entity.kind];
		nodes.push({ id: entity.id, x: position.x, y: position.y, radius: node.radius, fill: style.fill, shape: style.shape, lines: node.labelLines, relationCount: counts.get(entity.id) ?? 0 });
	}
	const links: SceneLink[] = [];
	for (const relation of relations) {
		const geometry = geometries.get(relation.id);
		if (geometry) links.push({ id: relation.id, relation, geometry });
	}
	const polylines = links.map(({ id, relation, geometry }) => {
		const source = positions.get(relation.source)!;
		const target = positions.get(relation.target)!;
		return { id, points: geometry.bend === 0 ? [source, target] : [source, geometry.middle, target] };
	});
	const byId = new Map(nodes.map((node) => [node.id, node]));
	const linksOf = new Map<string, SceneLink[]>();
	for (const link of links)
		for (const end of new Set([link.relation.source, link.relation.target])) {
			const list = linksOf.get(end);
			if (list) list.push(link);
			else linksOf.set(end, [link]);
		}
	const linkById = new Map(links.map((link) => [link.id, link]));
	return { nodes, links, hit: new HitTester(nodes, polylines, Math.max(40, hitSlack({ scale: smallestScale, x: 0, y: 0 }))), byId, linksOf, linkById, version: 0, batches: null, layer: null };
}

function polylineOf(link: SceneLink, byId: Map<string, SceneNode>): { id: string; points: Point[] } {
	const source = byId.get(link.relation.source)!;
	const target = byId.get(link.relation.target)!;
	return { id: link.id, points: link.geometry.bend === 0 ? [source, target] : [source, link.geometry.middle, target] };
}

/**
 * Moves one actor to `point` (layout units), in place: its links follow (same bends,
 * new curves) and the hit tester is refiled for it and them alone, so a drag costs
 * the actor's few links per pointer move, not the whole graph. Returns false for an
 * actor the scene does not draw.
 */
export function moveActor(scene: CanvasScene, id: string, point: Point): boolean {
	const node = scene.byId.get(id);
	if (!node) return false;
	node.x = point.x;
	node.y = point.y;
	scene.version++;
	scene.hit.moveNode(node);
	for (const link of scene.linksOf.get(id) ?? []) {
		const source = scene.byId.get(link.relation.source);
		const target = scene.byId.get(link.relation.target);
		if (!source || !target) continue;
		link.geometry = linkGeometry(link.relation, source, target, link.geometry.bend);
		scene.hit.moveLink(polylineOf(link, scene.byId));
	}
	return true;
}

export interface DrawState {
	selectedEntity: string | null;
	selectedRelation: string | null;
	emphasis: Emphasis | null;
	faded: Set<string>;
	/** The actor being dragged: its links are batched every frame, the others kept. */
	moving?: string | null;
	/** The actor the keyboard is on, ringed when the canvas has focus. */
	focusId: string | null;
	/** Colours read from the page's CSS. */
	colours: { text: string; accent: string; accentSoft: string; focus: string; halo: string };
	font: string;
}

const pathCache = new Map<string, Path2D>();
function cachedPath(key: string, make: () => string): Path2D {
	let path = pathCache.get(key);
	if (!path) {
		path = new Path2D(make());
		if (pathCache.size > 20_000) pathCache.clear();
		pathCache.set(key, path);
	}
	return path;
}

function isDimmed(link: SceneLink, emphasis: Emphasis | null): boolean {
	return emphasis !== null && !emphasis.relations.has(link.id);
}

function batchKey(link: SceneLink, emphasis: Emphasis | null): string {
	return `${link.relation.type}|${link.relation.stance}|${isDimmed(link, emphasis)}`;
}

/** One batch: its links' curves (and, in detail, arrows) parsed as one path each. */
function makeBatch(key: string, links: SceneLink[], relation: Relation, dimmed: boolean, detail: boolean): LinkBatch {
	const paths = links.map((link) => link.geometry.path);
	const arrows = detail ? links.flatMap((link) => (link.geometry.arrow ? [link.geometry.arrow] : [])) : [];
	return { key, links, path: new Path2D(paths.join(' ')), arrows: new Path2D(arrows.join(' ')), relation, dimmed };
}

/** Links by how they are drawn (batchKey), in the order each way is first met. */
function groupByLook(links: Iterable<SceneLink>, emphasis: Emphasis | null): Map<string, SceneLink[]> {
	const groups = new Map<string, SceneLink[]>();
	for (const link of links) {
		const key = batchKey(link, emphasis);
		const group = groups.get(key);
		if (group) group.push(link);
		else groups.set(key, [link]);
	}
	return groups;
}

/** A batch of links that are all drawn the same way. */
function batchOf(key: string, links: SceneLink[], emphasis: Emphasis | null, detail: boolean): LinkBatch {
	return makeBatch(key, links, links[0]!.relation, isDimmed(links[0]!, emphasis), detail);
}

/** Links grouped by how they are drawn, each group's curves parsed as one path. */
function batchLinks(links: Iterable<SceneLink>, emphasis: Emphasis | null, detail: boolean): LinkBatch[] {
	return [...groupByLook(links, emphasis)].map(([key, group]) => batchOf(key, group, emphasis, detail));
}

/**
 * The batches with one actor's links taken out (a drag starts) or put back (it ends): only
 * the batches that hold them are made again, in their places; the others are kept as they
 * are. A batch left with no links stays, empty, so putting the links back keeps the order.
 */
function swapActorLinks(batches: LinkBatch[], actorLinks: readonly SceneLink[], takeOut: boolean, emphasis: Emphasis | null, detail: boolean): LinkBatch[] {
	const mine = new Set(actorLinks);
	const byKey = groupByLook(actorLinks, emphasis);
	const swapped = batches.map((batch) => {
		const own = byKey.get(batch.key);
		if (!own) return batch;
		byKey.delete(batch.key);
		const links = [...batch.links.filter((link) => !mine.has(link)), ...(takeOut ? [] : own)];
		return makeBatch(batch.key, links, batch.relation, batch.dimmed, detail);
	});
	// A way of drawing only this actor's links had, not among the batches yet.
	if (!takeOut) for (const [key, own] of byKey) swapped.push(batchOf(key, own, emphasis, detail));
	return swapped;
}

/**
 * The batches of every link but the dragged actor's, made again only when the emphasis,
 * the level of detail, the dragged actor or (outside a drag) the scene has changed. When a
 * drag starts or ends, only the batches holding the dragged actor's links are made again:
 * nothing else has moved since the last frame.
 * Exported for tests.
 */
export function keptBatches(scene: CanvasScene, emphasis: Emphasis | null, detail: boolean, moving: string | null): LinkBatch[] {
	const kept = scene.batches;
	if (kept && kept.emphasis === emphasis && kept.detail === detail && kept.moving === moving && (moving !== null || kept.version === scene.version)) return kept.list;
	const sameLook = kept !== null && kept.emphasis === emphasis && kept.detail === detail;
	const swapping = sameLook && (kept.moving === null) !== (moving === null) ? (moving ?? kept.moving) : null;
	let list: LinkBatch[];
	if (swapping !== null) list = swapActorLinks(kept!.list, scene.linksOf.get(swapping) ?? [], moving !== null, emphasis, detail);
	else {
		const skip = new Set(moving ? (scene.linksOf.get(moving) ?? []) : []);
		list = batchLinks(
			scene.links.filter((link) => !skip.has(link)),
			emphasis,
			detail
		);
	}
	scene.batches = { emphasis, detail, moving, version: scene.version, list };
	return list;
}

/**
 * The links an emphasis brings forward, drawn again at full strength over the faded kept
 * batches; the dragged actor's are left out (they are drawn on their own). Exported for tests.
 */
export function emphasisedLinks(scene: Pick<CanvasScene, 'linkById' | 'linksOf'>, emphasis: Emphasis | null, moving: string | null): SceneLink[] {
	if (!emphasis) return [];
	const skip = new Set(moving ? (scene.linksOf.get(moving) ?? []) : []);
	const links: SceneLink[] = [];
	for (const id of emphasis.relations) {
		const link = scene.linkById.get(id);
		if (link && !skip.has(link)) links.push(link);
	}
	return links;
}

/** `fadeAll`: every batch drawn faded, as the links an emphasis leaves out are. */
function strokeBatches(ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D, batches: LinkBatch[], scale: number, detail: boolean, fadeAll = false): void {
	for (const { path, arrows, relation, dimmed } of [...batches].sort((a, b) => Number(b.dimmed) - Number(a.dimmed))) {
		const stance = STANCE_STYLES[relation.stance];
		ctx.globalAlpha = stance.opacity * (dimmed || fadeAll ? 0.12 : 1);
		ctx.strokeStyle = ctx.fillStyle = RELATION_COLOURS[relation.type];
		ctx.lineWidth = Math.max(stance.width, MIN_LINE_PX / scale);
		ctx.setLineDash(detail && stance.dash ? stance.dash.split(' ').map(Number) : []);
		ctx.stroke(path);
		if (detail) ctx.fill(arrows);
	}
	ctx.setLineDash([]);
	ctx.globalAlpha = 1;
}

/** The kept links drawn for this view into a picture of the canvas's size, made again only when either changes. */
function keptLayer(scene: CanvasScene, list: LinkBatch[], view: ScreenTransform, width: number, height: number, ratio: number, detail: boolean, fadeAll: boolean): OffscreenCanvas {
	const key = `${view.scale} ${view.x} ${view.y} ${width} ${height} ${ratio} ${fadeAll}`;
	if (scene.layer && scene.layer.list === list && scene.layer.view === key) return scene.layer.canvas;
	const canvas = new OffscreenCanvas(Math.round(width * ratio), Math.round(height * ratio));
	const ctx = canvas.getContext('2d')!;
	ctx.setTransform(ratio * view.scale, 0, 0, ratio * view.scale, ratio * view.x, ratio * view.y);
	ctx.lineCap = 'round';
	strokeBatches(ctx, list, view.scale, detail, fadeAll);
	scene.layer = { canvas, list, view: key };
	return canvas;
}

/**
 * Canvas pixels per CSS pixel for a frame. On a high-density screen (2×) a large graph has four
 * times the pixels to fill; while the view moves, frames are drawn at one canvas pixel per CSS
 * pixel, and sharp again when it stops (5,000 actors panned at 2×: 39 frames a second, 60 at 1×).
 */
export function drawingRatio(devicePixelRatio: number, viewMoving: boolean): number {
	return viewMoving ? Math.min(devicePixelRatio, 1) : devicePixelRatio;
}

/** Lines and shapes keep at least this many pixels on screen, however far out the view is. */
const MIN_LINE_PX = 0.6;
const MIN_RADIUS_PX = 2;
/** Shapes, dashes and arrows are drawn from this screen scale; further out, discs and plain lines. */
const DETAIL_SCALE = 0.35;

const lineWidths = new WeakMap<SceneNode, number>();
/** A name's widest line at the layout's font size, measured once per actor. */
function widestLine(node: SceneNode): number {
	let width = lineWidths.get(node);
	if (width === undefined) lineWidths.set(node, (width = Math.max(...node.lines.map(estimateTextWidth))));
	return width;
}

export function drawScene(ctx: CanvasRenderingContext2D, scene: CanvasScene, view: ScreenTransform, width: number, height: number, ratio: number, state: DrawState): string[] {
	const { scale } = view;
	ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
	ctx.clearRect(0, 0, width, height);
	ctx.setTransform(ratio * scale, 0, 0, ratio * scale, ratio * view.x, ratio * view.y);
	const detail = scale >= DETAIL_SCALE;
	const emphasis = state.emphasis;

	// Links: one stroke per colour and stance. The kept batches do not depend on the emphasis: a hover
	// or a selection draws them all faded, then its own links again on top, so it parses a handful of
	// curves instead of every link's (at 5,000 actors a hover's frame took 25–70 ms).
	const moving = state.moving ?? null;
	const movingLinks = moving ? (scene.linksOf.get(moving) ?? []) : [];
	const kept = keptBatches(scene, null, detail, moving);
	const fadeAll = emphasis !== null;
	ctx.lineCap = 'round';
	if (moving && typeof OffscreenCanvas !== 'undefined') {
		ctx.setTransform(1, 0, 0, 1, 0, 0);
		ctx.globalAlpha = 1;
		ctx.drawImage(keptLayer(scene, kept, view, width, height, ratio, detail, fadeAll), 0, 0);
		ctx.setTransform(ratio * scale, 0, 0, ratio * scale, ratio * view.x, ratio * view.y);
		strokeBatches(ctx, batchLinks(movingLinks, emphasis, detail), scale, detail);
	} else {
		strokeBatches(ctx, kept, scale, detail, fadeAll);
		strokeBatches(ctx, batchLinks(movingLinks, emphasis, detail), scale, detail);
	}
	strokeBatches(ctx, batchLinks(emphasisedLinks(scene, emphasis, moving), null, detail), scale, detail);
	ctx.setLineDash([]);
	const selectedLink = state.selectedRelation ? scene.linkById.get(state.selectedRelation) : undefined;
	if (selectedLink) {
		ctx.globalAlpha = 1;
		ctx.strokeStyle = state.colours.accent;
		ctx.lineWidth = Math.max(STANCE_STYLES[selectedLink.relation.stance].width + 1.5, 2 / scale);
		ctx.stroke(cachedPath(`l${selectedLink.id}|${selectedLink.geometry.path}`, () => selectedLink.geometry.path));
	}

	// Actors: discs batched by colour far out; their shapes close in, for those on screen.
	const left = -view.x / scale;
	const top = -view.y / scale;
	const right = left + width / scale;
	const bottom = top + height / scale;
	const onScreen = scene.nodes.filter((node) => node.x + 30 > left && node.x - 30 < right && node.y + 30 > top && node.y - 30 < bottom);
	const dimmedNode = (node: SceneNode) => state.faded.has(node.id) || (emphasis !== null && !emphasis.entities.has(node.id));
	const selected = onScreen.find((node) => node.id === state.selectedEntity);
	if (selected) {
		ctx.globalAlpha = 1;
		ctx.fillStyle = state.colours.accentSoft;
		ctx.strokeStyle = state.colours.accent;
		ctx.lineWidth = 2 / Math.max(scale, 0.25);
		ctx.beginPath();
		ctx.arc(selected.x, selected.y, Math.max(selected.radius + 7, (MIN_RADIUS_PX + 6) / scale), 0, 2 * Math.PI);
		ctx.fill();
		ctx.stroke();
	}
	for (const dim of [true, false]) {
		ctx.globalAlpha = dim ? 0.22 : 1;
		if (!detail) {
			const byFill = new Map<string, Path2D>();
			for (const node of onScreen) {
				if (dimmedNode(node) !== dim) continue;
				let path = byFill.get(node.fill);
				if (!path) byFill.set(node.fill, (path = new Path2D()));
				const radius = Math.max(node.radius, MIN_RADIUS_PX / scale);
				path.moveTo(node.x + radius, node.y);
				path.arc(node.x, node.y, radius, 0, 2 * Math.PI);
			}
			for (const [fill, path] of byFill) {
				ctx.fillStyle = fill;
				ctx.fill(path);
			}
			continue;
		}
		ctx.strokeStyle = '#fff';
		for (const node of onScreen) {
			if (dimmedNode(node) !== dim) continue;
			const shape = cachedPath(`${node.shape}|${node.radius}`, () => shapePath(node.shape, node.radius));
			ctx.setTransform(ratio * scale, 0, 0, ratio * scale, ratio * (view.x + scale * node.x), ratio * (view.y + scale * node.y));
			ctx.fillStyle = node.fill;
			ctx.fill(shape);
			ctx.lineWidth = node.id === state.selectedEntity ? 3 : 2;
			ctx.strokeStyle = node.id === state.selectedEntity ? '#111827' : '#fff';
			ctx.stroke(shape);
		}
		ctx.setTransform(ratio * scale, 0, 0, ratio * scale, ratio * view.x, ratio * view.y);
	}

	// Labels and the focus ring in screen pixels, so type stays readable at any zoom.
	ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
	ctx.globalAlpha = 1;
	const focused = state.focusId ? scene.nodes.find((node) => node.id === state.focusId) : undefined;
	if (focused) {
		ctx.strokeStyle = state.colours.focus;
		ctx.lineWidth = 3;
		ctx.setLineDash([4, 3]);
		ctx.beginPath();
		ctx.arc(view.x + scale * focused.x, view.y + scale * focused.y, Math.max(focused.radius * scale, MIN_RADIUS_PX) + 5, 0, 2 * Math.PI);
		ctx.stroke();
		ctx.setLineDash([]);
	}
	const fontSize = Math.max(11, Math.min(16, LABEL_FONT_SIZE * scale));
	const lineHeight = (fontSize * LABEL_LINE_HEIGHT) / LABEL_FONT_SIZE;
	const targets = new Set([state.selectedEntity, state.focusId].filter((id): id is string => id !== null));
	const candidates: LabelCandidate[] = onScreen.map((node) => {
		const textWidth = (widestLine(node) * fontSize) / LABEL_FONT_SIZE;
		const state = targets.has(node.id) ? 'target' : emphasis?.entities.has(node.id) ? 'neighbour' : 'other';
		return {
			id: node.id,
			left: view.x + scale * node.x - textWidth / 2,
			top: view.y + scale * node.y + Math.max(node.radius * scale, MIN_RADIUS_PX) + 2,
			width: textWidth,
			height: node.lines.length * lineHeight,
			priority: labelPriority(node.relationCount, state) - (dimmedNode(node) ? 1_500_000 : 0)
		};
	});
	const labelled = placeLabels(candidates, width, height);
	const byId = new Map(onScreen.map((node) => [node.id, node]));
	ctx.font = `600 ${fontSize}px ${state.font}`;
	ctx.textAlign = 'center';
	ctx.textBaseline = 'top';
	ctx.lineJoin = 'round';
	ctx.lineWidth = 4;
	for (const id of labelled) {
		const node = byId.get(id)!;
		ctx.globalAlpha = dimmedNode(node) ? 0.35 : 1;
		const x = view.x + scale * node.x;
		let y = view.y + scale * node.y + Math.max(node.radius * scale, MIN_RADIUS_PX) + 2;
		for (const line of node.lines) {
			ctx.strokeStyle = 'rgba(255, 255, 255, 0.92)';
			ctx.strokeText(line, x, y);
			ctx.fillStyle = state.colours.text;
			ctx.fillText(line, x, y);
			y += lineHeight;
		}
	}
	ctx.globalAlpha = 1;
	return labelled;
}
