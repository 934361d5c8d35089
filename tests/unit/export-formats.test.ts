import { unzipSync, strFromU8 } from 'fflate';
import Graph from 'graphology';
import * as gexfReader from 'graphology-gexf';
import * as graphmlReader from 'graphology-graphml';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/lib/dataset/lookup';
import type { Dataset } from '../../src/lib/dataset/schema';
import { csvArchive, toCsv } from '../../src/lib/export/csv';
import { toGexf } from '../../src/lib/export/gexf';
import { toGraphml } from '../../src/lib/export/graphml';
import { viewGraph } from '../../src/lib/export/network';
import { exportFileName, viewData } from '../../src/lib/export/view-data';
import { defaultFilters, visibility } from '../../src/lib/view/filters';
import { HOSTILE_STRINGS, withoutXmlForbidden } from '../fixtures/hostile-strings';
import { parseXmlStrictly } from '../fixtures/strict-xml';
import { loadSeed } from './seed';

const seed = loadSeed();

function dataOf(dataset: Dataset, filters = defaultFilters(), positions: Map<string, { x: number; y: number }> | null = null) {
	const index = indexDataset(dataset);
	return viewData(index, visibility(dataset, filters), 'The whole picture', positions);
}

/** The seed with hostile text in names, aliases, summaries and the article's title. */
function hostileDataset(): Dataset {
	const dataset = structuredClone(seed);
	dataset.article.title = HOSTILE_STRINGS.map(({ text }) => text).join(' | ');
	dataset.entities.forEach((entity, position) => {
		const hostile = HOSTILE_STRINGS[position % HOSTILE_STRINGS.length]!.text;
		entity.name = `${hostile} ${position}`;
		entity.aliases = [hostile, 'plain'];
		entity.summary = hostile;
	});
	dataset.relations.forEach((relation, position) => (relation.summary = HOSTILE_STRINGS[position % HOSTILE_STRINGS.length]!.text));
	return dataset;
}

const fundingOnly = () => ({ ...defaultFilters(), types: new Set(['funding'] as const) });

describe('the data of the current view', () => {
	it('is the whole dataset when nothing is filtered', () => {
		const data = dataOf(seed);
		expect(data.actors).toHaveLength(seed.entities.length);
		expect(data.relations).toHaveLength(seed.relations.length);
		expect(data.places).toHaveLength(seed.places.length);
	});

	it('is the visible relations and the actors and places they touch when filtered', () => {
		const funding = seed.relations.filter((relation) => relation.type === 'funding');
		expect(funding.length).toBeGreaterThan(0);
		const data = dataOf(seed, fundingOnly());
		expect(data.relations.map((row) => row.id)).toEqual(funding.map((relation) => relation.id));
		const ends = new Set(funding.flatMap((relation) => [relation.source, relation.target]));
		expect(new Set(data.actors.map((row) => row.id))).toEqual(ends);
		expect(data.relations.every((row) => row.quotes.length > 0 && row.assertedBy.length > 0)).toBe(true);
	});

	it('names files after the dataset and the slide', () => {
		expect(exportFileName('haqqani', null)).toBe('haqqani');
		expect(exportFileName('haqqani', 'The joint unit: “discussed”, 2020!')).toBe('haqqani-the-joint-unit-discussed-2020');
		expect(exportFileName('haqqani', 'Kabul\fattacks <script> café')).toBe('haqqani-kabul-attacks-script-cafe');
		expect(exportFileName('haqqani', '\u202e ... ')).toBe('haqqani');
	});
});

