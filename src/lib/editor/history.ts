/**
 * Undo and redo over immutable works: every edit pushes the work it replaced. Pure data
 * (no runes), so the editor state and the tests share it.
 */
import type { Work } from '$lib/dataset/work';

export interface HistoryEntry {
	/** The work before (undo) or after (redo) the edit. */
	work: Work;
	/** What the edit did, in words (“Add actor Haqqani Network”). */
	label: string;
}

/** Enough for a long session; the oldest edits fall off first. */
export const HISTORY_LIMIT = 300;

export interface History {
	past: HistoryEntry[];
	future: HistoryEntry[];
}

export const emptyHistory = (): History => ({ past: [], future: [] });

/** After an edit from `before`: it can be undone, and what was undone can no longer be redone. */
export function recordEdit(history: History, before: Work, label: string): History {
	return { past: [...history.past, { work: before, label }].slice(-HISTORY_LIMIT), future: [] };
}

/** Undoes the last edit: the work to show and the history after. Null when there is nothing to undo. */
export function undo(history: History, current: Work): { work: Work; history: History; label: string } | null {
	const last = history.past.at(-1);
	if (!last) return null;
	return { work: last.work, label: last.label, history: { past: history.past.slice(0, -1), future: [...history.future, { work: current, label: last.label }] } };
}

export function redo(history: History, current: Work): { work: Work; history: History; label: string } | null {
	const next = history.future.at(-1);
	if (!next) return null;
	return { work: next.work, label: next.label, history: { past: [...history.past, { work: current, label: next.label }], future: history.future.slice(0, -1) } };
}
