/**
 * What `/edit/?dataset=<id>` opens: the work in progress kept under that id, else a new
 * work on a copy of the own dataset; a built-in dataset is read-only (duplicate it first).
 */
import { workFromDataset, type Work } from '$lib/dataset/work';
import type { Library } from '$lib/storage/library';
import { StorageProblem } from '$lib/storage/types';

export type OpenedWork =
	/** `saved`: the library holds a dataset under this id (the workspace can open it). `kept`: the work is in the work store. */
	| { kind: 'work'; work: Work; saved: boolean; kept: boolean }
	| { kind: 'built-in'; title: string }
	| { kind: 'missing'; problem: string | null };

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

export async function openForEditing(library: Library, id: string): Promise<OpenedWork> {
	let kept: Work | null = null;
	try {
		kept = await (await library.work()).get(id);
	} catch (error) {
		if (error instanceof StorageProblem && error.kind === 'corrupt') return { kind: 'missing', problem: error.message };
		// Storage refused: the dataset itself may still open (built-in), so carry on.
	}
	if (kept) return { kind: 'work', work: kept, kept: true, saved: await library.own().then((own) => own.has(id)).catch(() => false) };
	const opened = await library.open(id);
	if (!opened.found) return { kind: 'missing', problem: opened.ownProblem?.message ?? null };
	if (!opened.result.ok) return { kind: 'missing', problem: `The dataset has problems and cannot be edited here (${opened.result.problems.length}); export it to fix it.` };
	if (opened.origin === 'built-in') return { kind: 'built-in', title: opened.result.dataset.article.title };
	try {
		return { kind: 'work', work: workFromDataset(opened.result.dataset), kept: false, saved: true };
	} catch (error) {
		return { kind: 'missing', problem: reason(error) };
	}
}
