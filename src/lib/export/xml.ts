/**
 * A small XML writer that is correct by construction: markup can only be made by
 * `element()` (or copied from a DOM by `fromDom()`), every string that goes in is
 * escaped as text or as an attribute value, and characters XML 1.0 forbids are
 * dropped. What it writes parses as XML whatever the text (a non-breaking space
 * stays a character, never `&nbsp;`; a form feed or a lone surrogate is left out).
 */

/**
 * Everything outside XML 1.0's Char production: C0 controls other than tab, line
 * feed and carriage return, lone surrogates, U+FFFE and U+FFFF.
 */
const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const NAME = /^[A-Za-z_][A-Za-z0-9._:-]*$/;

/** The text without the characters an XML document may not contain. */
export function xmlSafe(text: string): string {
	return text.replace(FORBIDDEN, '');
}

/**
 * DEL, the C1 controls and U+2028 are allowed, but XML 1.1 readers (and xmldom)
 * turn NEL and U+2028 into line feeds: as references they survive every reader.
 */
const AS_REFERENCE = /[\u007f-\u009f\u2028]/g;

function reference(character: string): string {
	return `&#${character.charCodeAt(0)};`;
}

/** Text content; a carriage return is a reference too, or the reader would make it a line feed. */
export function escapeText(text: string): string {
	return xmlSafe(text)
		.replace(/[&<>\r]/g, (character) => (character === '&' ? '&amp;' : character === '<' ? '&lt;' : character === '>' ? '&gt;' : '&#13;'))
		.replace(AS_REFERENCE, reference);
}

/** Quotes are escaped, and tab and line breaks kept as references so attribute normalisation does not turn them into spaces. */
export function escapeAttribute(text: string): string {
	return xmlSafe(text).replace(/[&<>"'\t\n\r]/g, reference).replace(AS_REFERENCE, reference);
}

const WRITTEN: unique symbol = Symbol('written XML');

/** Markup written by this module: the only kind `element()` copies without escaping. */
export interface Xml {
	readonly [WRITTEN]: true;
	readonly markup: string;
}

function written(markup: string): Xml {
	return { [WRITTEN]: true, markup };
}

export function isXml(value: unknown): value is Xml {
	return typeof value === 'object' && value !== null && WRITTEN in value;
}

/** Strings and numbers become escaped text; null, undefined and false are left out; arrays are flattened. */
export type XmlChild = Xml | string | number | null | undefined | false | readonly XmlChild[];
export type XmlAttributes = Record<string, string | number | boolean | null | undefined>;

function childMarkup(child: XmlChild): string {
	if (child === null || child === undefined || child === false) return '';
	if (Array.isArray(child)) return child.map(childMarkup).join('');
	if (isXml(child)) return child.markup;
	return escapeText(String(child));
}

function checkName(name: string): string {
	if (!NAME.test(name)) throw new Error(`"${name}" is not an XML name`);
	return name;
}

/** Numbers are written short and finite, so a NaN never reaches a file. */
function attributeValue(value: string | number | boolean): string {
	if (typeof value === 'number') return Number.isFinite(value) ? String(Math.round(value * 1000) / 1000) : '0';
	return String(value);
}

/** One element. Attributes whose value is null, undefined or false are left out. */
export function element(name: string, attributes: XmlAttributes = {}, ...children: XmlChild[]): Xml {
	let markup = `<${checkName(name)}`;
	for (const [key, value] of Object.entries(attributes)) {
		if (value === null || value === undefined || value === false) continue;
		markup += ` ${checkName(key)}="${escapeAttribute(attributeValue(value))}"`;
	}
	const inner = children.map(childMarkup).join('');
	return written(inner === '' ? `${markup}/>` : `${markup}>${inner}</${name}>`);
}

/** Several pieces of markup side by side, with no element around them. */
export function fragment(...children: XmlChild[]): Xml {
	return written(children.map(childMarkup).join(''));
}

/** A standalone document: the declaration, then the root element. */
export function xmlDocument(root: Xml): string {
	return `<?xml version="1.0" encoding="UTF-8"?>\n${root.markup}\n`;
}

/**
 * Rewrites a DOM subtree (an SVG in an HTML page, whose own serialisation is HTML)
 * through this writer: elements and their attributes, and text. Comments,
 * namespace declarations and attributes that are not XML names are left behind;
 * `xlink:href` becomes SVG 2's plain `href`.
 */
export function fromDom(node: Node): Xml {
	if (node.nodeType === 3 || node.nodeType === 4) return written(escapeText(node.nodeValue ?? ''));
	if (node.nodeType !== 1) return written('');
	const source = node as Element;
	const attributes: XmlAttributes = {};
	for (const attribute of Array.from(source.attributes)) {
		const name = attribute.name === 'xlink:href' ? 'href' : attribute.name;
		if (name === 'xmlns' || name.startsWith('xmlns:') || !NAME.test(name) || name.includes(':')) continue;
		attributes[name] = attribute.value;
	}
	const name = source.localName ?? source.nodeName;
	if (!NAME.test(name)) return written('');
	return element(name, attributes, ...Array.from(source.childNodes).map(fromDom));
}

/** The children of a DOM node, rewritten: the inside of an SVG, to be placed in another. */
export function childrenFromDom(node: Node): Xml {
	return fragment(...Array.from(node.childNodes).map(fromDom));
}