describe('GEXF', () => {
	it('parses back with every actor and relation of the view, their attributes and the drawing', () => {
		const positions = new Map(seed.entities.map((entity, position) => [entity.id, { x: position * 10, y: position * 5 }]));
		const data = dataOf(seed, defaultFilters(), positions);
		const gexf = toGexf(viewGraph(data));
		const document = parseXmlStrictly(gexf);
		expect(document.documentElement.getAttribute('version')).toBe('1.3');
		expect(document.getElementsByTagName('node')).toHaveLength(seed.entities.length);
		expect(document.getElementsByTagName('edge')).toHaveLength(seed.relations.length);
		const declared = Array.from(document.getElementsByTagName('attribute'), (node) => `${(node.parentNode as Element).getAttribute('class')}:${node.getAttribute('id')}`);
		for (const name of ['node:kind', 'node:aliases', 'node:summary', 'node:places', 'node:quotes', 'edge:relation_type', 'edge:stance', 'edge:asserted_by', 'edge:date', 'edge:directed', 'edge:summary', 'edge:quotes'])
			expect(declared).toContain(name);

		const graph = gexfReader.parse(Graph, gexf);
		expect(graph.order).toBe(seed.entities.length);
		expect(graph.size).toBe(seed.relations.length);
		const entity = seed.entities[3]!;
		const node = graph.getNodeAttributes(entity.id);
		expect(node.label).toBe(entity.name);
		expect(node.kind).toBe(entity.kind);
		expect(node.x).toBe(30);
		expect(node.y).toBe(-15);
		expect(node.color).toMatch(/^(#|rgb)/);
		const relation = seed.relations.find((item) => item.assertedBy !== null && item.date !== null)!;
		const edge = graph.getEdgeAttributes(relation.id);
		expect(edge.relation_type).toBe(relation.type);
		expect(edge.stance).toBe(relation.stance);
		expect(edge.asserted_by).toBe(seed.entities.find((item) => item.id === relation.assertedBy)!.name);
		expect(edge.date).toBe(relation.date);
		expect(edge.quotes).toContain(seed.quotes.find((quote) => quote.id === relation.evidence[0])!.exact);
		const undirected = seed.relations.find((item) => !item.directed);
		if (undirected) expect(graph.isUndirected(undirected.id)).toBe(true);
	});

	it('holds only the filtered view', () => {
		const graph = gexfReader.parse(Graph, toGexf(viewGraph(dataOf(seed, fundingOnly()))));
		expect(graph.size).toBe(seed.relations.filter((relation) => relation.type === 'funding').length);
	});

	it('stays valid XML with hostile names, keeping them minus the characters XML forbids', () => {
		const dataset = hostileDataset();
		const gexf = toGexf(viewGraph(dataOf(dataset)));
		const document = parseXmlStrictly(gexf);
		const labels = Array.from(document.getElementsByTagName('node'), (node) => node.getAttribute('label'));
		expect(labels).toEqual(dataset.entities.map((entity) => withoutXmlForbidden(entity.name).replace(/[\u007f-\u009f]/g, '')));
	});
});

describe('GraphML', () => {
	it('parses back with every actor and relation, typed attributes and yEd graphics', () => {
		const positions = new Map(seed.entities.map((entity, position) => [entity.id, { x: position * 10, y: position * 5 }]));
		const graphml = toGraphml(viewGraph(dataOf(seed, defaultFilters(), positions)));
		const document = parseXmlStrictly(graphml);
		expect(document.getElementsByTagName('node')).toHaveLength(seed.entities.length);
		expect(document.getElementsByTagName('edge')).toHaveLength(seed.relations.length);
		expect(document.getElementsByTagName('y:ShapeNode')).toHaveLength(seed.entities.length);
		const keys = Array.from(document.getElementsByTagName('key'), (key) => `${key.getAttribute('for')}:${key.getAttribute('attr.name')}:${key.getAttribute('attr.type')}`);
		for (const key of ['node:kind:string', 'node:x:double', 'node:relations:int', 'edge:relation_type:string', 'edge:asserted_by:string', 'edge:directed:boolean', 'edge:quotes:string'])
			expect(keys).toContain(key);

		const graph = graphmlReader.parse(Graph, graphml);
		expect(graph.order).toBe(seed.entities.length);
		expect(graph.size).toBe(seed.relations.length);
		const entity = seed.entities[2]!;
		expect(graph.getNodeAttribute(entity.id, 'label')).toBe(entity.name);
		expect(graph.getNodeAttribute(entity.id, 'kind')).toBe(entity.kind);
		expect(graph.getNodeAttribute(entity.id, 'x')).toBe(20);
		const relation = seed.relations[0]!;
		const edge = graph.getEdgeAttributes(graph.edges(relation.source, relation.target).find((key) => graph.getEdgeAttribute(key, 'summary') === relation.summary)!);
		expect(edge.relation_type).toBe(relation.type);
		expect(edge.directed).toBe(relation.directed);
		expect(edge.stance).toBe(relation.stance);
	});

	it('stays valid XML with hostile names, keeping them minus the characters XML forbids', () => {
		const dataset = hostileDataset();
		const document = parseXmlStrictly(toGraphml(viewGraph(dataOf(dataset))));
		const labels = Array.from(document.getElementsByTagName('y:NodeLabel'), (node) => node.textContent);
		expect(labels).toEqual(dataset.entities.map((entity) => withoutXmlForbidden(entity.name)));
	});
});

describe('CSV', () => {
	it('round-trips commas, quotes, line breaks and every hostile string through Papa Parse', () => {
		const dataset = hostileDataset();
		const tables = toCsv(dataOf(dataset));
		const actors = Papa.parse<Record<string, string>>(tables.actors, { header: true, skipEmptyLines: true });
		expect(actors.errors).toEqual([]);
		expect(actors.data).toHaveLength(dataset.entities.length);
		actors.data.forEach((row, position) => {
			const entity = dataset.entities[position]!;
			// A cell that starts like a formula is kept as text with a leading apostrophe.
			const asText = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
			expect(row.name).toBe(asText(entity.name));
			expect(row.summary).toBe(asText(entity.summary));
			expect(row.aliases).toBe(asText(entity.aliases.join('; ')));
			expect(row.kind).toBe(entity.kind);
		});
		const edges = Papa.parse<Record<string, string>>(tables.relations, { header: true, skipEmptyLines: true });
		expect(edges.errors).toEqual([]);
		expect(edges.data).toHaveLength(dataset.relations.length);
		const relation = dataset.relations.find((item) => item.places.length > 0 && item.assertedBy !== null)!;
		const row = edges.data.find((item) => item.id === relation.id)!;
		expect(row.relation_type).toBe(relation.type);
		expect(row.asserted_by).toBe(dataset.entities.find((entity) => entity.id === relation.assertedBy)!.name.replace(/^([=+\-@])/, "'$1"));
		expect(row.directed).toBe(String(relation.directed));
		expect(row.places!.split('; ')).toEqual(relation.places.map((id) => dataset.places.find((place) => place.id === id)!.name));
		expect(row.quotes).toContain(dataset.quotes.find((quote) => quote.id === relation.evidence[0])!.exact);
	});

	it('keeps a name with commas, quotes and a line break whole', () => {
		const dataset = structuredClone(seed);
		dataset.entities[0]!.name = 'Haqqani, "the network"\nof Jalaluddin';
		const parsed = Papa.parse<Record<string, string>>(toCsv(dataOf(dataset)).actors, { header: true, skipEmptyLines: true });
		expect(parsed.data[0]!.name).toBe('Haqqani, "the network"\nof Jalaluddin');
	});

	it('zips the node, edge and place tables with a README', () => {
		const files = unzipSync(csvArchive(dataOf(seed, fundingOnly()), 'haqqani-funding'));
		expect(Object.keys(files).sort()).toEqual(['README.txt', 'haqqani-funding-edges.csv', 'haqqani-funding-nodes.csv', 'haqqani-funding-places.csv']);
		const edges = Papa.parse<Record<string, string>>(strFromU8(files['haqqani-funding-edges.csv']!), { header: true, skipEmptyLines: true });
		expect(edges.data.every((row) => row.relation_type === 'funding')).toBe(true);
		expect(strFromU8(files['README.txt']!)).toContain('relation_type');
	});
});
