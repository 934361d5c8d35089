import { describe, expect, it } from 'vitest';
import { median, summarise, table } from '../../bench/report';
import { syntheticDataset } from '../../bench/synthetic';
import { validateDataset } from '../../src/lib/dataset/validate';

describe('syntheticDataset', () => {
	it('is valid per the validator, with about two relations started by each actor', () => {
		const { dataset, articleText } = syntheticDataset(300);
		const result = validateDataset(structuredClone(dataset), articleText, 'synthetic-300');
		expect(result.ok ? [] : result.problems).toEqual([]);
		expect(dataset.entities).toHaveLength(300);
		expect(dataset.relations.length / 300).toBeGreaterThan(1.6);
		expect(dataset.relations.length / 300).toBeLessThan(2.1);
	});

	it('gives the same files for the same size and seed, and others for another seed', () => {
		expect(syntheticDataset(50)).toEqual(syntheticDataset(50));
		expect(syntheticDataset(50, 1).articleText).not.toEqual(syntheticDataset(50, 2).articleText);
	});
});

describe('bench report', () => {
	it('takes the median of the figures that exist', () => {
		expect(median([3, null, 1, 2])).toBe(2);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		expect(median([null, undefined])).toBeNull();
	});

	it('prints a row per figure with the ratio to the baseline, and says when runs failed', () => {
		const run = (drawnMs: number | null) => ({
			ok: drawnMs !== null,
			error: drawnMs === null ? 'not drawn within 60 s' : undefined,
			transfer: { totalBytes: 2048, jsBytes: 1024, fontBytes: 0, cssBytes: 0, dataBytes: 0, requests: 3, workerBytes: 0, workerRequests: 0 },
			drawnMs,
			loadLongestTaskMs: 10,
			domElements: 100,
			heapBytes: 1048576,
			pan: { fps: 60, inputsPerSecond: 60, longTasks: 0, longestTaskMs: 0 },
			click: { domMs: 2, paintMs: 10, actor: 'a' }
		});
		const text = table([{ label: 'seed', threadboard: summarise([run(300), run(100), run(200)]), baseline: summarise([run(100), run(null)]) }]);
		expect(text).toContain('| seed | graph (and map) drawn | 200 ms | 100 ms | 2.00× |');
		expect(text).toContain('baseline failed 1 of 2 runs | not drawn within 60 s');
	});
});
