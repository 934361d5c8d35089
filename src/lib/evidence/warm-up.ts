/**
 * The first time the page runs any code, the engine compiles it as it goes: measured on the seed,
 * a workspace's first click took 15–24 ms to show its quotes and every later click about 5.
 * Rendering the evidence panel once, unseen, while the page is idle moves that cost out of the
 * user's first click. The copy is never attached to the document, so nothing is shown, announced
 * or focusable, and it is removed as soon as it has drawn everything a real selection draws.
 */
import { mount, unmount } from 'svelte';
import type { DatasetIndex } from '$lib/dataset/lookup';
import type { Dataset } from '$lib/dataset/schema';
import { afterNextPaint } from '$lib/view/after-paint';
import EvidencePanel from './EvidencePanel.svelte';

/**
 * Relations enough to draw every part of an actor's panel (cards of several types, stances and
 * asserters); a hub's hundreds would make the unseen copy a long task of its own.
 */
export const WARM_UP_RELATIONS = 12;

/** The actor in the most relations, counting up to `enough`: its panel draws every part an actor's panel has (ties go to the first listed). */
export function busiestActor(dataset: Pick<Dataset, 'entities' | 'relations'>, enough = WARM_UP_RELATIONS): string | null {
	const counts = new Map<string, number>();
	for (const relation of dataset.relations)
		for (const end of new Set([relation.source, relation.target])) counts.set(end, (counts.get(end) ?? 0) + 1);
	let best: string | null = null;
	let most = -1;
	for (const entity of dataset.entities) {
		const count = Math.min(enough, counts.get(entity.id) ?? 0);
		if (count > most) [best, most] = [entity.id, count];
	}
	return best;
}

/** The code is compiled once per page: another dataset opened in it, or a corpus merged again, needs no second copy. */
let warmedThisPage = false;

/** Renders the panel for the busiest actor into a detached element, then removes it, once per page. Resolves once removed. */
export function warmEvidencePanel(index: DatasetIndex): Promise<void> {
	const id = busiestActor(index.dataset);
	if (id === null || warmedThisPage) return Promise.resolve();
	warmedThisPage = true;
	const panel = mount(EvidencePanel, {
		target: document.createElement('div'),
		props: { index, selection: { kind: 'entity', id }, onselect: () => {}, onshowquote: () => {} }
	});
	// Its relation cards follow a painted frame (see PaintedFor); remove the copy a frame after they are made.
	return new Promise((resolve) =>
		afterNextPaint(() =>
			afterNextPaint(async () => {
				await unmount(panel);
				// Seen in the browser's performance timeline (and by the tests): the warm-up ran and is over.
				performance.mark('threadboard:evidence-panel-warmed');
				resolve();
			})
		)
	);
}
