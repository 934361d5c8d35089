import { describe, expect, it } from 'vitest';
import { constrainTo, interpolateView, panBy, pinchZoom, wheelFactor, zoomAbout, type ViewTransform } from '../../src/lib/view/pan-zoom';

const toScreen = (view: ViewTransform, [x, y]: [number, number]) => [x * view.k + view.x, y * view.k + view.y];
const close = (actual: number[], expected: number[]) => actual.forEach((value, i) => expect(value).toBeCloseTo(expected[i]!, 9));

describe('wheelFactor', () => {
	it('zooms in for a wheel turned away, out for one turned back, the same for pixel, line and page steps', () => {
		expect(wheelFactor(-100, 0, false)).toBeCloseTo(2 ** 0.2, 12);
		expect(wheelFactor(100, 0, false)).toBeCloseTo(2 ** -0.2, 12);
		expect(wheelFactor(-4, 1, false)).toBeCloseTo(2 ** 0.2, 12);
		expect(wheelFactor(-0.2, 2, false)).toBeCloseTo(2 ** 0.2, 12);
		// A trackpad pinch arrives as a small wheel with ctrl held.
		expect(wheelFactor(-10, 0, true)).toBeCloseTo(2 ** 0.2, 12);
	});
});

describe('zoomAbout', () => {
	it('keeps the point under the pointer where it is, and stays within the scale extent', () => {
		const view = { k: 2, x: 30, y: -40 };
		const under = [(300 - view.x) / view.k, (200 - view.y) / view.k] as [number, number];
		const zoomed = zoomAbout(view, 1.5, [300, 200], [0.5, 8]);
		expect(zoomed.k).toBe(3);
		close(toScreen(zoomed, under), [300, 200]);
		expect(zoomAbout(view, 100, [300, 200], [0.5, 8]).k).toBe(8);
		expect(zoomAbout(view, 0.01, [300, 200], [0.5, 8]).k).toBe(0.5);
		close(toScreen(zoomAbout(view, 100, [300, 200], [0.5, 8]), under), [300, 200]);
	});
});

describe('panBy and pinchZoom', () => {
	it('pans by the pointer’s movement', () => {
		expect(panBy({ k: 2, x: 10, y: 20 }, 5, -7)).toEqual({ k: 2, x: 15, y: 13 });
	});

	it('scales with the fingers’ spread and keeps the spot between them under their midpoint', () => {
		const start = { k: 1.5, x: -20, y: 15 };
		const mid0: [number, number] = [150, 100];
		const spot = [(mid0[0] - start.x) / start.k, (mid0[1] - start.y) / start.k] as [number, number];
		const pinched = pinchZoom(start, [100, 100], [200, 100], [80, 140], [280, 140], [0.5, 8]);
		expect(pinched.k).toBeCloseTo(3, 12);
		close(toScreen(pinched, spot), [180, 140]);
		expect(pinchZoom(start, [100, 100], [200, 100], [0, 0], [4000, 0], [0.5, 8]).k).toBe(8);
		// Fingers together at the start change nothing but the pan.
		expect(pinchZoom(start, [100, 100], [100, 100], [110, 100], [110, 100], [0.5, 8]).k).toBe(1.5);
	});
});

describe('constrainTo', () => {
	const frame = [
		[0, 0],
		[400, 300]
	] as const;

	it('leaves a view that keeps the area over the frame alone', () => {
		expect(constrainTo({ k: 2, x: -100, y: -50 }, frame, frame)).toEqual({ k: 2, x: -100, y: -50 });
	});

	it('pulls a view panned past the area back to its edge', () => {
		const pulled = constrainTo({ k: 2, x: 50, y: -400 }, frame, frame);
		expect(pulled.k).toBe(2);
		expect(pulled.x).toBeCloseTo(0, 9);
		expect(pulled.y).toBeCloseTo(-300, 9);
	});

	it('centres the area when zoomed out past it', () => {
		const centred = constrainTo({ k: 0.5, x: 0, y: 0 }, frame, frame);
		close([centred.x, centred.y], [100, 75]);
	});
});

describe('interpolateView', () => {
	it('starts and ends at its ends, changes the scale evenly in ratio and moves the centre in a line', () => {
		const from = { k: 1, x: 0, y: 0 };
		const to = { k: 4, x: -600, y: -300 };
		close(Object.values(interpolateView(from, to, 0, 400, 300)), [1, 0, 0]);
		close(Object.values(interpolateView(from, to, 1, 400, 300)), [4, -600, -300]);
		const half = interpolateView(from, to, 0.5, 400, 300);
		expect(half.k).toBeCloseTo(2, 12);
		const centre = (view: ViewTransform) => [(200 - view.x) / view.k, (150 - view.y) / view.k];
		const [a, b, c] = [centre(from), centre(half), centre(to)];
		close(b, [(a[0]! + c[0]!) / 2, (a[1]! + c[1]!) / 2]);
	});
});
