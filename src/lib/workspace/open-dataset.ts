/**
 * Opens a dataset for the workspace. A built-in one's shipped layout is fetched beside
 * its files and offered to the layout memory, so the graph is drawn from it at once
 * instead of running the simulation while the page first loads. The files are read and
 * checked in one task and the workspace drawn in the next, so neither blocks input for long.
 */
import { prepareDrawing, prepareMap } from '$lib/map/map-loading';
import { layoutInput } from '$lib/graph/layout-key';
import { offerLayout } from '$lib/graph/layout-request';
import { fetchShippedLayout } from '$lib/graph/layout-sources';
import type { Library, OpenResult } from '$lib/storage/library';
import { nextTask } from '$lib/view/after-paint';

export async function openDataset(library: Library, id: string): Promise<OpenResult> {
	const shipped = library.builtIn.ids().then(
		(ids) => (ids.includes(id) ? fetchShippedLayout(id) : null),
		() => null
	);
	// The map's drawing loads beside the dataset, and its places' outlines once they are known,
	// so the workspace's map finds them loaded when it is drawn.
	prepareDrawing();
	const [outcome, layout] = await Promise.all([library.open(id), shipped]);
	if (outcome.found && outcome.result.ok) prepareMap(outcome.result.dataset.places);
	if (layout !== null && outcome.found && outcome.origin === 'built-in' && outcome.result.ok) {
		const { entities, relations } = outcome.result.dataset;
		offerLayout(layout, layoutInput(entities, relations));
	}
	// Reading and checking the files is one task, drawing the workspace the next.
	await nextTask();
	return outcome;
}
