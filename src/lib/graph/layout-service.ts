/**
 * The layout as a service with plain data in and out: what the layout worker exposes
 * through Comlink, and what runs in the page when there is no worker.
 */
import { simulate, type LayoutWork } from './layout';
import { layoutKey, type LayoutInput } from './layout-key';
import { saveLayout, type SavedLayout } from './saved-layout';

export interface LayoutAnswer {
	saved: SavedLayout;
	work: LayoutWork;
}

export const layoutService = {
	/** Lays the graph out, telling `onProgress` the share done (0–1) now and then. */
	async layout(input: LayoutInput, onProgress?: (done: number) => void): Promise<LayoutAnswer> {
		return layoutService.layoutNow(input, onProgress);
	},
	/** The same, in one go, for small graphs and for Node. */
	layoutNow(input: LayoutInput, onProgress?: (done: number) => void): LayoutAnswer {
		const { layout, work } = simulate(input.entities, input.relations, { seed: input.seed, onProgress });
		return { saved: saveLayout(layoutKey(input), layout), work };
	}
};

export type LayoutService = typeof layoutService;
