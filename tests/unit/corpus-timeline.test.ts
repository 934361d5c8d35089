import { describe, expect, it } from 'vitest';
import {
	axisLabels,
	brushSpan,
	claimsInWindow,
	dateMarks,
	placeLabels,
	monthToX,
	monthsIn,
	moveEnd,
	shortLabel,
	shownSpan,
	spanAsWindow,
	spanOf,
	stepMonth,
	timelineExtent,
	xToMonth,
	yearCounts,
	yearTicks,
	type MonthScale
} from '../../src/lib/corpus/corpus-timeline';
import { modelOfCorpus } from '../../src/lib/model/corpus';
import { modelOfDataset } from '../../src/lib/model/dataset-model';
import { monthAt, monthIndex, monthLabel } from '../../src/lib/view/timeline';
import { article, threeArticles } from './corpus-fixtures';
import { loadSeed } from './seed';

const corpus = modelOfCorpus('test', 'Test', threeArticles(), { actors: {}, places: {} });
const m = monthIndex;

describe('timeline extent and counts', () => {
	it('spans the publication dates and every date a source gives, partial dates as whole months or years', () => {
		// Dates given: 2019-11, 2018 (Jan–Dec), 2020, 2021-02-03; published 2020-03-15, 2021-07 (the wire is undated).
		expect(timelineExtent(corpus)).toEqual({ from: m('2018-01'), to: m('2021-07') });
		expect(spanOf('2018')).toEqual({ from: m('2018-01'), to: m('2018-12') });
		expect(spanOf('2021-02-03')).toEqual({ from: m('2021-02'), to: m('2021-02') });
	});

	it('counts articles and source dates per year, empty years included', () => {
		expect(yearCounts(corpus)).toEqual([
			{ year: 2018, articles: 0, dates: 1 },
			{ year: 2019, articles: 0, dates: 1 },
			{ year: 2020, articles: 1, dates: 1 },
			{ year: 2021, articles: 1, dates: 1 }
		]);
	});

	it('works on a one-article model and has no extent when nothing is dated', () => {
		const seed = modelOfDataset(loadSeed());
		const extent = timelineExtent(seed);
		expect(extent).not.toBeNull();
		expect(yearCounts(seed).reduce((sum, year) => sum + year.dates, 0)).toBe(dateMarks(seed).length);
		const undated = modelOfDataset(article('undated', 'Undated', null, [['a', 'Alpha Group', 'armed group'], ['b', 'Beta Group', 'armed group']], [], [{ id: 'r', source: 'a', target: 'b' }]));
		expect(timelineExtent(undated)).toBeNull();
		expect(yearCounts(undated)).toEqual([]);
		expect(claimsInWindow(undated, null)).toEqual(new Set(['r']));
	});
});

describe('the month scale and the brush', () => {
	const scale: MonthScale = { extent: { from: m('2018-01'), to: m('2021-12') }, left: 100, right: 580 }; // 48 months, 10 px each

	it('maps months to pixels and back, clamped to the extent', () => {
		expect(monthToX(scale, m('2018-01'))).toBe(100);
		expect(monthToX(scale, m('2019-01'))).toBe(220);
		expect(xToMonth(scale, 225)).toBe(m('2019-01'));
		expect(xToMonth(scale, 229.9)).toBe(m('2019-01'));
		expect(xToMonth(scale, 0)).toBe(m('2018-01'));
		expect(xToMonth(scale, 9999)).toBe(m('2021-12'));
		for (let month = scale.extent.from; month <= scale.extent.to; month++) expect(xToMonth(scale, monthToX(scale, month) + 5)).toBe(month);
	});

	it('snaps a drag to whole months covering both ends, whichever way it goes', () => {
		expect(brushSpan(scale, 345, 225)).toEqual({ from: m('2019-01'), to: m('2020-01') });
		expect(spanAsWindow(brushSpan(scale, 225, 345), scale.extent)).toEqual({ from: '2019-01', to: '2020-01' });
		// A drag over everything is no window at all.
		expect(spanAsWindow(brushSpan(scale, 0, 9999), scale.extent)).toBeNull();
	});

	it('moves a slider end by month, year and to the ends, pushing the other end rather than crossing it', () => {
		const [min, max] = [scale.extent.from, scale.extent.to];
		expect(stepMonth(m('2019-05'), 'ArrowRight', min, max)).toBe(m('2019-06'));
		expect(stepMonth(m('2019-05'), 'ArrowDown', min, max)).toBe(m('2019-04'));
		expect(stepMonth(m('2019-05'), 'PageUp', min, max)).toBe(m('2020-05'));
		expect(stepMonth(m('2018-05'), 'PageDown', min, max)).toBe(min);
		expect(stepMonth(m('2019-05'), 'End', min, max)).toBe(max);
		expect(stepMonth(m('2019-05'), 'a', min, max)).toBeNull();
		expect(moveEnd({ from: m('2019-01'), to: m('2019-06') }, 'from', m('2019-09'))).toEqual({ from: m('2019-09'), to: m('2019-09') });
		expect(moveEnd({ from: m('2019-01'), to: m('2019-06') }, 'to', m('2018-10'))).toEqual({ from: m('2018-10'), to: m('2018-10') });
	});

	it('shows a window from a link clamped to the extent, and the whole extent without one', () => {
		expect(shownSpan(null, scale.extent)).toEqual(scale.extent);
		expect(shownSpan({ from: '2010-01', to: '2019-03' }, scale.extent)).toEqual({ from: scale.extent.from, to: m('2019-03') });
	});

	it('labels months instead when the band covers a few of them', () => {
		const months: MonthScale = { extent: { from: m('2020-05'), to: m('2020-09') }, left: 0, right: 500 };
		expect(axisLabels(months, 56, 80).map((label) => label.text)).toEqual(['2020-05', '2020-06', '2020-07', '2020-08', '2020-09'].map(monthLabel));
		expect(axisLabels(months, 56, 80)[0]!.text).toBe('May 2020');
		expect(axisLabels({ ...months, right: 200 }, 56, 80).map((label) => label.month)).toEqual([m('2020-05'), m('2020-07'), m('2020-09')]);
		expect(axisLabels({ extent: { from: m('2020-05'), to: m('2020-05') }, left: 0, right: 500 }, 56, 80)).toEqual([{ month: m('2020-05'), text: monthLabel('2020-05') }]);
		expect(axisLabels(scale, 60, 80).map((label) => label.text)).toEqual(['2018', '2019', '2020', '2021']);
	});

	it('labels years at a spacing that leaves room', () => {
		expect(yearTicks(scale, 60)).toEqual([2018, 2019, 2020, 2021]);
		expect(yearTicks({ extent: { from: m('1980-01'), to: m('2021-12') }, left: 0, right: 420 }, 60)).toEqual([1980, 1990, 2000, 2010, 2020]);
	});
});

