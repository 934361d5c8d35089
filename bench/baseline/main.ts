/**
 * The benchmark's baseline: what a plain d3 page does with the same dataset. d3-force
 * runs to rest, then one circle, one label and one line per item are drawn in SVG,
 * d3-zoom pans and zooms, and a click lists the actor's quotes. No more, no less.
 */
import { forceCenter, forceLink, forceManyBody, forceSimulation, type SimulationNodeDatum } from 'd3-force';
import { select } from 'd3-selection';
import { zoom, type ZoomTransform } from 'd3-zoom';

interface Item extends SimulationNodeDatum {
	id: string;
	name: string;
	evidence: string[];
}
interface Data {
	entities: Item[];
	relations: { source: string; target: string }[];
	quotes: { id: string; exact: string }[];
}

const slug = new URLSearchParams(location.search).get('dataset') ?? 'haqqani-al-qaeda-joint-unit';
const data = (await (await fetch(`/datasets/${slug}/dataset.json`)).json()) as Data;
const quotes = new Map(data.quotes.map((quote) => [quote.id, quote.exact]));
const nodes = data.entities.map(({ id, name, evidence }) => ({ id, name, evidence }));
const links = data.relations.map(({ source, target }) => ({ source, target }));

const svg = select('svg');
const { width, height } = (svg.node() as SVGSVGElement).getBoundingClientRect();
forceSimulation<Item>(nodes)
	.force('link', forceLink<Item, { source: string | Item; target: string | Item }>(links).id((node) => node.id))
	.force('charge', forceManyBody())
	.force('center', forceCenter(width / 2, height / 2))
	.stop()
	.tick(300);

const canvas = svg.append('g');
canvas
	.append('g')
	.selectAll('line')
	.data(links as unknown as { source: Item; target: Item }[])
	.join('line')
	.attr('x1', (link) => link.source.x!)
	.attr('y1', (link) => link.source.y!)
	.attr('x2', (link) => link.target.x!)
	.attr('y2', (link) => link.target.y!);
canvas
	.append('g')
	.selectAll('circle')
	.data(nodes)
	.join('circle')
	.attr('data-id', (node) => node.id)
	.attr('r', 6)
	.attr('cx', (node) => node.x!)
	.attr('cy', (node) => node.y!)
	.on('click', (_event, node) => {
		const panel = document.getElementById('panel')!;
		panel.replaceChildren(
			Object.assign(document.createElement('h2'), { textContent: node.name }),
			...node.evidence.map((id) => Object.assign(document.createElement('blockquote'), { textContent: quotes.get(id) ?? '' }))
		);
	});
canvas
	.append('g')
	.selectAll('text')
	.data(nodes)
	.join('text')
	.attr('x', (node) => node.x! + 8)
	.attr('y', (node) => node.y! + 4)
	.text((node) => node.name);

svg.call(
	zoom<SVGSVGElement, unknown>()
		.scaleExtent([0.1, 8])
		.on('zoom', (event: { transform: ZoomTransform }) => canvas.attr('transform', String(event.transform))) as never
);
document.documentElement.dataset.drawn = 'true';
