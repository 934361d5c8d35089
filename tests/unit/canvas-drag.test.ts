import { afterEach, describe, expect, it, vi } from 'vitest';
import { DRAG_THRESHOLD_PX, draggedActor, IDLE, pressDown, pressMove, pressUp, zoomMayStart } from '../../src/lib/graph/canvas-drag';
import { buildScene, emphasisedLinks, keptBatches, moveActor, type LinkBatch } from '../../src/lib/graph/canvas-scene';
import { HitTester } from '../../src/lib/graph/hit-test';
import { layoutNodes, type LayoutNode } from '../../src/lib/graph/layout';
import { linkGeometries, positionsWithOverrides } from '../../src/lib/graph/graph-model';
import { loadSeed } from './seed';

describe('a press on the canvas graph', () => {
	const at = { x: 100, y: 100 };

	it('on an actor, moved past the threshold, drags that actor', () => {
		let state = pressDown('taliban', 1, 0, at);
		expect(state.phase).toBe('pressed');
		expect(draggedActor(state, 1)).toBeNull();
		state = pressMove(state, 1, { x: 100 + DRAG_THRESHOLD_PX, y: 100 });
		expect(draggedActor(state, 1)).toBe('taliban');
		// Once dragging, coming back near the start is still a drag.
		state = pressMove(state, 1, at);
		expect(draggedActor(state, 1)).toBe('taliban');
		const ended = pressUp(state, 1);
		expect(ended).toEqual({ state: IDLE, swallowClick: true });
	});

	it('on an actor, moved less than the threshold, is a click that selects', () => {
		let state = pressDown('taliban', 1, 0, at);
		state = pressMove(state, 1, { x: 102, y: 101 });
		expect(draggedActor(state, 1)).toBeNull();
		expect(pressUp(state, 1)).toEqual({ state: IDLE, swallowClick: false });
	});

	it('on the background is not the canvas’s: it stays idle and the zoom pans', () => {
		const state = pressDown(null, 1, 0, at);
		expect(state).toEqual(IDLE);
		expect(draggedActor(pressMove(state, 1, { x: 300, y: 300 }), 1)).toBeNull();
		expect(pressUp(state, 1).swallowClick).toBe(false);
		expect(zoomMayStart('pointerdown', false)).toBe(true);
		expect(zoomMayStart('pointerdown', true)).toBe(false);
		expect(zoomMayStart('wheel', true)).toBe(true);
	});

	it('with another button, or from another pointer, does nothing', () => {
		expect(pressDown('taliban', 1, 2, at)).toEqual(IDLE);
		const state = pressDown('taliban', 1, 0, at);
		expect(pressMove(state, 2, { x: 300, y: 300 })).toBe(state);
		expect(pressUp(state, 2)).toEqual({ state, swallowClick: false });
	});
});

describe('HitTester, moved', () => {
	it('finds a moved actor and a moved link where they now are, and not where they were', () => {
		const hit = new HitTester([{ id: 'a', x: 0, y: 0, radius: 10 }, { id: 'b', x: 100, y: 0, radius: 10 }], [{ id: 'a-b', points: [{ x: 0, y: 0 }, { x: 100, y: 0 }] }]);
		hit.moveNode({ id: 'a', x: 1000, y: 1000, radius: 10 });
		hit.moveLink({ id: 'a-b', points: [{ x: 1000, y: 1000 }, { x: 100, y: 0 }] });
		expect(hit.nodeAt({ x: 0, y: 0 })).toBeNull();
		expect(hit.nodeAt({ x: 1002, y: 998 })).toBe('a');
		expect(hit.nodeAt({ x: 100, y: 0 })).toBe('b');
		expect(hit.linkAt({ x: 50, y: 0 })).toBeNull();
		expect(hit.linkAt({ x: 550, y: 500 })).toBe('a-b');
	});
});

describe('moveActor', () => {
	const dataset = loadSeed();
	const layout = new Map<string, LayoutNode>(
		layoutNodes(dataset.entities, dataset.relations).map((node, index) => [node.id, { ...node, x: (index % 6) * 120, y: Math.floor(index / 6) * 120 }])
	);
	const counts = new Map<string, number>();
	const sceneWith = (overrides: Record<string, { x: number; y: number }>) => {
		const positions = positionsWithOverrides(layout, overrides);
		return buildScene(dataset.entities, layout, positions, dataset.relations, linkGeometries(dataset.relations, positions), counts);
	};
	// The actor with the most links, some of them parallel (bent).
	const moved = 'taliban';
	const to = { x: 2000, y: -500 };

	it('gives the scene a full rebuild with the actor in its new place would give: its links follow, the rest stay', () => {
		const scene = sceneWith({});
		const before = new Map(scene.links.map((link) => [link.id, link.geometry]));
		expect(moveActor(scene, moved, to)).toBe(true);
		const rebuilt = sceneWith({ [moved]: to });
		expect(scene.byId.get(moved)).toMatchObject(to);
		expect(scene.links.map((link) => link.geometry)).toEqual(rebuilt.links.map((link) => link.geometry));
		const followed = scene.links.filter((link) => link.geometry !== before.get(link.id)).map((link) => link.id);
		expect(followed.length).toBeGreaterThan(1);
		for (const link of scene.links)
			expect(followed.includes(link.id)).toBe(link.relation.source === moved || link.relation.target === moved);
	});

	it('leaves the hit tester answering as a rebuilt one would', () => {
		const scene = sceneWith({});
		moveActor(scene, moved, to);
		const rebuilt = sceneWith({ [moved]: to });
		const old = layout.get(moved)!;
		for (const point of [to, { x: old.x, y: old.y }, { x: to.x + 3, y: to.y - 2 }]) expect(scene.hit.nodeAt(point)).toBe(rebuilt.hit.nodeAt(point));
		for (const link of rebuilt.links) {
			const middle = link.geometry.middle;
			expect(scene.hit.linkAt(middle, 2)).toBe(rebuilt.hit.linkAt(middle, 2));
		}
	});

	it('refuses an actor the scene does not draw', () => {
		expect(moveActor(sceneWith({}), 'no-such-actor', to)).toBe(false);
	});
});

