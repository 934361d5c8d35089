/**
 * The view as a graphology graph: the one model the GEXF and GraphML writers
 * read, with attribute names shared by every format (and the CSV columns). A mixed multigraph, since two actors can be tied by several relations,
 * some with a direction and some without.
 */
import Graph from 'graphology';
import { joinList, joinQuotes, type ViewData } from './view-data';

export interface NodeAttributes {
	label: string;
	kind: string;
	aliases: string;
	summary: string;
	places: string;
	quotes: string;
	relations: number;
	colour: string;
	shape: string;
	x: number | null;
	y: number | null;
}

export interface EdgeAttributes {
	label: string;
	relation_type: string;
	stance: string;
	asserted_by: string;
	date: string;
	date_note: string;
	directed: boolean;
	summary: string;
	places: string;
	quotes: string;
	colour: string;
	width: number;
}

export interface GraphAttributes {
	creator: string;
	/** The article and what the view shows. */
	description: string;
}

export type ViewGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export function viewGraph(data: ViewData): ViewGraph {
	const graph: ViewGraph = new Graph({ type: 'mixed', multi: true, allowSelfLoops: true });
	const source = [data.publisher, data.published, data.url].filter(Boolean).join(', ');
	graph.replaceAttributes({ creator: 'Threadboard', description: `${data.articleTitle} (${source}): ${data.description}` });
	for (const actor of data.actors)
		graph.addNode(actor.id, {
			label: actor.name,
			kind: actor.kind,
			aliases: joinList(actor.aliases),
			summary: actor.summary,
			places: joinList(actor.places),
			quotes: joinQuotes(actor.quotes),
			relations: actor.relationCount,
			colour: actor.colour,
			shape: actor.shape,
			x: actor.x,
			y: actor.y
		});
	for (const relation of data.relations) {
		const attributes: EdgeAttributes = {
			label: relation.type,
			relation_type: relation.type,
			stance: relation.stance,
			asserted_by: relation.assertedBy,
			date: relation.date ?? '',
			date_note: relation.dateNote ?? '',
			directed: relation.directed,
			summary: relation.summary,
			places: joinList(relation.places),
			quotes: joinQuotes(relation.quotes),
			colour: relation.colour,
			width: relation.width
		};
		if (relation.directed) graph.addDirectedEdgeWithKey(relation.id, relation.source, relation.target, attributes);
		else graph.addUndirectedEdgeWithKey(relation.id, relation.source, relation.target, attributes);
	}
	return graph;
}
