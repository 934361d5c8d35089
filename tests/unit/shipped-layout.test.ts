/**
 * Built-in datasets of every size ship their layout (npm run layouts), and the
 * workspace fetches it beside the dataset's files, so the first draw runs no simulation.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { syntheticDataset } from '../../bench/synthetic';
import { buildLayouts } from '../../scripts/build-layouts';
import type { Dataset } from '../../src/lib/dataset/schema';
import { simulate } from '../../src/lib/graph/layout';
import { layoutInput, layoutKey } from '../../src/lib/graph/layout-key';
import { forgetLayouts, layoutAtOnce, loadInPageLayout, offerLayout } from '../../src/lib/graph/layout-request';
import { fetchShippedLayout, SHIPPED_LAYOUT_WAIT_MS } from '../../src/lib/graph/layout-sources';
import { saveLayout, type SavedLayout } from '../../src/lib/graph/saved-layout';
import type { Library, OpenResult } from '../../src/lib/storage/library';
import { openDataset } from '../../src/lib/workspace/open-dataset';

const small = syntheticDataset(12).dataset as Dataset;
const input = layoutInput(small.entities, small.relations);
const key = layoutKey(input);

/** A valid layout of the small graph that the simulation would never give: every actor moved 1,000 to the right. */
function movedLayout(): SavedLayout {
	const saved = saveLayout(key, simulate(input.entities, input.relations, { seed: input.seed }).layout);
	for (const position of Object.values(saved.positions)) position[0] += 1000;
	return saved;
}
const xs = (layout: Map<string, { x: number }> | null) => [...(layout ?? new Map()).values()].map((node) => Math.round(node.x));

// The page lays a graph without a usable shipped layout out itself, once the simulation's code is loaded.
beforeAll(() => loadInPageLayout());

afterEach(() => {
	forgetLayouts();
	vi.unstubAllGlobals();
});

describe('offerLayout', () => {
	it('keeps a layout of this graph, so the graph is drawn from it and not laid out again', () => {
		const moved = movedLayout();
		expect(offerLayout(moved, input)).toBe(true);
		expect(xs(layoutAtOnce(input))).toEqual(Object.values(moved.positions).map(([x]) => Math.round(x)));
	});

	it('refuses a layout of another graph, or a malformed one, and the page lays the graph out itself', () => {
		const other = syntheticDataset(13).dataset;
		const otherKey = layoutKey(layoutInput(other.entities, other.relations));
		expect(offerLayout({ ...movedLayout(), id: otherKey }, input)).toBe(false);
		expect(offerLayout({ id: key, positions: { nobody: [0, 0] } }, input)).toBe(false);
		expect(offerLayout('<script>', input)).toBe(false);
		const simulated = simulate(input.entities, input.relations, { seed: input.seed }).layout;
		expect(xs(layoutAtOnce(input))).toEqual(xs(simulated));
	});
});

describe('openDataset', () => {
	const outcome: OpenResult = {
		found: true,
		origin: 'built-in',
		result: { ok: true, dataset: small, warnings: [] } as unknown as Extract<OpenResult, { found: true }>['result']
	};
	const library = (builtInIds: string[], opened: OpenResult = outcome) =>
		({ builtIn: { ids: async () => builtInIds }, open: async () => opened }) as unknown as Library;

	it('fetches a built-in dataset’s layout beside it and offers it', async () => {
		const moved = movedLayout();
		const fetched: string[] = [];
		vi.stubGlobal('location', { protocol: 'http:' });
		vi.stubGlobal('fetch', async (url: string) => {
			fetched.push(url);
			return new Response(JSON.stringify(moved));
		});
		expect(await openDataset(library([small.slug]), small.slug)).toBe(outcome);
		// With the map's drawing, which the workspace's map will want.
		expect(fetched.sort()).toEqual([`/datasets/${small.slug}/layout.json`, '/geo/drawing.json'].sort());
		expect(xs(layoutAtOnce(input))).toEqual(Object.values(moved.positions).map(([x]) => Math.round(x)));
	});

	it('asks for no layout for a dataset of this browser’s own, and opens it all the same when the layout is missing', async () => {
		const fetched: string[] = [];
		vi.stubGlobal('location', { protocol: 'http:' });
		vi.stubGlobal('fetch', async (url: string) => {
			fetched.push(url);
			return new Response('not found', { status: 404 });
		});
		const own: OpenResult = { ...outcome, origin: 'own' } as OpenResult;
		const data = () => fetched.filter((url) => !url.startsWith('/geo/'));
		expect(await openDataset(library([], own), 'mine')).toBe(own);
		expect(data()).toEqual([]);
		expect(await openDataset(library([small.slug]), small.slug)).toBe(outcome);
		expect(data()).toEqual([`/datasets/${small.slug}/layout.json`]);
		const simulated = simulate(input.entities, input.relations, { seed: input.seed }).layout;
		expect(xs(layoutAtOnce(input))).toEqual(xs(simulated));
	});
});

describe('a shipped layout that never arrives', () => {
	it('is given up on after SHIPPED_LAYOUT_WAIT_MS, and the dataset opens without it', async () => {
		vi.stubGlobal('location', { protocol: 'http:' });
		// A request that hangs until its signal gives up, as a stalled connection would.
		const giveUp = new AbortController();
		const waits: number[] = [];
		vi.spyOn(AbortSignal, 'timeout').mockImplementation((ms) => {
			waits.push(ms);
			return giveUp.signal;
		});
		vi.stubGlobal(
			'fetch',
			(_url: string, init?: RequestInit) =>
				new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('timed out', 'TimeoutError'))))
		);
		const fetched = fetchShippedLayout(small.slug);
		giveUp.abort();
		expect(await fetched).toBeNull();
		expect(waits).toEqual([SHIPPED_LAYOUT_WAIT_MS]);
		vi.restoreAllMocks();
	});
});

describe('npm run layouts', () => {
	it('lays out small built-in datasets too', () => {
		const root = mkdtempSync(join(tmpdir(), 'threadboard-layouts-'));
		const { dataset, articleText } = syntheticDataset(12);
		mkdirSync(join(root, 'small'));
		writeFileSync(join(root, 'small/dataset.json'), JSON.stringify(dataset));
		writeFileSync(join(root, 'small/article.txt'), articleText);
		const index = buildLayouts(root, ['small'], () => {});
		expect(index).toEqual({ [key]: 'small' });
		expect(JSON.parse(readFileSync(join(root, 'small/layout.json'), 'utf8'))).toEqual(saveLayout(key, simulate(input.entities, input.relations, { seed: input.seed }).layout));
	});
});
