import { MessageChannel } from 'node:worker_threads';
import { expose, proxy, wrap } from 'comlink';
import { afterEach, describe, expect, it } from 'vitest';
import { syntheticDataset } from '../../bench/synthetic';
import { simulate } from '../../src/lib/graph/layout';
import { layoutInput, layoutKey } from '../../src/lib/graph/layout-key';
import { failIfSilent, forgetLayouts, IN_PAGE_LIMIT, layoutAtOnce, loadInPageLayout, requestLayout, type LayoutSources, type LayoutStatus } from '../../src/lib/graph/layout-request';
import { layoutService, type LayoutService } from '../../src/lib/graph/layout-service';
import { restoreLayout, saveLayout } from '../../src/lib/graph/saved-layout';
import { buildLayouts } from '../../scripts/build-layouts';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const large = syntheticDataset(IN_PAGE_LIMIT + 20).dataset;
const input = layoutInput(large.entities, large.relations);

afterEach(() => forgetLayouts());

function waitFor(statuses: LayoutStatus[], state: LayoutStatus['state']): Promise<LayoutStatus> {
	return new Promise((resolve) => {
		const poll = () => {
			const found = statuses.find((status) => status.state === state);
			if (found) resolve(found);
			else setTimeout(poll, 5);
		};
		poll();
	});
}

describe('the layout worker protocol (Comlink over a message channel)', () => {
	it('answers with the same positions as the layout itself, keyed by the graph, and reports progress', async () => {
		const { port1, port2 } = new MessageChannel();
		expose(layoutService, port1 as never);
		const remote = wrap<LayoutService>(port2 as never);
		const progress: number[] = [];
		const answer = await remote.layout(input, proxy((done: number) => void progress.push(done)));
		// Progress travels on ports of its own: let the last messages land.
		await new Promise((resolve) => setTimeout(resolve, 100));
		port1.close();
		port2.close();
		expect(answer.saved.id).toBe(layoutKey(input));
		const direct = simulate(input.entities, input.relations, { seed: input.seed }).layout;
		expect(restoreLayout(answer.saved, input)).toEqual(direct);
		expect(progress.length).toBeGreaterThan(0);
	});
});

describe('layout keys and saved layouts', () => {
	it('change when the graph changes, not when quotes or summaries do', () => {
		const renamed = structuredClone(large);
		renamed.entities[0]!.summary = 'Another summary.';
		expect(layoutKey(layoutInput(renamed.entities, renamed.relations))).toBe(layoutKey(input));
		renamed.entities[0]!.name = 'A new name';
		expect(layoutKey(layoutInput(renamed.entities, renamed.relations))).not.toBe(layoutKey(input));
		const rewired = structuredClone(large);
		rewired.relations[0]!.target = rewired.relations[1]!.target === rewired.relations[0]!.source ? rewired.entities[5]!.id : rewired.relations[1]!.target;
		expect(layoutKey(layoutInput(rewired.entities, rewired.relations))).not.toBe(layoutKey(input));
	});

	it('are refused for another graph or when malformed', () => {
		const saved = layoutService.layoutNow(input).saved;
		expect(restoreLayout(saved, input)).not.toBeNull();
		expect(restoreLayout({ ...saved, id: 'layout-0000' }, input)).toBeNull();
		expect(restoreLayout({ id: saved.id, positions: {} }, input)).toBeNull();
		expect(restoreLayout('nonsense', input)).toBeNull();
		expect(restoreLayout(null, input)).toBeNull();
		expect(restoreLayout({ id: saved.id, positions: [] }, input)).toBeNull();
		// One actor's position malformed in each way a file or a store could give it.
		const first = Object.keys(saved.positions)[0]!;
		for (const bad of [['1', 2], [1, Number.NaN], [1, 2, 3], [1], null, { x: 1, y: 2 }])
			expect(restoreLayout({ id: saved.id, positions: { ...saved.positions, [first]: bad } }, input)).toBeNull();
	});

	it('read only the graph’s own positions: an inherited one does not count', () => {
		// An actor whose id is also a property every object inherits.
		const graph = syntheticDataset(3).dataset;
		const renamed = graph.entities[0]!.id;
		graph.entities[0]!.id = 'constructor';
		for (const relation of graph.relations) {
			if (relation.source === renamed) relation.source = 'constructor';
			if (relation.target === renamed) relation.target = 'constructor';
		}
		const small = layoutInput(graph.entities, graph.relations);
		const saved = layoutService.layoutNow(small).saved;
		expect(restoreLayout(saved, small)).not.toBeNull();
		const withoutIt = Object.fromEntries(Object.entries(saved.positions).filter(([id]) => id !== 'constructor'));
		expect(restoreLayout({ id: saved.id, positions: withoutIt }, small)).toBeNull();
	});
});

