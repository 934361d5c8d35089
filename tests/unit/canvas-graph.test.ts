import { describe, expect, it } from 'vitest';
import { CANVAS_THRESHOLD, chooseRenderer, SVG_ELEMENT_BUDGET } from '../../src/lib/graph/renderer';
import { HitTester } from '../../src/lib/graph/hit-test';
import { labelPriority, placeLabels, type LabelCandidate } from '../../src/lib/graph/label-placement';
import { drawingRatio, hitSlack, screenTransform, toLayoutPoint } from '../../src/lib/graph/canvas-scene';

describe('chooseRenderer', () => {
	const graph = (actors: number, relations = 2 * actors) => ({ actors, relations });

	it('draws small graphs as SVG and large ones on the canvas', () => {
		expect(chooseRenderer(graph(17, 25))).toBe('svg');
		expect(chooseRenderer(graph(CANVAS_THRESHOLD))).toBe('svg');
		expect(chooseRenderer(graph(CANVAS_THRESHOLD + 1))).toBe('canvas');
		expect(chooseRenderer(graph(5000))).toBe('canvas');
	});

	it('counts the elements relations add: a dense graph goes to the canvas with fewer actors, a sparse one never stays SVG past the threshold', () => {
		// 150 actors need 900 elements; the budget leaves room for (6,600 − 900) / 8 = 712 relations.
		expect(SVG_ELEMENT_BUDGET).toBe(6_600);
		expect(chooseRenderer(graph(150, 712))).toBe('svg');
		expect(chooseRenderer(graph(150, 713))).toBe('canvas');
		expect(chooseRenderer(graph(20, 1_000))).toBe('canvas');
		expect(chooseRenderer(graph(CANVAS_THRESHOLD + 1, 0))).toBe('canvas');
	});

	it('keeps still pictures (handouts, exports) in SVG at any size', () => {
		expect(chooseRenderer(graph(5000), { still: true })).toBe('svg');
	});
});

describe('HitTester', () => {
	const discs = [
		{ id: 'a', x: 0, y: 0, radius: 10 },
		{ id: 'b', x: 30, y: 0, radius: 10 },
		{ id: 'far', x: 5000, y: 5000, radius: 20 }
	];
	const links = [
		{ id: 'a-b', points: [{ x: 0, y: 0 }, { x: 30, y: 0 }] },
		{ id: 'bent', points: [{ x: 0, y: 0 }, { x: 15, y: 100 }, { x: 30, y: 0 }] }
	];
	const hit = new HitTester(discs, links);

	it('finds the actor whose disc holds the point, the nearest edge winning', () => {
		expect(hit.nodeAt({ x: 2, y: 3 })).toBe('a');
		expect(hit.nodeAt({ x: 18, y: 0 })).toBe('b');
		expect(hit.nodeAt({ x: 5010, y: 4990 })).toBe('far');
	});

	it('allows the slack it is given, and no more', () => {
		expect(hit.nodeAt({ x: 0, y: 13 }, 2)).toBeNull();
		expect(hit.nodeAt({ x: 0, y: 13 }, 4)).toBe('a');
		expect(hit.nodeAt({ x: 500, y: 500 }, 40)).toBeNull();
	});

	it('finds links, bent ones along their pieces', () => {
		expect(hit.linkAt({ x: 15, y: 2 })).toBe('a-b');
		expect(hit.linkAt({ x: 15, y: 98 })).toBe('bent');
		expect(hit.linkAt({ x: 15, y: 50 }, 2)).toBeNull();
	});

	it('looks at a few cells, so it answers among thousands of actors', () => {
		const many = Array.from({ length: 5000 }, (_, index) => ({ id: `n${index}`, x: (index % 100) * 120, y: Math.floor(index / 100) * 120, radius: 12 }));
		const tester = new HitTester(many, []);
		expect(tester.nodeAt({ x: 42 * 120 + 3, y: 17 * 120 - 4 })).toBe('n1742');
		expect(tester.nodeAt({ x: 60, y: 60 })).toBeNull();
	});
});

describe('placeLabels', () => {
	const label = (id: string, left: number, top: number, priority: number): LabelCandidate => ({ id, left, top, width: 80, height: 15, priority });

	it('places the most important label first and drops those that would cover it', () => {
		const placed = placeLabels([label('minor', 10, 10, 1), label('hub', 30, 12, 40), label('apart', 300, 10, 2)], 800, 600);
		expect(placed).toEqual(['hub', 'apart']);
	});

	it('leaves out labels off screen and stops at the maximum', () => {
		expect(placeLabels([label('off', -200, 10, 5), label('below', 10, 700, 5), label('on', 10, 10, 1)], 800, 600)).toEqual(['on']);
		const grid = Array.from({ length: 100 }, (_, index) => label(`l${index}`, (index % 10) * 90, Math.floor(index / 10) * 20, index));
		expect(placeLabels(grid, 1000, 1000, 25)).toHaveLength(25);
	});

	it('is the same whatever order the candidates come in', () => {
		const candidates = Array.from({ length: 60 }, (_, index) => label(`l${index}`, (index * 37) % 500, (index * 53) % 300, index % 7));
		expect(placeLabels([...candidates].reverse(), 600, 400)).toEqual(placeLabels(candidates, 600, 400));
	});

	it('names the actor the user points at before its neighbours, and neighbours before hubs', () => {
		expect(labelPriority(1, 'target')).toBeGreaterThan(labelPriority(500, 'neighbour'));
		expect(labelPriority(1, 'neighbour')).toBeGreaterThan(labelPriority(500, 'other'));
		expect(labelPriority(9, 'other')).toBeGreaterThan(labelPriority(3, 'other'));
	});
});

describe('the canvas view transform', () => {
	it('maps a pointer back to the layout point drawn under it, with a few pixels of slack', () => {
		const view = screenTransform({ k: 2, x: 10, y: -20 }, { k: 0.5, x: 100, y: 40 });
		const point = { x: 300, y: 120 };
		const screen = { x: view.x + view.scale * point.x, y: view.y + view.scale * point.y };
		expect(toLayoutPoint(view, screen.x, screen.y)).toEqual(point);
		expect(hitSlack(view, 6)).toBe(6);
		expect(hitSlack({ ...view, scale: 0.1 }, 6)).toBeCloseTo(60);
	});
});

describe('drawingRatio', () => {
	it('draws a moving view at one canvas pixel per CSS pixel, a still one at the screen’s density', () => {
		expect(drawingRatio(2, true)).toBe(1);
		expect(drawingRatio(2, false)).toBe(2);
		expect(drawingRatio(3, true)).toBe(1);
		// A screen below one (a zoomed-out browser) keeps its own, moving or not.
		expect(drawingRatio(0.75, true)).toBe(0.75);
		expect(drawingRatio(1, true)).toBe(1);
	});
});
