/**
 * The map's screen-space layout, redone on every zoom so markers and text keep
 * their on-screen size: markers that would sit on one another are fanned out
 * around the first, then labels are placed greedily so that none overlaps
 * another label, a marker or the map's own controls.
 */
import type { Place, PlaceKind } from '$lib/dataset/schema';
import { compareText } from '$lib/model/english';
import {
	applyView,
	formatDistance,
	markerRadius,
	type AreaLabel,
	type PlaceMarker,
	type Point,
	type View
} from './map-model';

export interface Box {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}
/** Something labels must keep clear of; `id` lets a label ignore its own marker. */
export interface Obstacle extends Box {
	id?: string;
}

export type LabelAnchor = 'start' | 'middle' | 'end';
export type LabelTone = 'place' | 'focus-country' | 'neighbour' | 'context';

export interface LabelRequest {
	id: string;
	text: string;
	/** The point labelled. */
	x: number;
	y: number;
	/** From the point to the nearest edge of the text: the marker's radius plus a gap. */
	clearance: number;
	/** 'around': right, left, above, below, then the diagonals; 'centre': on the point or not at all. */
	placement: 'around' | 'centre';
	tone: LabelTone;
}

export interface PlacedLabel {
	id: string;
	text: string;
	tone: LabelTone;
	/** Text position: x at the anchor, y at the baseline. */
	x: number;
	y: number;
	anchor: LabelAnchor;
	box: Box;
}

export interface LabelLayout {
	placed: PlacedLabel[];
	/** Labels with no free spot; their markers still have accessible names and the place list. */
	hidden: string[];
}

/** Font size and estimated advance per character for each tone (≈ 6.8 px per character at 12 px). */
export const LABEL_METRICS: Record<LabelTone, { fontSize: number; charWidth: number }> = {
	place: { fontSize: 12, charWidth: 6.8 },
	// Upper case with letter spacing runs wider.
	'focus-country': { fontSize: 12, charWidth: 9 },
	neighbour: { fontSize: 11, charWidth: 8.2 },
	context: { fontSize: 11, charWidth: 6.2 }
};
/** The white halo around text takes room too. */
const HALO = 2;