describe('requestLayout', () => {
	const answer = () => layoutService.layoutNow(input);

	it('lays a small graph out in the page: once the simulation’s code has arrived, and then at once', async () => {
		forgetLayouts({ inPageCode: true });
		const small = syntheticDataset(20).dataset;
		const smallInput = layoutInput(small.entities, small.relations);
		// Not part of the first page: the first small graph waits for it, and asks nothing else.
		expect(layoutAtOnce(smallInput)).toBeNull();
		const asked: string[] = [];
		const sources: LayoutSources = {
			cache: { get: async () => void asked.push('cache'), put: async () => void asked.push('put') },
			shipped: async () => void asked.push('shipped'),
			worker: () => (asked.push('worker'), null),
			inPage: async () => (asked.push('inPage'), answer())
		};
		const statuses: LayoutStatus[] = [];
		requestLayout(smallInput, sources, (status) => statuses.push(status));
		expect(statuses).toEqual([{ state: 'settling', progress: 0 }]);
		const ready = await waitFor(statuses, 'ready');
		expect(ready.state === 'ready' && [ready.source, ready.layout.size]).toEqual(['page', 20]);
		expect(ready.state === 'ready' && [...ready.layout.values()].map((node) => node.x)).toEqual(
			[...simulate(small.entities, small.relations, { seed: smallInput.seed }).layout.values()].map((node) => node.x)
		);
		expect(asked).toEqual([]);
		// Another small graph is laid out at once; a large one never is.
		const other = syntheticDataset(21).dataset;
		expect(layoutAtOnce(layoutInput(other.entities, other.relations))?.size).toBe(21);
		expect(layoutAtOnce(input)).toBeNull();
	});

	it('takes a kept layout before a shipped one, and a shipped one before running the simulation', async () => {
		const saved = answer().saved;
		let ran = 0;
		const sources: LayoutSources = {
			cache: { get: async () => undefined, put: async () => {} },
			shipped: async (key) => (key === saved.id ? saved : null),
			worker: () => {
				ran++;
				return null;
			},
			inPage: async () => {
				ran++;
				return answer();
			}
		};
		const statuses: LayoutStatus[] = [];
		requestLayout(input, sources, (status) => statuses.push(status));
		const ready = await waitFor(statuses, 'ready');
		expect(ready.state === 'ready' && ready.source).toBe('shipped');
		expect(ran).toBe(0);
	});

	it('runs the worker once for every view that asks, keeps its answer, and falls back to the page if the worker fails', async () => {
		const put: string[] = [];
		let workers = 0;
		const sources: LayoutSources = {
			cache: { get: async () => undefined, put: async (saved) => void put.push(saved.id) },
			worker: () => {
				workers++;
				return {
					layout: async (_input, onProgress) => {
						onProgress(0.5);
						throw new Error('no worker file');
					},
					dispose: () => {}
				};
			},
			inPage: async () => answer()
		};
		const first: LayoutStatus[] = [];
		const second: LayoutStatus[] = [];
		requestLayout(input, sources, (status) => first.push(status));
		requestLayout(input, sources, (status) => second.push(status));
		const ready = await waitFor(first, 'ready');
		await waitFor(second, 'ready');
		expect(workers).toBe(1);
		expect(ready.state === 'ready' && ready.source).toBe('page');
		expect(first.some((status) => status.state === 'settling' && status.progress === 0.5)).toBe(true);
		expect(put).toEqual([layoutKey(input)]);
		// Now the page has it: no waiting.
		expect(layoutAtOnce(input)).not.toBeNull();
	});
});

