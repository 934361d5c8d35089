/**
 * The data exports, as files: GEXF, GraphML, the CSV tables in a zip, and the
 * dataset bundle. Loaded only when the user asks for one (graphology, Papa Parse
 * and fflate stay out of the app's first load).
 */
import { datasetToBundle } from '$lib/dataset/bundle';
import type { DatasetIndex } from '$lib/dataset/lookup';
import type { Visibility } from '$lib/view/filters';
import { csvArchive } from './csv';
import { toGexf } from './gexf';
import { toGraphml } from './graphml';
import { viewGraph } from './network';
import { viewData, type Positions } from './view-data';

export type DataFormat = 'gexf' | 'graphml' | 'csv' | 'bundle';

export interface DataRequest {
	index: DatasetIndex;
	seen: Visibility;
	/** What the view shows, in words. */
	description: string;
	positions: Positions | null;
	/** The file name without its extension. */
	baseName: string;
}

export function dataFile(format: DataFormat, request: DataRequest): { blob: Blob; name: string } {
	if (format === 'bundle')
		return { blob: new Blob([datasetToBundle(request.index.dataset)], { type: 'application/json' }), name: `${request.index.dataset.slug}-dataset.json` };
	const data = viewData(request.index, request.seen, request.description, request.positions);
	if (format === 'csv') {
		const zip = csvArchive(data, request.baseName);
		return { blob: new Blob([zip.buffer as ArrayBuffer], { type: 'application/zip' }), name: `${request.baseName}-csv.zip` };
	}
	const graph = viewGraph(data);
	if (format === 'gexf') return { blob: new Blob([toGexf(graph)], { type: 'application/gexf+xml' }), name: `${request.baseName}.gexf` };
	return { blob: new Blob([toGraphml(graph)], { type: 'application/graphml+xml' }), name: `${request.baseName}.graphml` };
}
