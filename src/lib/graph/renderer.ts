/**
 * Which drawer a graph gets. SVG keeps one element per mark, which is what export,
 * print and small graphs want (crisp, selectable, every mark a focusable button), but
 * the browser's cost grows with the elements: issue 12 measured 100 actors smooth and
 * 1,000 at 5 frames a second with 50,000 elements. Above the threshold the graph is
 * drawn on one canvas from the same layout, with the same selection, hover, focus and
 * zoom, and a keyboard path that moves a single focus through the actors.
 */

/**
 * At 300 actors (about 600 relations) the SVG graph holds some 6,600 elements: on this
 * machine it still pans at a usable rate, and past that the frame rate falls with every
 * element added, while the canvas costs little more at 5,000 actors.
 */
export const CANVAS_THRESHOLD = 300;

/** SVG elements an actor and a relation add to the graph (counted on the seed's and a Treasury release's graphs). */
export const SVG_ELEMENTS_PER_ACTOR = 6;
export const SVG_ELEMENTS_PER_RELATION = 8;

/**
 * The most SVG elements a graph may need before it goes to the canvas: what the threshold's
 * actors with two relations each need. A dense graph reaches it with fewer actors
 * (150 actors with more than 712 relations), and is drawn on the canvas too.
 */
export const SVG_ELEMENT_BUDGET = CANVAS_THRESHOLD * SVG_ELEMENTS_PER_ACTOR + 2 * CANVAS_THRESHOLD * SVG_ELEMENTS_PER_RELATION;

export type GraphRenderer = 'svg' | 'canvas';

export function chooseRenderer(size: { actors: number; relations: number }, options: { still?: boolean } = {}): GraphRenderer {
	// A still picture (handout, export) is always SVG: it prints and saves as vectors.
	if (options.still) return 'svg';
	const elements = size.actors * SVG_ELEMENTS_PER_ACTOR + size.relations * SVG_ELEMENTS_PER_RELATION;
	return size.actors > CANVAS_THRESHOLD || elements > SVG_ELEMENT_BUDGET ? 'canvas' : 'svg';
}
