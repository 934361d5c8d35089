/**
 * GraphML, read by yEd, Cytoscape and networkx. graphology-graphml only parses
 * (its writer was never published), so this writes the format itself through the
 * XML writer: typed <key> declarations for every attribute, and yEd's node and
 * edge graphics so yEd opens the graph with its labels, colours and positions.
 *
 * The graph is declared directed and each edge carries a `directed` attribute:
 * networkx refuses a file that mixes directed and undirected edges.
 */
import { element, xmlDocument, type Xml } from './xml';
import type { EdgeAttributes, NodeAttributes, ViewGraph } from './network';

const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';
const YED_NS = 'http://www.yworks.com/xml/graphml';

type KeyType = 'string' | 'boolean' | 'int' | 'double';

const NODE_KEYS: [keyof NodeAttributes, KeyType][] = [
	['label', 'string'],
	['kind', 'string'],
	['aliases', 'string'],
	['summary', 'string'],
	['places', 'string'],
	['quotes', 'string'],
	['relations', 'int'],
	['colour', 'string'],
	['x', 'double'],
	['y', 'double']
];
const EDGE_KEYS: [keyof EdgeAttributes, KeyType][] = [
	['label', 'string'],
	['relation_type', 'string'],
	['stance', 'string'],
	['asserted_by', 'string'],
	['date', 'string'],
	['date_note', 'string'],
	['directed', 'boolean'],
	['summary', 'string'],
	['places', 'string'],
	['quotes', 'string'],
	['colour', 'string'],
	['width', 'double']
];

/** yEd's shapes closest to the app's. */
const YED_SHAPES: Record<string, string> = {
	square: 'rectangle',
	rounded: 'roundrectangle',
	triangle: 'triangle',
	diamond: 'diamond',
	hexagon: 'hexagon',
	document: 'rectangle'
};
const YED_LINES: Record<string, string> = { proposed: 'dotted', claimed: 'dashed', denied: 'dashed' };

function data<T extends object>(keys: [keyof T, KeyType][], prefix: string, attributes: T): Xml[] {
	return keys.flatMap(([name]) => {
		const value = attributes[name] as unknown;
		if (value === null || value === undefined || value === '') return [];
		return [element('data', { key: `${prefix}-${String(name)}` }, String(value))];
	});
}

function nodeGraphics(attributes: NodeAttributes): Xml {
	const size = 20 + 6 * Math.sqrt(attributes.relations);
	return element(
		'data',
		{ key: 'node-graphics' },
		element(
			'y:ShapeNode',
			{},
			element('y:Geometry', { x: (attributes.x ?? 0) - size / 2, y: (attributes.y ?? 0) - size / 2, width: size, height: size }),
			element('y:Fill', { color: attributes.colour, transparent: 'false' }),
			element('y:BorderStyle', { type: 'line', width: 1, color: '#FFFFFF' }),
			element('y:NodeLabel', { modelName: 'sides', modelPosition: 's', fontSize: 12 }, attributes.label),
			element('y:Shape', { type: YED_SHAPES[attributes.shape] ?? 'ellipse' })
		)
	);
}

function edgeGraphics(attributes: EdgeAttributes): Xml {
	return element(
		'data',
		{ key: 'edge-graphics' },
		element(
			'y:PolyLineEdge',
			{},
			element('y:LineStyle', { type: YED_LINES[attributes.stance] ?? 'line', width: attributes.width, color: attributes.colour }),
			element('y:Arrows', { source: 'none', target: attributes.directed ? 'standard' : 'none' }),
			element('y:EdgeLabel', { fontSize: 10 }, attributes.label)
		)
	);
}

export function toGraphml(graph: ViewGraph): string {
	const keys = [
		...NODE_KEYS.map(([name, type]) => element('key', { id: `node-${name}`, for: 'node', 'attr.name': name, 'attr.type': type })),
		...EDGE_KEYS.map(([name, type]) => element('key', { id: `edge-${name}`, for: 'edge', 'attr.name': name, 'attr.type': type })),
		element('key', { id: 'graph-description', for: 'graph', 'attr.name': 'description', 'attr.type': 'string' }),
		element('key', { id: 'node-graphics', for: 'node', 'yfiles.type': 'nodegraphics' }),
		element('key', { id: 'edge-graphics', for: 'edge', 'yfiles.type': 'edgegraphics' })
	];
	const nodes = graph.mapNodes((id, attributes) => element('node', { id }, data(NODE_KEYS, 'node', attributes), nodeGraphics(attributes)));
	const edges = graph.mapEdges((id, attributes, source, target) =>
		element('edge', { id, source, target }, data(EDGE_KEYS, 'edge', attributes), edgeGraphics(attributes))
	);
	return xmlDocument(
		element(
			'graphml',
			{ xmlns: GRAPHML_NS, 'xmlns:y': YED_NS },
			keys,
			element('graph', { id: 'view', edgedefault: 'directed' }, element('data', { key: 'graph-description' }, graph.getAttribute('description')), nodes, edges)
		)
	);
}