describe('the kept link batches of a drag', () => {
	afterEach(() => vi.unstubAllGlobals());
	const dataset = loadSeed();
	const layout = new Map<string, LayoutNode>(
		layoutNodes(dataset.entities, dataset.relations).map((node, index) => [node.id, { ...node, x: (index % 6) * 120, y: Math.floor(index / 6) * 120 }])
	);
	const scene = () => {
		const positions = positionsWithOverrides(layout, {});
		return buildScene(dataset.entities, layout, positions, dataset.relations, linkGeometries(dataset.relations, positions), new Map());
	};
	/** Each batch as its key and the paths it strokes, in drawing order: what reaches the canvas. */
	const drawn = (batches: LinkBatch[]) => batches.filter((batch) => batch.links.length > 0).map((batch) => [batch.key, (batch.path as unknown as { d: string }).d]);
	const emphasis = { entities: new Set(['taliban', 'al-qaeda']), relations: new Set([dataset.relations[0]!.id]), places: new Set<string>() };

	it('are those a fresh build gives, while the actor is dragged and once it is dropped, with the batches it is not in kept as they were', () => {
		// Node has no Path2D: a stand-in that keeps what it was given.
		vi.stubGlobal('Path2D', class {
			constructor(readonly d = '') {}
		});
		for (const look of [null, emphasis]) {
			const live = scene();
			const before = keptBatches(live, look, true, null);
			moveActor(live, 'taliban', { x: 900, y: -300 });
			const during = keptBatches(live, look, true, 'taliban');
			const talibanLinks = new Set(live.linksOf.get('taliban'));
			// A fresh scene, the actor already moved, its links left out: what a full build draws.
			const fresh = scene();
			moveActor(fresh, 'taliban', { x: 900, y: -300 });
			fresh.batches = null;
			// The same batches (in the order of the full build, which a build without the actor's links may not keep).
			const sorted = (batches: LinkBatch[]) => drawn(batches).sort(([a], [b]) => a!.localeCompare(b!));
			expect(sorted(during)).toEqual(sorted(keptBatches(fresh, look, true, 'taliban')));
			for (const batch of during) expect(batch.links.some((link) => talibanLinks.has(link))).toBe(false);
			const untouched = before.filter((batch) => !batch.links.some((link) => talibanLinks.has(link)));
			expect(untouched.length).toBeGreaterThan(0);
			for (const batch of untouched) expect(during).toContain(batch);

			moveActor(live, 'taliban', { x: 950, y: -250 });
			const after = keptBatches(live, look, true, null);
			const rebuilt = scene();
			moveActor(rebuilt, 'taliban', { x: 950, y: -250 });
			rebuilt.batches = null;
			// Dropped: exactly a full build, order included.
			expect(drawn(after)).toEqual(drawn(keptBatches(rebuilt, look, true, null)));
			for (const batch of untouched) expect(after).toContain(batch);
		}
	});
});

describe('emphasisedLinks (drawn again at full strength over the faded kept batches)', () => {
	const dataset = loadSeed();
	const layout = new Map<string, LayoutNode>(
		layoutNodes(dataset.entities, dataset.relations).map((node, index) => [node.id, { ...node, x: (index % 6) * 120, y: Math.floor(index / 6) * 120 }])
	);
	const positions = positionsWithOverrides(layout, {});
	// Only the first ten relations are drawn, as if the filters hid the rest.
	const shown = dataset.relations.slice(0, 10);
	const scene = buildScene(dataset.entities, layout, positions, shown, linkGeometries(shown, positions), new Map());

	it('are none without an emphasis', () => {
		expect(emphasisedLinks(scene, null, null)).toEqual([]);
	});

	it('are the emphasis’s relations that the scene draws, in the emphasis’s order, and never one a filter hides', () => {
		const hidden = dataset.relations[12]!.id;
		const emphasis = { entities: new Set<string>(), relations: new Set([shown[3]!.id, hidden, shown[1]!.id]), places: new Set<string>() };
		expect(emphasisedLinks(scene, emphasis, null).map((link) => link.id)).toEqual([shown[3]!.id, shown[1]!.id]);
	});

	it('leave out the dragged actor’s links, which are drawn on their own', () => {
		const dragged = shown[0]!.source;
		const emphasis = { entities: new Set<string>(), relations: new Set(shown.map((relation) => relation.id)), places: new Set<string>() };
		const links = emphasisedLinks(scene, emphasis, dragged);
		expect(links.length).toBeGreaterThan(0);
		expect(links.length).toBeLessThan(shown.length);
		for (const link of links) expect([link.relation.source, link.relation.target]).not.toContain(dragged);
	});
});
