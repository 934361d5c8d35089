import { describe, expect, it } from 'vitest';
import { CANVAS_LABEL_ROOM, fitClearOf, fitGraph, fitWithRoom, wholeGraphView, MIN_LABEL_PX, MIN_READABLE_SCALE, NARROW_GRAPH_WIDTH, screenBoxOf, TOP_INSET, type ScreenBox } from '../../src/lib/graph/graph-model';
import { indexDataset } from '../../src/lib/dataset/lookup';
import { computeLayout, LABEL_FONT_SIZE, type LayoutNode } from '../../src/lib/graph/layout';
import { loadSeed } from './seed';

const index = indexDataset(loadSeed());
const layout = computeLayout(index.dataset.entities, index.dataset.relations);
const nodes = [...layout.values()];

/** Where each label's box lands on screen, its text enlarged by `scale` (as GraphNode draws it). */
function screenBoxes(fit: { k: number; x: number; y: number }, scale: number, list: LayoutNode[] = nodes) {
	return list.map((node) => ({
		left: fit.x + fit.k * (node.x + node.box.left * scale),
		right: fit.x + fit.k * (node.x + node.box.right * scale)
	}));
}

describe('fitGraph', () => {
	it('on a phone shows every actor across the width, names enlarged to stay legible', () => {
		const { fit, labelScale } = fitGraph(nodes, 390, 420, { labelFontSize: LABEL_FONT_SIZE });
		expect(fit.k).toBeLessThan(MIN_READABLE_SCALE);
		expect(labelScale).toBeGreaterThan(1);
		expect(LABEL_FONT_SIZE * fit.k * labelScale).toBeGreaterThanOrEqual(MIN_LABEL_PX - 0.3);
		for (const box of screenBoxes(fit, labelScale)) {
			expect(box.left).toBeGreaterThanOrEqual(0);
			expect(box.right).toBeLessThanOrEqual(390);
		}
	});

	it('on a wider view keeps the readable minimum scale and labels at their own size', () => {
		const { fit, labelScale } = fitGraph(nodes, NARROW_GRAPH_WIDTH, 400, { labelFontSize: LABEL_FONT_SIZE });
		expect(fit.k).toBe(MIN_READABLE_SCALE);
		expect(labelScale).toBe(1);
	});

	it('a roomy view or a still picture is a plain fit', () => {
		expect(fitGraph(nodes, 1200, 900, { labelFontSize: LABEL_FONT_SIZE }).labelScale).toBe(1);
		const still = fitGraph(nodes, 680, 200, { labelFontSize: LABEL_FONT_SIZE, minScale: 0, top: 8 });
		expect(still.fit.k).toBeLessThan(MIN_READABLE_SCALE);
		expect(still.labelScale).toBe(1);
	});

	it('an empty graph does not break the fit', () => {
		const { fit, labelScale } = fitGraph([], 390, 400, { labelFontSize: LABEL_FONT_SIZE });
		expect(Number.isFinite(fit.k)).toBe(true);
		expect(labelScale).toBe(1);
	});
});

describe('a key floating over the graph', () => {
	const overlaps = (a: ScreenBox, b: ScreenBox) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
	// Roomy enough that the fit is not held at the readable minimum scale (then it could not shrink to clear the key).
	const width = 880;
	const height = 700;
	const plain = fitGraph(nodes, width, height, { labelFontSize: LABEL_FONT_SIZE }).fit;
	// The top-left corner of the view down to the lowest point of the topmost actor: a key that hides it.
	const topmost = nodes.map((node) => screenBoxOf(node, plain)).sort((a, b) => a.y - b.y)[0]!;
	const key: ScreenBox = { x: 8, y: 8, width: topmost.x + topmost.width, height: topmost.y + topmost.height - 8 };

	it('moves the fit below a key that would hide an actor or its name', () => {
		expect(nodes.some((node) => overlaps(screenBoxOf(node, plain), key))).toBe(true);
		const { fit } = fitGraph(nodes, width, height, { labelFontSize: LABEL_FONT_SIZE, avoid: key });
		for (const node of nodes) expect(overlaps(screenBoxOf(node, fit), key), node.id).toBe(false);
		expect(fit.k).toBeLessThanOrEqual(plain.k);
		// Still every actor in view.
		for (const node of nodes) {
			const box = screenBoxOf(node, fit);
			expect(box.y + box.height).toBeLessThanOrEqual(height + 0.001);
			expect(box.x).toBeGreaterThanOrEqual(-0.001);
		}
	});

	it('leaves the fit as it was when the key hides nothing', () => {
		const corner: ScreenBox = { x: width - 20, y: height - 20, width: 12, height: 12 };
		expect(nodes.some((node) => overlaps(screenBoxOf(node, plain), corner))).toBe(false);
		expect(fitGraph(nodes, width, height, { labelFontSize: LABEL_FONT_SIZE, avoid: corner }).fit).toEqual(plain);
		expect(fitGraph(nodes, width, height, { labelFontSize: LABEL_FONT_SIZE, avoid: null }).fit).toEqual(plain);
	});

	it('does the same for the canvas drawer\'s fit (any scale, no readable minimum)', () => {
		const before = fitClearOf(null, nodes, 16, width, height, TOP_INSET, 0.0001);
		const after = fitClearOf(key, nodes, 16, width, height, TOP_INSET, 0.0001);
		expect(nodes.some((node) => overlaps(screenBoxOf(node, before), key))).toBe(true);
		for (const node of nodes) expect(overlaps(screenBoxOf(node, after), key)).toBe(false);
	});
});

