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
	'text-transform'
] as const;

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

export function snapshotSvg(svg: SVGSVGElement): SvgSnapshot {
	const clone = svg.cloneNode(true) as SVGSVGElement;
	const originals = [svg, ...svg.querySelectorAll('*')];
	const copies = [clone, ...clone.querySelectorAll('*')];
	const drop: Element[] = [];
	originals.forEach((original, position) => {
		const copy = copies[position]!;
		const isHitArea = original.classList.contains('hit') || original.classList.contains('focus-ring');
		if (isHitArea || !copyStyles(original, copy)) drop.push(copy);
	});
	for (const element of drop) element.remove();
	const box = svg.viewBox.baseVal;
	const width = box && box.width > 0 ? box.width : svg.clientWidth;
	const height = box && box.height > 0 ? box.height : svg.clientHeight;
	return { content: childrenFromDom(clone), width, height };
}
