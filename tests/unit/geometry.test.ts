import { describe, expect, it } from 'vitest';
import { linkGeometry, parallelBends, PARALLEL_SPACING } from '../../src/lib/graph/geometry';
import { actorKeyAction, cycle, linkKeyAction, nearestInDirection, readingOrder } from '../../src/lib/view/navigation';
import { fitToViewport, onScreen, sameZoom, transformFor, zoomStateOf } from '../../src/lib/graph/graph-model';
import type { Relation } from '../../src/lib/dataset/schema';
import { loadSeed } from './seed';

function relation(id: string, source: string, target: string, directed = true): Relation {
	return {
		id,
		source,
		target,
		type: 'cooperation',
		directed,
		stance: 'asserted',
		assertedBy: null,
		date: null,
		places: [],
		summary: id,
		evidence: ['q']
	};
}

const a = { x: 0, y: 0, radius: 10 };
const b = { x: 100, y: 0, radius: 10 };

describe('parallelBends', () => {
	it('leaves a lone relation straight', () => {
		expect(parallelBends([relation('r1', 'a', 'b')]).get('r1')).toBe(0);
	});

	it('spreads several relations between one pair symmetrically, whatever their direction', () => {
		const bends = parallelBends([relation('r1', 'a', 'b'), relation('r2', 'b', 'a'), relation('r3', 'a', 'b')]);
		expect([bends.get('r1'), bends.get('r2'), bends.get('r3')]).toEqual([-PARALLEL_SPACING, 0, PARALLEL_SPACING]);
	});

	it('gives the seed’s al-Qaeda–Taliban relations distinct bends', () => {
		const seed = loadSeed();
		const pair = seed.relations.filter(
			(r) => [r.source, r.target].sort().join() === ['al-qaeda', 'taliban'].sort().join()
		);
		expect(pair.length).toBeGreaterThanOrEqual(5);
		const bends = parallelBends(seed.relations);
		expect(new Set(pair.map((r) => bends.get(r.id))).size).toBe(pair.length);
	});
});

describe('linkGeometry', () => {
	it('draws a lone link as a straight line trimmed to the node edges, with an arrow at the target', () => {
		const geometry = linkGeometry(relation('r', 'a', 'b'), a, b, 0);
		expect(geometry.path).toBe('M 12 0 L 78 0');
		expect(geometry.arrow).toBe('M 88 0 L 78 4.5 L 78 -4.5 Z');
		expect(geometry.middle).toEqual({ x: 50, y: 0 });
	});

	it('draws no arrow for an undirected relation and runs to the node edge', () => {
		const geometry = linkGeometry(relation('r', 'a', 'b', false), a, b, 0);
		expect(geometry.arrow).toBeNull();
		expect(geometry.path).toBe('M 12 0 L 88 0');
	});

	it('bends a parallel link so its middle sits about the bend away from the straight line', () => {
		const geometry = linkGeometry(relation('r', 'a', 'b'), a, b, 20);
		expect(geometry.path.startsWith('M')).toBe(true);
		expect(geometry.path).toContain('Q 50 40');
		// Trimming the ends towards the control point lifts the middle a little above the bend.
		expect(Math.abs(geometry.middle.y)).toBeGreaterThanOrEqual(20);
		expect(Math.abs(geometry.middle.y)).toBeLessThan(25);
	});

	it('puts opposite-direction relations with opposite bends on opposite sides', () => {
		const forward = linkGeometry(relation('r1', 'a', 'b'), a, b, 20);
		const backward = linkGeometry(relation('r2', 'b', 'a'), b, a, -20);
		expect(Math.sign(forward.middle.y)).toBe(-Math.sign(backward.middle.y));
	});
});

describe('keyboard navigation', () => {
	const positions = new Map([
		['centre', { x: 0, y: 0 }],
		['right', { x: 100, y: 10 }],
		['far-right', { x: 300, y: 0 }],
		['up', { x: 5, y: -80 }],
		['down-left', { x: -60, y: 90 }]
	]);

	it('moves to the nearest node in the pressed direction', () => {
		expect(nearestInDirection(positions, 'centre', 'right')).toBe('right');
		expect(nearestInDirection(positions, 'centre', 'up')).toBe('up');
		expect(nearestInDirection(positions, 'centre', 'down')).toBe('down-left');
		expect(nearestInDirection(positions, 'far-right', 'right')).toBeNull();
	});

	it('orders nodes for reading and cycles through them', () => {
		expect(readingOrder(positions)[0]).toBe('up');
		expect(cycle(['a', 'b', 'c'], 'c', 1)).toBe('a');
		expect(cycle(['a', 'b', 'c'], 'a', -1)).toBe('c');
	});
});