describe('a key beside a round graph', () => {
	const overlaps = (a: ScreenBox, b: ScreenBox) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
	// Actors on a disc (a corpus's layout is about as round), one of them in the disc's top-left.
	const disc: LayoutNode[] = Array.from({ length: 120 }, (_, i) => {
		const angle = i * 2.399963;
		const r = 400 * Math.sqrt((i + 0.5) / 120);
		return { id: `a${i}`, x: r * Math.cos(angle), y: r * Math.sin(angle), radius: 6, labelLines: ['Name'], box: { left: -20, right: 20, top: -6, bottom: 24 } };
	});
	const inView = (fit: { k: number; x: number; y: number }, width: number, height: number) =>
		disc.every((node) => {
			const box = screenBoxOf(node, fit);
			return box.x >= -0.001 && box.x + box.width <= width + 0.001 && box.y >= -0.001 && box.y + box.height <= height + 0.001;
		});

	it('in a wide view, fits beside a tall key rather than below it, larger and clear of it', () => {
		const [width, height] = [940, 450];
		const key: ScreenBox = { x: 8, y: 8, width: 360, height: 140 };
		const plain = fitClearOf(null, disc, 16, width, height, TOP_INSET, 0.0001);
		expect(disc.some((node) => overlaps(screenBoxOf(node, plain), key))).toBe(true);
		const below = fitClearOf(null, disc, 16, width, height, key.y + key.height + 6, 0.0001);
		const fit = fitClearOf(key, disc, 16, width, height, TOP_INSET, 0.0001);
		expect(fit.k).toBeGreaterThan(below.k * 1.2);
		expect(Math.min(...disc.map((node) => screenBoxOf(node, fit).x))).toBeGreaterThanOrEqual(key.x + key.width);
		for (const node of disc) expect(overlaps(screenBoxOf(node, fit), key), node.id).toBe(false);
		expect(inView(fit, width, height)).toBe(true);
	});

	it('in a tall view, still fits below the key', () => {
		const [width, height] = [500, 600];
		const key: ScreenBox = { x: 8, y: 8, width: 200, height: 140 };
		expect(disc.some((node) => overlaps(screenBoxOf(node, fitClearOf(null, disc, 16, width, height, TOP_INSET, 0.0001)), key))).toBe(true);
		const fit = fitClearOf(key, disc, 16, width, height, TOP_INSET, 0.0001);
		const below = fitClearOf(null, disc, 16, width, height, key.y + key.height + 6, 0.0001);
		expect(fit).toEqual(below);
		for (const node of disc) expect(overlaps(screenBoxOf(node, fit), key), node.id).toBe(false);
		expect(inView(fit, width, height)).toBe(true);
	});

	it('a key on the right keeps the graph to its left', () => {
		const [width, height] = [940, 450];
		const key: ScreenBox = { x: width - 368, y: 8, width: 360, height: 140 };
		expect(disc.some((node) => overlaps(screenBoxOf(node, fitClearOf(null, disc, 16, width, height, TOP_INSET, 0.0001)), key))).toBe(true);
		const fit = fitClearOf(key, disc, 16, width, height, TOP_INSET, 0.0001);
		for (const node of disc) expect(overlaps(screenBoxOf(node, fit), key), node.id).toBe(false);
		expect(inView(fit, width, height)).toBe(true);
		expect(Math.max(...disc.map((node) => screenBoxOf(node, fit)).map((box) => box.x + box.width))).toBeLessThanOrEqual(key.x);
	});
});