describe('progress that arrives after the answer', () => {
	it('is ignored: a drawn graph never goes back to settling', async () => {
		let lateReport: (() => void) | undefined;
		const sources: LayoutSources = {
			worker: () => ({
				layout: async (_input, onProgress) => {
					onProgress(0.5);
					// The last report, on its own port, is delivered after the answer.
					lateReport = () => onProgress(1);
					return layoutService.layoutNow(input);
				},
				dispose: () => {}
			}),
			inPage: async () => layoutService.layoutNow(input)
		};
		const statuses: LayoutStatus[] = [];
		requestLayout(input, sources, (status) => statuses.push(status));
		await waitFor(statuses, 'ready');
		lateReport!();
		await new Promise((resolve) => setTimeout(resolve, 10));
		expect(statuses.at(-1)?.state).toBe('ready');
		expect(statuses.map((status) => status.state)).toEqual(['settling', 'settling', 'ready']);
	});
});

describe('a worker that falls silent', () => {
	const answer = () => layoutService.layoutNow(input);

	it('is given up on, and the page lays the graph out; one that keeps reporting is waited for however long it takes', async () => {
		let disposed = 0;
		const silent: LayoutSources = {
			worker: () => ({ layout: () => new Promise<never>(() => {}), dispose: () => void disposed++ }),
			workerSilenceMs: 40,
			inPage: async () => answer()
		};
		const statuses: LayoutStatus[] = [];
		requestLayout(input, silent, (status) => statuses.push(status));
		const ready = await waitFor(statuses, 'ready');
		expect(ready.state === 'ready' && ready.source).toBe('page');
		expect(disposed).toBe(1);

		forgetLayouts();
		let inPage = 0;
		const slow: LayoutSources = {
			// Reports every 15 ms and answers after 200 ms: five times the silence allowed, never silent for it.
			worker: () => ({
				layout: (_input, onProgress) =>
					new Promise((resolve) => {
						let done = 0;
						const tick = setInterval(() => onProgress((done += 0.05)), 15);
						setTimeout(() => {
							clearInterval(tick);
							resolve(answer());
						}, 200);
					}),
				dispose: () => {}
			}),
			workerSilenceMs: 40,
			inPage: async () => {
				inPage++;
				return answer();
			}
		};
		const slowStatuses: LayoutStatus[] = [];
		requestLayout(input, slow, (status) => slowStatuses.push(status));
		const slowReady = await waitFor(slowStatuses, 'ready');
		expect(slowReady.state === 'ready' && slowReady.source).toBe('worker');
		expect(inPage).toBe(0);
	});

	it('failIfSilent passes on the answer or the error, and stops watching once settled', async () => {
		await expect(failIfSilent(async () => 'laid out', 20)).resolves.toBe('laid out');
		await expect(failIfSilent(async () => Promise.reject(new Error('no worker file')), 20)).rejects.toThrow('no worker file');
		await expect(failIfSilent(() => new Promise(() => {}), 20)).rejects.toThrow('no word for 20 ms');
		// A late sign of life after the answer starts no new timer (nothing rejects afterwards).
		let alive = () => {};
		await expect(failIfSilent(async (onAlive) => ((alive = onAlive), 'done'), 20)).resolves.toBe('done');
		alive();
		await new Promise((resolve) => setTimeout(resolve, 40));
	});
});

describe('shipped layouts (npm run layouts)', () => {
	it('lays out large datasets once, skips them when up to date, and writes them for their own graph only', () => {
		const root = mkdtempSync(join(tmpdir(), 'threadboard-layouts-'));
		const { dataset, articleText } = syntheticDataset(IN_PAGE_LIMIT + 20);
		mkdirSync(join(root, 'big'));
		writeFileSync(join(root, 'big/dataset.json'), JSON.stringify(dataset));
		writeFileSync(join(root, 'big/article.txt'), articleText);
		const log: string[] = [];
		const index = buildLayouts(root, ['big'], (line) => log.push(line));
		expect(Object.values(index)).toEqual(['big']);
		const shipped = JSON.parse(readFileSync(join(root, 'big/layout.json'), 'utf8'));
		expect(shipped).toEqual(saveLayout(layoutKey(input), simulate(input.entities, input.relations).layout));
		buildLayouts(root, ['big'], (line) => log.push(line));
		expect(log.at(-1)).toContain('up to date');
	});
});