describe('brushing filters the claims', () => {
	it('keeps exactly the claims with a source date in the window', () => {
		const extent = timelineExtent(corpus)!;
		const scale: MonthScale = { extent, left: 40, right: 40 + monthsIn(extent) * 12 };
		// Drag from March 2019 to June 2020.
		const window = spanAsWindow(brushSpan(scale, monthToX(scale, m('2019-03')) + 1, monthToX(scale, m('2020-06')) + 1), extent)!;
		expect(window).toEqual({ from: '2019-03', to: '2020-06' });
		const kept = claimsInWindow(corpus, window);
		// By hand: each claim and the months its sources give.
		const expected = corpus.relations
			.filter((claim) =>
				claim.sources.some((source) => {
					if (!source.date) return false;
					const span = spanOf(source.date);
					return span.to >= m('2019-03') && span.from <= m('2020-06');
				})
			)
			.map((claim) => claim.id);
		expect([...kept].sort()).toEqual(expected.sort());
		// The attack (2019-11 in one article, 2020 in another) is in; the 2018 affiliation, the 2021 one and the undated funding are out.
		const attack = corpus.relations.find((claim) => claim.type === 'attack')!;
		expect(attack.sources).toHaveLength(2);
		expect(kept).toEqual(new Set([attack.id]));
		// Narrowing to February 2021 keeps only the affiliation dated then (the shortened name is not merged: weak).
		const february = claimsInWindow(corpus, { from: '2021-02', to: '2021-02' });
		expect([...february].map((id) => corpus.relation.get(id)!.sources.map((source) => source.date))).toEqual([['2021-02-03']]);
		expect(claimsInWindow(corpus, null).size).toBe(corpus.relations.length);
	});

	it('agrees with a month-by-month check on the seed article', () => {
		const seed = modelOfDataset(loadSeed());
		const extent = timelineExtent(seed)!;
		for (let from = extent.from; from <= extent.to; from += 5) {
			const window = { from: monthAt(from), to: monthAt(Math.min(extent.to, from + 7)) };
			const expected = seed.relations.filter((claim) => claim.date !== null && spanOf(claim.date).to >= from && spanOf(claim.date).from <= from + 7).map((claim) => claim.id);
			expect([...claimsInWindow(seed, window)].sort()).toEqual(expected.sort());
		}
	});
});

describe('labels', () => {
	it('shortens a title at a word', () => {
		expect(shortLabel('Short title')).toBe('Short title');
		expect(shortLabel('Treasury Designates Leaders of the Network in Pakistan')).toBe('Treasury Designates…');
		expect(shortLabel('Supercalifragilisticexpialidocious words')).toBe('Supercalifragilistice…');
	});
	it('puts labels beside their ticks in lanes so none overlap, left of the tick when the right is taken, and leaves out one with no room', () => {
		const ticks = [0, 130, 132, 133, 395].map((x) => ({ x, width: 50 }));
		const placed = placeLabels(ticks, 2, 0, 400);
		expect(placed).toEqual([{ lane: 0, x: 5 }, { lane: 0, x: 135 }, { lane: 0, x: 77 }, { lane: 1, x: 138 }, { lane: 0, x: 350 }]);
		// Nothing overlaps within a lane, and every label stays inside the band.
		for (const lane of [0, 1]) {
			const spans = placed.flatMap((label, index) => (label?.lane === lane ? [[label.x, label.x + ticks[index]!.width]] : [])).sort((a, b) => a[0]! - b[0]!);
			for (let i = 1; i < spans.length; i++) expect(spans[i]![0]).toBeGreaterThanOrEqual(spans[i - 1]![1]!);
		}
		expect(placeLabels([{ x: 10, width: 50 }, { x: 12, width: 50 }, { x: 14, width: 50 }], 1, 0, 60)).toEqual([{ lane: 0, x: 10 }, null, null]);
	});
});
