/**
 * Export of the current view as SVG or as a PNG at twice the size: what the
 * “Export” menu calls. Runs in the browser only.
 */
import { composePicture, EXPORT_HEIGHT, EXPORT_WIDTH, type PictureParts } from './compose-svg';
import { snapshotSvg } from './snapshot-svg';

export const MAP_ATTRIBUTION = 'Boundaries: © OpenStreetMap contributors (ODbL); Made with Natural Earth. Places: GeoNames (CC BY 4.0).';

interface InterFace {
	weight: string;
	url: string;
	/** Kept, or a face that holds only a few letters would stand in for every other one and draw nothing. */
	unicodeRange: string;
}

/**
 * The WOFF2 files of the Inter faces the page itself loaded, read from its own
 * @font-face rules: the picture uses exactly the app's letters, and the one-file
 * briefing, whose fonts are already inlined, carries no second copy.
 */
function interFaces(): InterFace[] {
	const faces: InterFace[] = [];
	for (const sheet of document.styleSheets) {
		let rules: CSSRuleList;
		try {
			rules = sheet.cssRules;
		} catch {
			continue; // A sheet from elsewhere cannot be read; the app has none.
		}
		for (const rule of rules) {
			if (!(rule instanceof CSSFontFaceRule)) continue;
			if (!rule.style.getPropertyValue('font-family').includes('Inter')) continue;
			const match = /url\(\s*["']?([^"')]+)["']?\s*\)\s*format\(\s*["']?woff2/.exec(rule.style.getPropertyValue('src'));
			if (match)
				faces.push({
					weight: rule.style.getPropertyValue('font-weight') || '400',
					url: new URL(match[1]!, sheet.href ?? firstAddress()).href,
					unicodeRange: rule.style.getPropertyValue('unicode-range')
				});
		}
	}
	return faces;
}

/**
 * The address the page was loaded at: the base of its inline styles' relative URLs,
 * which stays theirs after client-side navigation has changed `location`.
 */
function firstAddress(): string {
	const [navigation] = performance.getEntriesByType('navigation');
	return navigation?.name || location.href;
}

async function inlineFont({ url, weight, unicodeRange }: InterFace): Promise<string> {
	let source = url;
	if (!url.startsWith('data:')) {
		const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
		let binary = '';
		for (let offset = 0; offset < bytes.length; offset += 0x8000) binary += String.fromCharCode(...bytes.subarray(offset, offset + 0x8000));
		source = `data:font/woff2;base64,${btoa(binary)}`;
	}
	const range = /^[\sU+0-9A-Fa-f?,-]+$/.test(unicodeRange) ? `unicode-range:${unicodeRange};` : '';
	return `@font-face{font-family:'Inter';font-weight:${weight};${range}src:url(${source}) format('woff2');}`;
}

export async function fontFaces(): Promise<string> {
	const faces = await Promise.all(interFaces().map(inlineFont));
	return faces.join('\n');
}

export interface PictureRequest extends Omit<PictureParts, 'graph' | 'map' | 'fontCss'> {
	graphSvg: SVGSVGElement;
	mapSvg: SVGSVGElement | null;
}

export async function pictureSvg(request: PictureRequest): Promise<string> {
	const { graphSvg, mapSvg, ...rest } = request;
	return composePicture({
		...rest,
		graph: snapshotSvg(graphSvg, { cropToDrawing: true }),
		map: mapSvg ? snapshotSvg(mapSvg) : null,
		fontCss: await fontFaces()
	});
}

export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
	const image = new Image();
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
	try {
		image.src = url;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = EXPORT_WIDTH * scale;
		canvas.height = EXPORT_HEIGHT * scale;
		const context = canvas.getContext('2d');
		if (!context) throw new Error('this browser cannot draw to a canvas');
		context.drawImage(image, 0, 0, canvas.width, canvas.height);
		return await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be encoded'))), 'image/png')
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}

export { downloadBlob } from '$lib/storage/download';
