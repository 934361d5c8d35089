/**
 * HTML character references in Markdown text (`&amp;`, `&#8217;`, `&rsquo;`). Marked leaves
 * them for its HTML renderer; plain text needs the characters. Numeric references and the
 * named ones news text uses are decoded; any other name is left as written.
 */
const NAMED: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: '\u00A0',
	ensp: '\u2002',
	emsp: '\u2003',
	thinsp: '\u2009',
	shy: '\u00AD',
	zwj: '\u200D',
	zwnj: '\u200C',
	lrm: '\u200E',
	rlm: '\u200F',
	ndash: '–',
	mdash: '—',
	minus: '−',
	lsquo: '‘',
	rsquo: '’',
	sbquo: '‚',
	ldquo: '“',
	rdquo: '”',
	bdquo: '„',
	laquo: '«',
	raquo: '»',
	lsaquo: '‹',
	rsaquo: '›',
	hellip: '…',
	bull: '•',
	middot: '·',
	prime: '′',
	Prime: '″',
	copy: '©',
	reg: '®',
	trade: '™',
	deg: '°',
	sect: '§',
	para: '¶',
	euro: '€',
	pound: '£',
	yen: '¥',
	cent: '¢',
	times: '×',
	divide: '÷',
	frac12: '½',
	frac14: '¼',
	frac34: '¾',
	eacute: 'é',
	egrave: 'è',
	aacute: 'á',
	agrave: 'à',
	iacute: 'í',
	oacute: 'ó',
	uacute: 'ú',
	ntilde: 'ñ',
	ccedil: 'ç',
	auml: 'ä',
	ouml: 'ö',
	uuml: 'ü',
	Eacute: 'É',
	Auml: 'Ä',
	Ouml: 'Ö',
	Uuml: 'Ü',
	szlig: 'ß'
};

function fromCodePoint(code: number): string | null {
	if (!Number.isInteger(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
	return String.fromCodePoint(code);
}

export function decodeEntities(text: string): string {
	return text.replace(/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g, (whole, decimal, hex, name) => {
		if (decimal !== undefined) return fromCodePoint(Number(decimal)) ?? whole;
		if (hex !== undefined) return fromCodePoint(parseInt(hex, 16)) ?? whole;
		return NAMED[name as string] ?? whole;
	});
}
