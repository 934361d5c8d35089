import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/lib/dataset/lookup';
import { articleSegments } from '../../src/lib/evidence/segments';
import { supportedBy } from '../../src/lib/model/evidence';
import {
	choiceHeading,
	choicePosition,
	evidenceRuns,
	itemLabel,
	itemsSupportedBy,
	markLevel,
	rovingTarget,
	runDescription,
	segmentStartsOfQuote,
	tabStop
} from '../../src/lib/evidence/reader';
import { loadSeed } from './seed';

const dataset = loadSeed();
const index = indexDataset(dataset);
const paragraphs = articleSegments(dataset.articleText, dataset.quotes);

describe('markLevel', () => {
	it('leaves unquoted text plain, marks quoted text, and marks the selection’s quotes strongly', () => {
		expect(markLevel([], new Set(['q-a']))).toBe('none');
		expect(markLevel(['q-a'], new Set())).toBe('quoted');
		expect(markLevel(['q-a', 'q-b'], new Set(['q-b']))).toBe('selected');
		expect(markLevel(['q-a'], new Set(['q-b']))).toBe('quoted');
	});
});

describe('itemsSupportedBy', () => {
	it('gives what a single quote supports', () => {
		expect(itemsSupportedBy(index, ['q-doha'])).toEqual(supportedBy(index, 'q-doha'));
	});

	it('merges the items of several quotes, each once, keeping the first quote’s order', () => {
		const merged = itemsSupportedBy(index, ['q-biden-review', 'q-doha']);
		const keys = merged.map((item) => `${item.kind}:${item.id}`);
		expect(new Set(keys).size).toBe(keys.length);
		const expected = new Set([...supportedBy(index, 'q-biden-review'), ...supportedBy(index, 'q-doha')].map((item) => `${item.kind}:${item.id}`));
		expect(new Set(keys)).toEqual(expected);
		expect(merged.slice(0, supportedBy(index, 'q-biden-review').length)).toEqual(supportedBy(index, 'q-biden-review'));
		expect(itemsSupportedBy(index, ['q-doha', 'q-doha'])).toEqual(supportedBy(index, 'q-doha'));
	});

	it('is empty for no quotes', () => {
		expect(itemsSupportedBy(index, [])).toEqual([]);
	});
});

describe('evidenceRuns', () => {
	const runs = evidenceRuns(index, paragraphs);

	it('lists every quoted run that supports something, in reading order, and nothing else', () => {
		const quoted = paragraphs.flatMap((paragraph) => paragraph.segments).filter((segment) => segment.quoteIds.length > 0);
		// Every seed quote is evidence for something, so every quoted run is actionable.
		expect(runs.map((run) => run.segment)).toEqual(quoted);
		const starts = runs.map((run) => run.segment.start);
		expect(starts).toEqual([...starts].sort((a, b) => a - b));
		for (const run of runs) expect(run.items).toEqual(itemsSupportedBy(index, run.segment.quoteIds));
	});

	it('skips runs whose quotes support nothing', () => {
		const text = 'alpha beta';
		const orphan = { id: 'q-orphan', start: 0, end: 5, exact: 'alpha', prefix: '', suffix: '' };
		expect(evidenceRuns(index, articleSegments(text, [orphan]))).toEqual([]);
	});
});

describe('segmentStartsOfQuote', () => {
	it('finds every segment of a quote, first one at the quote’s start', () => {
		const lede = index.quote.get('q-joint-unit-lede')!;
		const starts = segmentStartsOfQuote(paragraphs, lede.id);
		expect(starts[0]).toBe(lede.start);
		// The lede contains two other quotes, so it is cut into several runs.
		expect(starts.length).toBeGreaterThan(1);
		const segments = paragraphs.flatMap((paragraph) => paragraph.segments).filter((segment) => starts.includes(segment.start));
		expect(segments.map((segment) => segment.text).join('')).toBe(lede.exact);
	});

	it('is empty for an unknown quote', () => {
		expect(segmentStartsOfQuote(paragraphs, 'q-nope')).toEqual([]);
	});
});

describe('labels', () => {
	it('names each kind of item with its kind first', () => {
		expect(itemLabel(index, { kind: 'entity', id: 'haqqani-network' })).toBe('Actor: Haqqani Network');
		expect(itemLabel(index, { kind: 'place', id: 'kabul' })).toBe('Place: Kabul');
		const relation = dataset.relations.find((item) => item.type === 'joint operation' && item.stance === 'proposed')!;
		expect(itemLabel(index, { kind: 'relation', id: relation.id })).toMatch(
			/^Relation: Haqqani Network operates jointly with al-Qaeda, proposed or discussed by /
		);
	});

	it('throws for an item that is not in the dataset', () => {
		expect(() => itemLabel(index, { kind: 'entity', id: 'nobody' })).toThrow(/nobody/);
	});

	it('counts items in words', () => {
		expect(runDescription(1, false)).toBe('evidence for 1 item');
		expect(runDescription(3, false)).toBe('evidence for 3 items');
		expect(runDescription(2, true)).toBe('evidence for 2 items, including the current selection');
		expect(choiceHeading(4)).toBe('This passage supports 4 items');
	});
});

