import { describe, expect, it } from 'vitest';
import { computeLayout, overlappingLabels, seededRandom, wrapLabel, layoutBounds } from '../../src/lib/graph/layout';
import { loadSeed } from './seed';

const seed = loadSeed();

describe('computeLayout', () => {
	it('gives the same positions for the same input', () => {
		const first = computeLayout(seed.entities, seed.relations);
		const second = computeLayout(structuredClone(seed.entities), structuredClone(seed.relations));
		expect([...second.values()]).toEqual([...first.values()]);
	});

	it('places every entity at a finite position', () => {
		const layout = computeLayout(seed.entities, seed.relations);
		expect(layout.size).toBe(seed.entities.length);
		for (const node of layout.values()) {
			expect(Number.isFinite(node.x)).toBe(true);
			expect(Number.isFinite(node.y)).toBe(true);
		}
	});

	it('leaves no two node labels overlapping on the seed dataset', () => {
		const layout = computeLayout(seed.entities, seed.relations);
		expect(overlappingLabels([...layout.values()])).toEqual([]);
	});

	it('is deterministic for any seed, not only the default', () => {
		const a = computeLayout(seed.entities, seed.relations, { seed: 1 });
		const b = computeLayout(seed.entities, seed.relations, { seed: 1 });
		expect([...a.values()]).toEqual([...b.values()]);
	});

	it('keeps the layout compact enough to read', () => {
		const bounds = layoutBounds(computeLayout(seed.entities, seed.relations).values());
		expect(bounds.width / bounds.height).toBeGreaterThan(0.6);
		expect(bounds.width / bounds.height).toBeLessThan(2.4);
	});

	it('puts the best-connected actor near the middle', () => {
		const layout = computeLayout(seed.entities, seed.relations);
		const bounds = layoutBounds(layout.values());
		const haqqani = layout.get('haqqani-network')!;
		expect(Math.abs(haqqani.x - (bounds.x + bounds.width / 2))).toBeLessThan(bounds.width * 0.3);
	});
});

describe('wrapLabel', () => {
	it('keeps short names on one line and balances long ones over two', () => {
		expect(wrapLabel('al-Qaeda')).toEqual(['al-Qaeda']);
		expect(wrapLabel('Taliban source quoted by The Telegraph')).toEqual(['Taliban source quoted', 'by The Telegraph']);
		expect(wrapLabel('Pakistani security establishment')).toEqual(['Pakistani security', 'establishment']);
	});
});

describe('seededRandom', () => {
	it('repeats its sequence for a seed and stays in [0, 1)', () => {
		const a = seededRandom(42);
		const b = seededRandom(42);
		const values = Array.from({ length: 100 }, () => a());
		expect(values).toEqual(Array.from({ length: 100 }, () => b()));
		for (const value of values) expect(value >= 0 && value < 1).toBe(true);
	});
});
