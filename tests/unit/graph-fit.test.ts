import { describe, expect, it } from 'vitest';
import { fitGraph, MIN_LABEL_PX, MIN_READABLE_SCALE, NARROW_GRAPH_WIDTH } from '../../src/lib/graph/graph-model';
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
