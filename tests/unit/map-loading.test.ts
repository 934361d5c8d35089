/**
 * The place maps' shared loading (map-loading.ts): the workspace's page starts it beside the
 * dataset, and every map on the page then finds the same region and outlines, each asked for once.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mapDrawingFiles } from '../../src/lib/map/drawing-build';
import { currentOutlines, loadedRegion, mapFor, prepareDrawing, prepareMap, regionFrom } from '../../src/lib/map/map-loading';
import { areaOutlineUrl } from '../../src/lib/map/area-outlines';
import { loadSeed } from './seed';

const { drawing, outlines } = mapDrawingFiles(JSON.parse(readFileSync(new URL('../../static/geo/region.topo.json', import.meta.url), 'utf8')));
const places = loadSeed().places;

/** A server with the drawing at `drawingUrl` and every outline file; it counts what it is asked. */
function serve(drawingUrl: string, fail: ReadonlySet<string> = new Set()): string[] {
	const asked: string[] = [];
	const files = new Map<string, string>([[drawingUrl, JSON.stringify(drawing)]]);
	for (const outline of outlines) files.set(areaOutlineUrl(outline.layer as 'provinces' | 'districts', outline.id), JSON.stringify(outline));
	vi.stubGlobal('fetch', async (url: string) => {
		asked.push(url);
		const text = files.get(url);
		return text === undefined || fail.has(url) ? new Response('gone', { status: 404, statusText: 'Not Found' }) : new Response(text);
	});
	return asked;
}

afterEach(() => vi.unstubAllGlobals());

describe('map loading', () => {
	it('loads the drawing and the outlines the places name once, whichever map or page asks first', async () => {
		const asked = serve('/a/drawing.json');
		prepareDrawing('/a/drawing.json');
		const region = await mapFor(places, '/a/drawing.json');
		expect(region.projected?.water).toBe(drawing.projected.water);
		expect(loadedRegion('/a/drawing.json')).toBe(region);
		expect(await mapFor(places, '/a/drawing.json')).toBe(region);
		expect(asked.sort()).toEqual(['/a/drawing.json', '/geo/areas/districts/north-waziristan.json', '/geo/areas/provinces/AFG-1767.json']);
		expect([...currentOutlines().keys()].sort()).toEqual(['districts:north-waziristan', 'provinces:AFG-1767']);
	});

	it('does not keep a failed drawing: the next map asks again', async () => {
		const asked = serve('/b/drawing.json', new Set(['/b/drawing.json']));
		await expect(regionFrom('/b/drawing.json', () => mapFor([], '/b/drawing.json'))).rejects.toThrow('the server answered 404 Not Found for /b/drawing.json.');
		expect(loadedRegion('/b/drawing.json')).toBeUndefined();
		expect(asked).toEqual(['/b/drawing.json']);
		const again = serve('/b/drawing.json');
		await expect(mapFor([], '/b/drawing.json')).resolves.toBeDefined();
		expect(again).toEqual(['/b/drawing.json']);
	});

	it('never throws when started early; an outline that fails is left out', async () => {
		serve('/c/drawing.json', new Set(['/c/drawing.json']));
		expect(() => prepareMap(places)).not.toThrow();
		const khost = { ...places[0]!, id: 'khost', boundary: { layer: 'provinces', featureId: 'AFG-1758' } };
		const asked = serve('/d/drawing.json', new Set([areaOutlineUrl('provinces', 'AFG-1758')]));
		await mapFor([khost], '/d/drawing.json');
		expect(asked).toContain('/geo/areas/provinces/AFG-1758.json');
		expect(currentOutlines().has('provinces:AFG-1758')).toBe(false);
	});
});
