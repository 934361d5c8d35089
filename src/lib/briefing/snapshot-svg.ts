/**
 * Copies an on-screen SVG into standalone markup: the styles that Svelte's scoped
 * CSS gives each element are written onto it, and what only serves interaction
 * (hit areas, focus rings, hidden parts) is left behind. The copy is written by the
 * XML writer, not by `innerHTML`, whose HTML serialisation (`&nbsp;`, raw control
 * characters) is not XML and would make the picture undecodable.
 */
import { childrenFromDom, type Xml } from '$lib/export/xml';

export interface SvgSnapshot {
	/** The SVG's children, as XML. */
	content: Xml;
	/** The part of the SVG's coordinate system to show (its viewBox, or what is drawn in it). */
	x: number;
	y: number;
	width: number;
	height: number;
}

const STYLE_PROPERTIES = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-dasharray',
	'stroke-linecap',
	'stroke-linejoin',
	'stroke-opacity',
	'opacity',
	'paint-order',
	'font-size',
	'font-weight',
	'font-style',
	'font-family',
	'text-anchor',
	'letter-spacing',
	'text-transform',
	// Map outlines keep their on-screen width at any zoom; without it a zoomed map exports lines 12–16 times too thick.
	'vector-effect'
] as const;

/** What draws (not the transparent background that takes clicks, nor the map's no-data hatching). */
const MARKS = 'path, line, circle, ellipse, polygon, polyline, text, use, image, rect:not(.background):not(.no-data)';

const INTERACTION_ATTRIBUTES = ['tabindex', 'role', 'aria-pressed', 'aria-label', 'aria-hidden', 'class'];

function copyStyles(source: Element, target: Element): boolean {
	const computed = getComputedStyle(source);
	if (computed.display === 'none' || computed.visibility === 'hidden') return false;
	const style = STYLE_PROPERTIES.map((property) => `${property}:${computed.getPropertyValue(property)}`).join(';');
	target.setAttribute('style', style);
	for (const attribute of INTERACTION_ATTRIBUTES) target.removeAttribute(attribute);
	for (const attribute of [...target.attributes]) if (attribute.name.startsWith('data-') || attribute.name.startsWith('on')) target.removeAttribute(attribute.name);
	return true;
}

/**
 * The box, in the SVG's own coordinates, around everything drawn that is on
 * screen, with a margin: a picture of the graph fills its frame instead of
 * carrying the empty room kept on screen for toolbars.
 */
function drawnBox(svg: SVGSVGElement, kept: Set<Element>, view: { x: number; y: number; width: number; height: number }, margin: number) {
	const toSvg = svg.getScreenCTM()?.inverse();
	if (!toSvg) return view;
	let left = Infinity;
	let top = Infinity;
	let right = -Infinity;
	let bottom = -Infinity;
	for (const mark of svg.querySelectorAll(MARKS)) {
		if (!kept.has(mark)) continue;
		const rect = mark.getBoundingClientRect();
		if (rect.width === 0 && rect.height === 0) continue;
		for (const [x, y] of [
			[rect.left, rect.top],
			[rect.right, rect.bottom]
		] as const) {
			const point = new DOMPoint(x, y).matrixTransform(toSvg);
			left = Math.min(left, point.x);
			top = Math.min(top, point.y);
			right = Math.max(right, point.x);
			bottom = Math.max(bottom, point.y);
		}
	}
	// Only what is on screen: a zoomed-in view exports what the user sees.
	left = Math.max(view.x, left - margin);
	top = Math.max(view.y, top - margin);
	right = Math.min(view.x + view.width, right + margin);
	bottom = Math.min(view.y + view.height, bottom + margin);
	if (!(right > left && bottom > top)) return view;
	return { x: left, y: top, width: right - left, height: bottom - top };
}

/** Copies an SVG as standalone markup; `cropToDrawing` frames what is drawn rather than the whole view box. */
export function snapshotSvg(svg: SVGSVGElement, options: { cropToDrawing?: boolean } = {}): SvgSnapshot {
	const clone = svg.cloneNode(true) as SVGSVGElement;
	const originals = [svg, ...svg.querySelectorAll('*')];
	const copies = [clone, ...clone.querySelectorAll('*')];
	const drop: Element[] = [];
	const kept = new Set<Element>();
	originals.forEach((original, position) => {
		const copy = copies[position]!;
		const isHitArea = original.classList.contains('hit') || original.classList.contains('focus-ring');
		if (isHitArea || !copyStyles(original, copy)) drop.push(copy);
		else kept.add(original);
	});
	for (const element of drop) element.remove();
	const box = svg.viewBox.baseVal;
	const view =
		box && box.width > 0 && box.height > 0
			? { x: box.x, y: box.y, width: box.width, height: box.height }
			: { x: 0, y: 0, width: svg.clientWidth, height: svg.clientHeight };
	return { content: childrenFromDom(clone), ...(options.cropToDrawing ? drawnBox(svg, kept, view, 12) : view) };
}
