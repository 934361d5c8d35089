/**
 * The corpus timeline: articles by publication month and the dates their texts give
 * for each claim, on one month axis, with a brush that picks a month window. Pure:
 * extent, counts, the pixel ↔ month scale, snapping and keyboard steps.
 * Months are indices counted from year 0 (src/lib/view/timeline.ts), so they subtract.
 */
import type { Model } from '$lib/model/types';
import { dateRange, type TimeWindow } from '$lib/view/filters';
import { monthAt, monthIndex, monthLabel } from '$lib/view/timeline';

/** A window in month indices, inclusive at both ends. */
export interface MonthSpan {
	from: number;
	to: number;
}

export const spanOf = (date: string): MonthSpan => {
	const range = dateRange(date);
	return { from: monthIndex(range.from), to: monthIndex(range.to) };
};

export const windowToSpan = (window: TimeWindow): MonthSpan => ({ from: monthIndex(window.from), to: monthIndex(window.to) });
export const spanToWindow = (span: MonthSpan): TimeWindow => ({ from: monthAt(span.from), to: monthAt(span.to) });

export interface ArticleMark {
	id: string;
	title: string;
	publisher: string;
	span: MonthSpan;
}

/** One source's date for a claim: what the text says, not when it was published. */
export interface DateMark {
	claimId: string;
	span: MonthSpan;
}

export function articleMarks(model: Pick<Model, 'articles'>): ArticleMark[] {
	return model.articles.flatMap((article) => (article.published ? [{ id: article.id, title: article.title, publisher: article.publisher, span: spanOf(article.published) }] : []));
}

export function dateMarks(model: Pick<Model, 'relations'>): DateMark[] {
	return model.relations.flatMap((claim) => claim.sources.flatMap((source) => (source.date ? [{ claimId: claim.id, span: spanOf(source.date) }] : [])));
}

/** The months the timeline covers: every article's publication and every date a source gives; null when nothing is dated. */
export function timelineExtent(model: Pick<Model, 'articles' | 'relations'>): MonthSpan | null {
	const spans = [...articleMarks(model), ...dateMarks(model)].map((mark) => mark.span);
	if (spans.length === 0) return null;
	return { from: Math.min(...spans.map((span) => span.from)), to: Math.max(...spans.map((span) => span.to)) };
}

/** Whether two month spans share a month. */
export const meets = (a: MonthSpan, b: MonthSpan) => a.from <= b.to && b.from <= a.to;

/**
 * Claims with at least one source date in the window (its range meets it), as a
 * filter would keep them; every claim when there is no window, undated ones dropped when there is.
 */
export function claimsInWindow(model: Pick<Model, 'relations'>, window: TimeWindow | null): Set<string> {
	if (!window) return new Set(model.relations.map((claim) => claim.id));
	const span = windowToSpan(window);
	return new Set(model.relations.filter((claim) => claim.sources.some((source) => source.date !== null && meets(spanOf(source.date), span))).map((claim) => claim.id));
}

export interface YearCount {
	year: number;
	articles: number;
	/** Source dates that fall in (or span) the year. */
	dates: number;
}

/** Per year of the extent: articles published and source dates given, every year present (zeros included). */
export function yearCounts(model: Pick<Model, 'articles' | 'relations'>): YearCount[] {
	const extent = timelineExtent(model);
	if (!extent) return [];
	const first = Math.floor(extent.from / 12);
	const counts = Array.from({ length: Math.floor(extent.to / 12) - first + 1 }, (_, index) => ({ year: first + index, articles: 0, dates: 0 }));
	const yearOf = (month: number) => counts[Math.floor(month / 12) - first]!;
	for (const mark of articleMarks(model)) yearOf(mark.span.from).articles++;
	for (const mark of dateMarks(model)) yearOf(mark.span.from).dates++;
	return counts;
}

/** Per month of the extent, how many source dates fall exactly in it (month or day precision only). */
export function monthCounts(model: Pick<Model, 'articles' | 'relations'>): Map<number, number> {
	const counts = new Map<number, number>();
	for (const mark of dateMarks(model)) if (mark.span.from === mark.span.to) counts.set(mark.span.from, (counts.get(mark.span.from) ?? 0) + 1);
	return counts;
}

/** A linear scale from months to pixels: month `m` covers [x(m), x(m + 1)) between `left` and `right`. */
export interface MonthScale {
	extent: MonthSpan;
	left: number;
	right: number;
}

export const monthsIn = (span: MonthSpan) => span.to - span.from + 1;

export function monthToX(scale: MonthScale, month: number): number {
	return scale.left + ((month - scale.extent.from) / monthsIn(scale.extent)) * (scale.right - scale.left);
}

/** The month under a pixel, clamped to the extent. */
export function xToMonth(scale: MonthScale, x: number): number {
	const width = scale.right - scale.left;
	const month = width <= 0 ? scale.extent.from : scale.extent.from + Math.floor(((x - scale.left) / width) * monthsIn(scale.extent));
	return Math.max(scale.extent.from, Math.min(scale.extent.to, month));
}

