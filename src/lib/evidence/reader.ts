/**
 * Pure helpers for the article reader: which runs are marked and how strongly,
 * what a run is evidence for, and the index math of its roving keyboard focus.
 */
import { must, type DatasetIndex } from '$lib/dataset/lookup';
import type { Selection } from '$lib/view/selection';
import { relationLabel } from '$lib/model/describe';
import { supportedBy } from '$lib/model/evidence';
import type { Paragraph, Segment } from './segments';

/** How a run is drawn: plain, quoted by some item, or quoted by the current selection. */
export type MarkLevel = 'none' | 'quoted' | 'selected';

export function markLevel(quoteIds: readonly string[], selectedQuoteIds: ReadonlySet<string>): MarkLevel {
	if (quoteIds.length === 0) return 'none';
	return quoteIds.some((id) => selectedQuoteIds.has(id)) ? 'selected' : 'quoted';
}

/** Every item the quotes covering a run support, each once, in the order the quotes list them. */
export function itemsSupportedBy(index: DatasetIndex, quoteIds: readonly string[]): Selection[] {
	const seen = new Set<string>();
	const items: Selection[] = [];
	for (const quoteId of quoteIds)
		for (const item of supportedBy(index, quoteId)) {
			const key = `${item.kind}:${item.id}`;
			if (seen.has(key)) continue;
			seen.add(key);
			items.push(item);
		}
	return items;
}

/** A marked run the reader can act on: what it is evidence for. */
export interface EvidenceRun {
	segment: Segment;
	items: Selection[];
}

/** The runs a reader can click or tab to, in reading order: covered by a quote that supports something. */
export function evidenceRuns(index: DatasetIndex, paragraphs: readonly Paragraph[]): EvidenceRun[] {
	const runs: EvidenceRun[] = [];
	for (const paragraph of paragraphs)
		for (const segment of paragraph.segments) {
			if (segment.quoteIds.length === 0) continue;
			const items = itemsSupportedBy(index, segment.quoteIds);
			if (items.length > 0) runs.push({ segment, items });
		}
	return runs;
}

/** Start offsets of the segments a quote covers; a segment's start identifies it in the article. */
export function segmentStartsOfQuote(paragraphs: readonly Paragraph[], quoteId: string): number[] {
	return paragraphs.flatMap((paragraph) =>
		paragraph.segments.filter((segment) => segment.quoteIds.includes(quoteId)).map((segment) => segment.start)
	);
}

const KIND_LABELS: Record<Selection['kind'], string> = { entity: 'Actor', relation: 'Relation', place: 'Place' };

/** “Actor: Haqqani Network”, “Relation: al-Qaeda funds Taliban, asserted by …”, “Place: Kabul”. */
export function itemLabel(index: DatasetIndex, item: Selection): string {
	const prefix = KIND_LABELS[item.kind];
	switch (item.kind) {
		case 'entity':
			return `${prefix}: ${must(index.entity.get(item.id), `entity ${item.id}`).name}`;
		case 'relation':
			return `${prefix}: ${relationLabel(index, must(index.relation.get(item.id), `relation ${item.id}`))}`;
		case 'place':
			return `${prefix}: ${must(index.place.get(item.id), `place ${item.id}`).name}`;
	}
}

function items(count: number): string {
	return `${count} ${count === 1 ? 'item' : 'items'}`;
}

/** The description a marked run announces after its own text. */
export function runDescription(itemCount: number, supportsSelection: boolean): string {
	return `evidence for ${items(itemCount)}${supportsSelection ? ', including the current selection' : ''}`;
}

/** The heading of the choice popover. */
export function choiceHeading(itemCount: number): string {
	return `This passage supports ${items(itemCount)}`;
}

/**
 * Where the roving focus goes for a key, given the focused run's position among
 * `count` runs; null when the key is not a roving key. Stops at the ends, no wrap,
 * so holding an arrow key does not jump back to the top of the article.
 */
export function rovingTarget(key: string, current: number, count: number): number | null {
	if (count === 0) return null;
	switch (key) {
		case 'ArrowRight':
		case 'ArrowDown':
			return Math.min(current + 1, count - 1);
		case 'ArrowLeft':
		case 'ArrowUp':
			return Math.max(current - 1, 0);
		case 'Home':
			return 0;
		case 'End':
			return count - 1;
		default:
			return null;
	}
}

/** The one run in the Tab order: the last focused one while it still exists, else the first. */
export function tabStop(runStarts: readonly number[], lastFocusedStart: number | null): number | null {
	if (lastFocusedStart !== null && runStarts.includes(lastFocusedStart)) return lastFocusedStart;
	return runStarts[0] ?? null;
}

/** The parts of a rectangle the popover placement needs (DOMRect has them). */
export interface Box {
	left: number;
	top: number;
	bottom: number;
}

/**
 * Where to put the choice popover inside the scrolling text, in the text's own
 * coordinates: just below the line on which the run ends, at that line's left edge.
 * Horizontal overflow is clamped in CSS, which knows the popover's width.
 */
export function choicePosition(
	runLines: readonly Box[],
	container: Box,
	scroll: { top: number; left: number },
	gap = 4
): { top: number; left: number } {
	const line = runLines[runLines.length - 1];
	if (!line) return { top: scroll.top, left: scroll.left };
	return {
		top: Math.round(line.bottom - container.top + scroll.top + gap),
		left: Math.round(Math.max(0, line.left - container.left + scroll.left))
	};
}