describe('fitToViewport', () => {
	it('centres the bounds below the top inset and never enlarges past the cap', () => {
		const fit = fitToViewport({ x: 0, y: 0, width: 100, height: 100 }, 400, 244, 10, 44, 0);
		expect(fit.k).toBe(2);
		expect(fit.y).toBe(44);
		expect(fit.x).toBe(100);
		expect(fitToViewport({ x: 0, y: 0, width: 10, height: 10 }, 1000, 1000, 1.8, 0).k).toBe(1.8);
	});

	it('never shrinks the graph past readable on a narrow screen, and keeps it centred', () => {
		const fit = fitToViewport({ x: 0, y: 0, width: 1000, height: 700 }, 390, 600, 1.8, 0);
		expect(fit.k).toBe(0.7);
		expect(fit.x + fit.k * 500).toBeCloseTo(195, 9);
	});
});

describe('zoom state', () => {
	const bounds = { x: 0, y: 0, width: 1000, height: 700 };
	it('round-trips between a d3 transform and a centre-and-scale zoom', () => {
		const fit = fitToViewport(bounds, 900, 600, 1.8, 44, 0);
		const transform = { k: 1.7, x: -230.5, y: -80.25 };
		const zoom = zoomStateOf(transform, fit, 900, 600)!;
		const back = transformFor(zoom, fit, 900, 600);
		expect(back.k).toBeCloseTo(transform.k, 9);
		expect(back.x).toBeCloseTo(transform.x, 9);
		expect(back.y).toBeCloseTo(transform.y, 9);
		expect(zoomStateOf({ k: 1, x: 0, y: 0 }, fit, 900, 600)).toBeNull();
	});

	it('keeps the same layout point in the middle of a window of another size', () => {
		const small = fitToViewport(bounds, 800, 500);
		const large = fitToViewport(bounds, 1800, 1000);
		const zoom = { k: 2, x: 300, y: 200 };
		for (const [fit, width, height] of [[small, 800, 500], [large, 1800, 1000]] as const) {
			const t = transformFor(zoom, fit, width, height);
			const screenX = t.x + t.k * (fit.x + fit.k * zoom.x);
			const screenY = t.y + t.k * (fit.y + fit.k * zoom.y);
			expect(screenX).toBeCloseTo(width / 2, 9);
			expect(screenY).toBeCloseTo(height / 2, 9);
		}
	});
});

describe('keys on the graph', () => {
	const positions = new Map([
		['a', { x: 0, y: 0 }],
		['b', { x: 100, y: 0 }],
		['c', { x: 0, y: 100 }]
	]);
	it('moves between actors by direction, selects with Enter or Space, ignores other keys', () => {
		expect(actorKeyAction('ArrowRight', 'a', positions, ['a', 'b', 'c'])).toEqual({ move: 'b' });
		expect(actorKeyAction('ArrowLeft', 'a', positions, ['a', 'b', 'c'])).toEqual({ move: 'a' });
		expect(actorKeyAction('End', 'a', positions, ['a', 'b', 'c'])).toEqual({ move: 'c' });
		expect(actorKeyAction(' ', 'a', positions, [])).toEqual({ select: true });
		expect(actorKeyAction('x', 'a', positions, [])).toBeNull();
	});
	it('steps through links in order, wrapping', () => {
		expect(linkKeyAction('ArrowRight', 'r3', ['r1', 'r2', 'r3'])).toEqual({ move: 'r1' });
		expect(linkKeyAction('ArrowUp', 'r1', ['r1', 'r2', 'r3'])).toEqual({ move: 'r3' });
		expect(linkKeyAction('Enter', 'r2', ['r1', 'r2', 'r3'])).toEqual({ select: true });
	});
});

describe('zoom comparisons', () => {
	it('treats rounding as the same zoom and knows what is on screen', () => {
		expect(sameZoom({ k: 2, x: 10, y: 10 }, { k: 2.0004, x: 10.05, y: 9.96 })).toBe(true);
		expect(sameZoom({ k: 2, x: 10, y: 10 }, null)).toBe(false);
		const fit = { k: 1, x: 0, y: 0 };
		expect(onScreen({ x: 100, y: 100 }, { k: 1, x: 0, y: 0 }, fit, 800, 600)).toBe(true);
		expect(onScreen({ x: 100, y: 100 }, { k: 4, x: -2000, y: 0 }, fit, 800, 600)).toBe(false);
	});
});