/** A drag from one pixel to another, snapped to whole months covering both ends. */
export function brushSpan(scale: MonthScale, x0: number, x1: number): MonthSpan {
	const [a, b] = [xToMonth(scale, x0), xToMonth(scale, x1)];
	return { from: Math.min(a, b), to: Math.max(a, b) };
}

/** The window a span means: none when it covers the whole extent (nothing is filtered). */
export function spanAsWindow(span: MonthSpan, extent: MonthSpan): TimeWindow | null {
	const from = Math.max(extent.from, Math.min(span.from, span.to));
	const to = Math.min(extent.to, Math.max(span.from, span.to));
	if (from <= extent.from && to >= extent.to) return null;
	return spanToWindow({ from, to });
}

/** The window shown, clamped to the extent: the whole extent when there is none. */
export function shownSpan(window: TimeWindow | null, extent: MonthSpan): MonthSpan {
	if (!window) return extent;
	const span = windowToSpan(window);
	const clamp = (month: number) => Math.max(extent.from, Math.min(extent.to, month));
	const [from, to] = [clamp(Math.min(span.from, span.to)), clamp(Math.max(span.from, span.to))];
	return { from, to };
}

/** A slider's next month for a key (arrows a month, Page Up/Down a year, Home/End the ends); null for other keys. */
export function stepMonth(month: number, key: string, min: number, max: number): number | null {
	const steps: Record<string, number> = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1, PageUp: 12, PageDown: -12 };
	let next: number;
	if (key === 'Home') next = min;
	else if (key === 'End') next = max;
	else if (key in steps) next = month + steps[key]!;
	else return null;
	return Math.max(min, Math.min(max, next));
}

/** Moves one end of the window; the other end is pushed along rather than crossed. */
export function moveEnd(span: MonthSpan, end: 'from' | 'to', month: number): MonthSpan {
	return end === 'from' ? { from: month, to: Math.max(month, span.to) } : { from: Math.min(month, span.from), to: month };
}

/** Years to label on the axis: every year when there is room, else every 2nd, 5th, 10th… */
export function yearTicks(scale: MonthScale, minSpacing: number): number[] {
	const firstYear = Math.ceil(scale.extent.from / 12);
	const lastYear = Math.floor(scale.extent.to / 12);
	const perYear = (12 * (scale.right - scale.left)) / monthsIn(scale.extent);
	const step = [1, 2, 5, 10, 20, 50, 100].find((candidate) => candidate * perYear >= minSpacing) ?? 100;
	const years: number[] = [];
	for (let year = Math.ceil(firstYear / step) * step; year <= lastYear; year += step) years.push(year);
	return years;
}

/**
 * The axis's labels: years when the extent crosses enough of them, else months
 * (`Mar 2011`) at a step that leaves room, so a band of a few months is labelled too.
 */
export function axisLabels(scale: MonthScale, yearSpacing: number, monthSpacing: number): { month: number; text: string }[] {
	const years = yearTicks(scale, yearSpacing);
	if (years.length >= 2 || monthsIn(scale.extent) > 24) return years.map((year) => ({ month: year * 12, text: String(year) }));
	const perMonth = (scale.right - scale.left) / monthsIn(scale.extent);
	const step = [1, 2, 3, 6, 12].find((candidate) => candidate * perMonth >= monthSpacing) ?? 12;
	const labels: { month: number; text: string }[] = [];
	for (let month = scale.extent.from; month <= scale.extent.to; month += step) labels.push({ month, text: monthLabel(monthAt(month)) });
	return labels;
}

/** A label short enough to sit beside a tick: the first words of the title, cut at a word with an ellipsis. */
export function shortLabel(title: string, maxChars = 22): string {
	const clean = title.replace(/\s+/g, ' ').trim();
	if (clean.length <= maxChars) return clean;
	const cut = clean.slice(0, maxChars - 1);
	const atWord = cut.lastIndexOf(' ');
	return `${(atWord > maxChars / 2 ? cut.slice(0, atWord) : cut).replace(/[\s,.;:–—-]+$/, '')}…`;
}

/**
 * Places labels of the given widths beside their ticks at `x`: right of the tick if it
 * fits, else left of it, in the first lane where it overlaps nothing; null when no lane
 * has room (the tick stays, unlabelled). Labels keep within [left, right].
 */
export function placeLabels(ticks: { x: number; width: number }[], lanes: number, left: number, right: number, gap = 6): ({ lane: number; x: number } | null)[] {
	const placed: [number, number][][] = Array.from({ length: lanes }, () => []);
	const free = (lane: number, from: number, to: number) => placed[lane]!.every(([start, end]) => to + gap <= start || from >= end + gap);
	const order = ticks.map((tick, index) => ({ ...tick, index })).sort((a, b) => a.x - b.x);
	const result: ({ lane: number; x: number } | null)[] = ticks.map(() => null);
	for (const tick of order) {
		const clamp = (start: number) => Math.max(left, Math.min(start, right - tick.width));
		const starts = [clamp(tick.x + 5), clamp(tick.x - 5 - tick.width)];
		search: for (let lane = 0; lane < lanes; lane++)
			for (const start of starts)
				if (free(lane, start, start + tick.width)) {
					placed[lane]!.push([start, start + tick.width]);
					result[tick.index] = { lane, x: start };
					break search;
				}
	}
	return result;
}