export function overlaps(a: Box, b: Box): boolean {
	return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

function contains(outer: Box, inner: Box): boolean {
	return inner.x0 >= outer.x0 && inner.x1 <= outer.x1 && inner.y0 >= outer.y0 && inner.y1 <= outer.y1;
}

export function textBox(text: string, tone: LabelTone, x: number, baseline: number, anchor: LabelAnchor): Box {
	const { fontSize, charWidth } = LABEL_METRICS[tone];
	const width = text.length * charWidth;
	const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
	return { x0: left - HALO, y0: baseline - 0.85 * fontSize - HALO, x1: left + width + HALO, y1: baseline + 0.25 * fontSize + HALO };
}

function candidates(request: LabelRequest): { x: number; y: number; anchor: LabelAnchor }[] {
	const { x, y, clearance: c } = request;
	const { fontSize: f } = LABEL_METRICS[request.tone];
	// Baselines that put the text beside, above (descenders clear the marker) or below (ascenders clear it) the point.
	const beside = y + 0.3 * f;
	const above = (gap: number) => y - gap - 0.25 * f;
	const below = (gap: number) => y + gap + 0.85 * f;
	if (request.placement === 'centre') return [{ x, y: beside, anchor: 'middle' }];
	const d = c * 0.75;
	return [
		{ x: x + c, y: beside, anchor: 'start' },
		{ x: x - c, y: beside, anchor: 'end' },
		{ x, y: above(c), anchor: 'middle' },
		{ x, y: below(c), anchor: 'middle' },
		{ x: x + d, y: above(d), anchor: 'start' },
		{ x: x + d, y: below(d), anchor: 'start' },
		{ x: x - d, y: above(d), anchor: 'end' },
		{ x: x - d, y: below(d), anchor: 'end' }
	];
}

/**
 * Greedy placement in request order (most important first): each label takes
 * the first candidate spot inside the frame that overlaps no label already
 * placed and no obstacle; a label with no such spot is hidden, never overlapped.
 */
export function placeLabels(requests: readonly LabelRequest[], obstacles: readonly Obstacle[], frame: Box): LabelLayout {
	const placed: PlacedLabel[] = [];
	const hidden: string[] = [];
	for (const request of requests) {
		const spot = candidates(request)
			.map((candidate) => ({ ...candidate, box: textBox(request.text, request.tone, candidate.x, candidate.y, candidate.anchor) }))
			.find(
				({ box }) =>
					contains(frame, box) &&
					!placed.some((label) => overlaps(label.box, box)) &&
					!obstacles.some((obstacle) => obstacle.id !== request.id && overlaps(obstacle, box))
			);
		if (spot) placed.push({ id: request.id, text: request.text, tone: request.tone, ...spot });
		else hidden.push(request.id);
	}
	return { placed, hidden };
}

export interface ScreenPoint extends Point {
	/** Where the place really is; differs from x, y when the marker was fanned out of a cluster. */
	trueX: number;
	trueY: number;
	displaced: boolean;
}

/**
 * Markers closer than `minGap` to an earlier one are fanned out on a ring
 * around it, in the order of their true directions, so each can be seen and
 * clicked; a leader line then ties each to its true position.
 */
export function spreadCoincident(points: readonly (Point & { id: string })[], minGap: number): Map<string, ScreenPoint> {
	const spread = new Map<string, ScreenPoint>();
	for (const anchor of points) {
		if (spread.has(anchor.id)) continue;
		spread.set(anchor.id, { x: anchor.x, y: anchor.y, trueX: anchor.x, trueY: anchor.y, displaced: false });
		const angleOf = (point: Point) => Math.atan2(point.y - anchor.y, point.x - anchor.x);
		const near = points
			.filter((point) => !spread.has(point.id) && Math.hypot(point.x - anchor.x, point.y - anchor.y) < minGap)
			.sort((a, b) => angleOf(a) - angleOf(b));
		if (near.length === 0) continue;
		// Far enough from the anchor and from each other: the chord between neighbours on the ring is at least minGap.
		const radius = near.length === 1 ? minGap : Math.max(minGap, minGap / (2 * Math.sin(Math.PI / near.length)));
		const first = near[0]!;
		// Points on top of each other have no direction; start up-right, where labels have most room.
		const start = Math.hypot(first.x - anchor.x, first.y - anchor.y) < 1 ? -Math.PI / 4 : angleOf(first);
		near.forEach((point, index) => {
			const angle = start + (index * 2 * Math.PI) / near.length;
			spread.set(point.id, {
				x: anchor.x + radius * Math.cos(angle),
				y: anchor.y + radius * Math.sin(angle),
				trueX: point.x,
				trueY: point.y,
				displaced: true
			});
		});
	}
	return spread;
}

const KIND_RANK: Record<PlaceKind, number> = { city: 0, district: 1, province: 1, country: 2, site: 3 };

/** Which marker stays put in a cluster and which labels win: towns and districts before countries and sites, then by evidence. */
export function byProminence(a: Place, b: Place): number {
	return KIND_RANK[a.kind] - KIND_RANK[b.kind] || b.evidence.length - a.evidence.length || compareText(a.name, b.name);
}

/** Markers closer than this (px) are fanned out: two 24 px targets can then just be told apart. */
export const MARKER_MIN_GAP = 22;
/** Room an edge arrow takes. */
export const EDGE_MARKER_RADIUS = 11;

export interface ScreenLayoutInput {
	markers: readonly PlaceMarker[];
	areaLabels: readonly AreaLabel[];
	view: View;
	width: number;
	height: number;
	/** Screen areas covered by controls (toolbar, scale bar, attribution). */
	reserved: readonly Box[];
	/** Places whose labels go first (the selection, then what is emphasised). */
	labelFirst?: readonly string[];
}

export interface ScreenLayout {
	/** Every marker's on-screen point: the (fanned-out) position, or the edge arrow's. */
	points: Map<string, ScreenPoint>;
	labels: LabelLayout;
}

/** Markers fanned out and every label placed, for one view. */
export function layoutScreen({ markers, areaLabels, view, width, height, reserved, labelFirst = [] }: ScreenLayoutInput): ScreenLayout {
	const ordered = [...markers].sort((a, b) => byProminence(a.place, b.place));
	const inside = ordered.filter((marker) => marker.inside);
	const points = spreadCoincident(
		inside.map((marker) => ({ id: marker.place.id, ...applyView(view, marker.point) })),
		MARKER_MIN_GAP
	);
	for (const marker of ordered) {
		if (marker.edge) points.set(marker.place.id, { x: marker.edge.x, y: marker.edge.y, trueX: marker.edge.x, trueY: marker.edge.y, displaced: false });
	}
	const radiusOf = (marker: PlaceMarker) => (marker.edge ? EDGE_MARKER_RADIUS : markerRadius(marker.place.kind));
	const obstacles: Obstacle[] = [...reserved];
	for (const marker of ordered) {
		const point = points.get(marker.place.id)!;
		const r = radiusOf(marker) + 1;
		obstacles.push({ id: marker.place.id, x0: point.x - r, y0: point.y - r, x1: point.x + r, y1: point.y + r });
	}
	const rank = (id: string) => {
		const position = labelFirst.indexOf(id);
		return position < 0 ? labelFirst.length : position;
	};
	const placeRequests: LabelRequest[] = [...ordered]
		.sort((a, b) => rank(a.place.id) - rank(b.place.id))
		.map((marker) => {
			const point = points.get(marker.place.id)!;
			const text = marker.edge ? `${marker.place.name}, ${formatDistance(marker.edge.distanceKm)}` : marker.place.name;
			return { id: marker.place.id, text, x: point.x, y: point.y, clearance: radiusOf(marker) + 4, placement: 'around', tone: 'place' };
		});
	const areaRequests: LabelRequest[] = areaLabels.map((label) => ({
		id: label.id,
		text: label.role === 'context' ? label.text : label.text.toUpperCase(),
		...applyView(view, label.point),
		clearance: 0,
		placement: 'centre',
		tone: label.role
	}));
	const frame = { x0: 0, y0: 0, x1: width, y1: height };
	return { points, labels: placeLabels([...placeRequests, ...areaRequests], obstacles, frame) };
}
