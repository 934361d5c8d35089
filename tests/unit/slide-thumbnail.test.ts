import { describe, expect, it } from 'vitest';
import { thumbnailPicture } from '../../src/lib/briefing/slide-thumbnail';
import { indexDataset } from '../../src/lib/dataset/lookup';
import { computeLayout } from '../../src/lib/graph/layout';
import { decodeView } from '../../src/lib/view/url-state';
import { loadSeed } from './seed';

const index = indexDataset(loadSeed());
const layout = computeLayout(index.dataset.entities, index.dataset.relations);
const picture = (view: string, width = 120, height = 80) => thumbnailPicture(index, decodeView(view, index.dataset).view, layout, width, height);

describe('thumbnailPicture', () => {
	it('draws every actor and every link of the whole picture inside the frame', () => {
		const { nodes, links } = picture('');
		expect(nodes).toHaveLength(index.dataset.entities.length);
		expect(links).toHaveLength(index.dataset.relations.length);
		for (const node of nodes) {
			expect(node.x).toBeGreaterThanOrEqual(0);
			expect(node.x).toBeLessThanOrEqual(120);
			expect(node.y).toBeGreaterThanOrEqual(0);
			expect(node.y).toBeLessThanOrEqual(80);
			expect(node.dimmed).toBe(false);
		}
	});

	it('keeps the live graph’s arrangement: the same actors stay left of and above each other', () => {
		const { nodes } = picture('');
		const at = new Map(nodes.map((node) => [node.id, node]));
		const ids = [...layout.keys()];
		for (const a of ids)
			for (const b of ids) {
				if (layout.get(a)!.x < layout.get(b)!.x - 1) expect(at.get(a)!.x).toBeLessThanOrEqual(at.get(b)!.x);
				if (layout.get(a)!.y < layout.get(b)!.y - 1) expect(at.get(a)!.y).toBeLessThanOrEqual(at.get(b)!.y);
			}
	});

	it('shows only the links the slide’s filters let through, and brings its selection forward', () => {
		const { nodes, links } = picture('?actor=haqqani-network&types=joint-operation,funding');
		const shown = links.map((link) => index.relation.get(link.id)!.type);
		expect(new Set(shown)).toEqual(new Set(['joint operation', 'funding']));
		const haqqani = nodes.find((node) => node.id === 'haqqani-network')!;
		expect(haqqani.selected).toBe(true);
		expect(haqqani.dimmed).toBe(false);
		expect(nodes.filter((node) => node.selected)).toHaveLength(1);
		// Actors the slide does not touch fade.
		expect(nodes.find((node) => node.id === 'the-telegraph')!.dimmed).toBe(true);
	});

	it('follows the slide’s zoom: zoomed in on an actor, it sits at the centre and the dots grow', () => {
		const node = layout.get('taliban')!;
		const zoomed = picture(`?zoom=3,${node.x},${node.y}`);
		const whole = picture('');
		const taliban = zoomed.nodes.find((item) => item.id === 'taliban')!;
		expect(taliban.x).toBeCloseTo(60, 0);
		expect(taliban.y).toBeCloseTo(40, 0);
		expect(taliban.r).toBeGreaterThan(whole.nodes.find((item) => item.id === 'taliban')!.r * 2);
	});
});