describe('rovingTarget', () => {
	it('moves forward and back by one, stopping at the ends', () => {
		expect(rovingTarget('ArrowRight', 0, 3)).toBe(1);
		expect(rovingTarget('ArrowDown', 1, 3)).toBe(2);
		expect(rovingTarget('ArrowRight', 2, 3)).toBe(2);
		expect(rovingTarget('ArrowLeft', 2, 3)).toBe(1);
		expect(rovingTarget('ArrowUp', 0, 3)).toBe(0);
	});

	it('jumps to the first and last with Home and End', () => {
		expect(rovingTarget('Home', 2, 5)).toBe(0);
		expect(rovingTarget('End', 0, 5)).toBe(4);
	});

	it('ignores other keys and empty lists', () => {
		expect(rovingTarget('Enter', 0, 3)).toBeNull();
		expect(rovingTarget('a', 0, 3)).toBeNull();
		expect(rovingTarget('ArrowDown', 0, 0)).toBeNull();
	});
});

describe('tabStop', () => {
	it('is the last focused run while it exists, else the first', () => {
		expect(tabStop([3, 8, 20], 8)).toBe(8);
		expect(tabStop([3, 8, 20], null)).toBe(3);
		expect(tabStop([3, 8, 20], 9)).toBe(3);
		expect(tabStop([], null)).toBeNull();
		expect(tabStop([], 3)).toBeNull();
	});
});

describe('choicePosition', () => {
	const container = { left: 100, top: 50, bottom: 650 };

	it('sits just below the last line of the run, in scrolled text coordinates', () => {
		const lines = [
			{ left: 300, top: 200, bottom: 220 },
			{ left: 110, top: 220, bottom: 240 }
		];
		expect(choicePosition(lines, container, { top: 400, left: 0 })).toEqual({ top: 240 - 50 + 400 + 4, left: 10 });
	});

	it('never starts left of the text', () => {
		expect(choicePosition([{ left: 90, top: 60, bottom: 80 }], container, { top: 0, left: 0 }, 0)).toEqual({ top: 30, left: 0 });
	});

	it('falls back to the top of the visible text without line boxes', () => {
		expect(choicePosition([], container, { top: 120, left: 5 })).toEqual({ top: 120, left: 5 });
	});
});

describe('ArticleReader markup (server render)', async () => {
	const { render } = await import('svelte/server');
	const { default: ArticleReader } = await import('../../src/lib/evidence/ArticleReader.svelte');
	const html = render(ArticleReader, {
		props: { index, selection: { kind: 'place', id: 'doha' }, shownQuote: { id: 'q-joint-unit-lede', request: 1 }, onselect: () => {} }
	}).body;
	const decode = (markup: string) =>
		markup
			.replace(/<!--[\s\S]*?-->|<[^>]+>/g, '')
			.replace(/&lt;/g, '<')
			.replace(/&gt;/g, '>')
			.replace(/&quot;/g, '"')
			.replace(/&#39;/g, "'")
			.replace(/&amp;/g, '&');
	const paragraphTexts = [...html.matchAll(/<p class="[^"]*">([\s\S]*?)<\/p>/g)].map((match) => decode(match[1]!));
	const runTags = [...html.matchAll(/<span role="button"[^>]*>/g)].map((match) => match[0]);

	it('renders each paragraph’s text exactly, after the byline', () => {
		expect(paragraphTexts[0]).toBe(dataset.article.publisher);
		expect(paragraphTexts.slice(1)).toEqual(paragraphs.map((paragraph) => paragraph.segments.map((segment) => segment.text).join('')));
	});

	it('makes every evidence run a button with its quote ids, one of them in the Tab order', () => {
		const runs = evidenceRuns(index, paragraphs);
		expect(runTags).toHaveLength(runs.length);
		expect(runTags.filter((tag) => tag.includes('tabindex="0"'))).toHaveLength(1);
		expect(runTags[0]).toContain('tabindex="0"');
		runTags.forEach((tag, i) => expect(tag).toContain(`data-quote-ids="${runs[i]!.segment.quoteIds.join(' ')}"`));
	});

	it('describes every run with a description that exists', () => {
		for (const tag of runTags) {
			const id = /aria-describedby="([^"]+)"/.exec(tag)?.[1];
			expect(id).toBeDefined();
			expect(html).toMatch(new RegExp(`<span id="${id}">evidence for \\d+ items?`));
		}
	});

	it('marks the selection’s quotes strongly and the shown quote’s runs as shown', () => {
		const shownStarts = segmentStartsOfQuote(paragraphs, 'q-joint-unit-lede');
		const shownTags = runTags.filter((tag) => tag.includes('data-shown="true"'));
		expect(shownTags.map((tag) => Number(/data-start="(\d+)"/.exec(tag)![1]))).toEqual(shownStarts);
		const strong = runTags.filter((tag) => / selected /.test(tag));
		expect(strong.length).toBeGreaterThan(0);
		for (const tag of strong) expect(tag).toContain('q-doha');
	});
});
