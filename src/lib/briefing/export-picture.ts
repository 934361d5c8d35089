/**
 * Export of the current view as SVG or as a PNG at twice the size: what the
 * “Export” menu calls. Runs in the browser only.
 */
import interRegular from '@fontsource/inter/files/inter-latin-400-normal.woff2?url';
import interSemibold from '@fontsource/inter/files/inter-latin-600-normal.woff2?url';
import interBold from '@fontsource/inter/files/inter-latin-700-normal.woff2?url';
import { composePicture, EXPORT_HEIGHT, EXPORT_WIDTH, type PictureParts } from './compose-svg';
import { snapshotSvg } from './snapshot-svg';

export const MAP_ATTRIBUTION = 'Boundaries: © OpenStreetMap contributors (ODbL); Made with Natural Earth. Places: GeoNames (CC BY 4.0).';

async function inlineFont(url: string, weight: number): Promise<string> {
	const response = await fetch(url);
	const bytes = new Uint8Array(await response.arrayBuffer());
	let binary = '';
	for (let offset = 0; offset < bytes.length; offset += 0x8000) binary += String.fromCharCode(...bytes.subarray(offset, offset + 0x8000));
	return `@font-face{font-family:'Inter';font-weight:${weight};src:url(data:font/woff2;base64,${btoa(binary)}) format('woff2');}`;
}

export async function fontFaces(): Promise<string> {
	const faces = await Promise.all([
		inlineFont(interRegular, 400),
		inlineFont(interSemibold, 600),
		inlineFont(interBold, 700)
	]);
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
		graph: snapshotSvg(graphSvg),
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

export { downloadBlob } from './download';