describe('the canvas drawer\'s fit', () => {
	it('keeps room at the sides and the bottom for names drawn at screen size', () => {
		for (const [width, height] of [[880, 500], [1400, 700], [600, 900]] as const) {
			const fit = fitWithRoom(null, nodes, 16, width, height, CANVAS_LABEL_ROOM, TOP_INSET, 0.0001);
			for (const node of nodes) {
				const box = screenBoxOf(node, fit);
				expect(box.x).toBeGreaterThanOrEqual(CANVAS_LABEL_ROOM.side - 0.001);
				expect(box.x + box.width).toBeLessThanOrEqual(width - CANVAS_LABEL_ROOM.side + 0.001);
				expect(box.y + box.height).toBeLessThanOrEqual(height - CANVAS_LABEL_ROOM.bottom + 0.001);
				expect(box.y).toBeGreaterThanOrEqual(TOP_INSET - 0.001);
			}
		}
	});

	it('still keeps actors from under a key, in the view\'s own pixels', () => {
		const width = 880;
		const height = 700;
		const plain = fitWithRoom(null, nodes, 16, width, height, CANVAS_LABEL_ROOM, TOP_INSET, 0.0001);
		const topmost = nodes.map((node) => screenBoxOf(node, plain)).sort((a, b) => a.y - b.y)[0]!;
		const key: ScreenBox = { x: 8, y: 8, width: topmost.x + topmost.width, height: topmost.y + topmost.height - 8 };
		const fit = fitWithRoom(key, nodes, 16, width, height, CANVAS_LABEL_ROOM, TOP_INSET, 0.0001);
		const clear = (a: ScreenBox, b: ScreenBox) => !(a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height);
		expect(clear(screenBoxOf(nodes.find((node) => screenBoxOf(node, plain).y === topmost.y)!, plain), key)).toBe(false);
		for (const node of nodes) expect(clear(screenBoxOf(node, fit), key)).toBe(true);
	});

	it('a frame too small for the room gives up only part of itself', () => {
		const fit = fitWithRoom(null, nodes, 16, 100, 80, CANVAS_LABEL_ROOM, 0, 0.0001);
		expect(fit.k).toBeGreaterThan(0);
		expect(Number.isFinite(fit.x) && Number.isFinite(fit.y)).toBe(true);
	});
});

describe('the Fit button\'s view', () => {
	const shown = (fit: { k: number; x: number; y: number }, zoom: { k: number; x: number; y: number }, node: LayoutNode) => {
		const box = screenBoxOf(node, fit);
		return { left: zoom.k * box.x + zoom.x, top: zoom.k * box.y + zoom.y, right: zoom.k * (box.x + box.width) + zoom.x, bottom: zoom.k * (box.y + box.height) + zoom.y };
	};

	it('is the fitted view itself when that shows every actor', () => {
		const { fit } = fitGraph(nodes, 1200, 900, { labelFontSize: LABEL_FONT_SIZE });
		expect(wholeGraphView(nodes, fit, 1200, 900, { minZoom: 0.3 })).toEqual({ k: 1, x: 0, y: 0 });
	});

	it('zooms out past the readable minimum, to show every actor, when the fitted view keeps that minimum and crops', () => {
		const [width, height] = [700, 360];
		const { fit } = fitGraph(nodes, width, height, { labelFontSize: LABEL_FONT_SIZE });
		expect(fit.k).toBe(MIN_READABLE_SCALE);
		const cropped = nodes.some((node) => {
			const box = shown(fit, { k: 1, x: 0, y: 0 }, node);
			return box.left < 0 || box.right > width || box.top < 0 || box.bottom > height;
		});
		expect(cropped).toBe(true);
		const zoom = wholeGraphView(nodes, fit, width, height, { minZoom: 0.3 });
		expect(zoom.k).toBeLessThan(1);
		for (const node of nodes) {
			const box = shown(fit, zoom, node);
			expect(box.left, node.id).toBeGreaterThanOrEqual(-0.001);
			expect(box.right, node.id).toBeLessThanOrEqual(width + 0.001);
			expect(box.top, node.id).toBeGreaterThanOrEqual(TOP_INSET - 0.001);
			expect(box.bottom, node.id).toBeLessThanOrEqual(height + 0.001);
		}
	});

	it('zooms out no further than the view allows, centred', () => {
		const [width, height] = [640, 120];
		const { fit } = fitGraph(nodes, width, height, { labelFontSize: LABEL_FONT_SIZE });
		const zoom = wholeGraphView(nodes, fit, width, height, { minZoom: 0.9 });
		expect(zoom.k).toBeCloseTo(0.9, 9);
		const boxes = nodes.map((node) => shown(fit, zoom, node));
		const middle = (Math.min(...boxes.map((box) => box.left)) + Math.max(...boxes.map((box) => box.right))) / 2;
		expect(Math.abs(middle - width / 2)).toBeLessThan(1);
	});
});
