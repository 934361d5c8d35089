/**
 * Which drawer a graph gets. SVG keeps one element per mark, which is what export,
 * print and small graphs want (crisp, selectable, every mark a focusable button), but
 * the browser's cost grows with the elements: issue 12 measured 100 actors smooth and
 * 1,000 at 5 frames a second with 50,000 elements. Above the threshold the graph is
 * drawn on one canvas from the same layout, with the same selection, hover, focus and
 * zoom, and a keyboard path that moves a single focus through the actors.
 */

/**
 * At 300 actors (about 600 relations) the SVG graph holds some 15,000 elements: on
 * this machine it still pans at a usable rate, and past that the frame rate falls
 * with every actor added, while the canvas costs little more at 5,000.
 */
export const CANVAS_THRESHOLD = 300;

export type GraphRenderer = 'svg' | 'canvas';

export function chooseRenderer(actors: number, options: { still?: boolean } = {}): GraphRenderer {
	// A still picture (handout, export) is always SVG: it prints and saves as vectors.
	if (options.still) return 'svg';
	return actors > CANVAS_THRESHOLD ? 'canvas' : 'svg';
}
