/**
 * What a press on the canvas graph becomes, as the SVG graph does it: a press on an
 * actor that then moves a few pixels drags that actor (the view stays put); a press
 * that does not move is a click, which selects; a press on the background is left to
 * the zoom behaviour, which pans. Pure, so the canvas component only feeds it events.
 */
import type { Point } from './geometry';

/** Pixels a press must travel before it is a drag rather than a click (the SVG graph's figure). */
export const DRAG_THRESHOLD_PX = 4;

export type PressState =
	| { phase: 'idle' }
	/** Down on an actor, not yet moved far enough to be a drag. */
	| { phase: 'pressed'; id: string; pointerId: number; start: Point }
	| { phase: 'dragging'; id: string; pointerId: number; start: Point };

export const IDLE: PressState = { phase: 'idle' };

/**
 * A pointer went down over `actor` (null: the background). Only the main button on an
 * actor starts a press the canvas handles; everything else stays idle, for the zoom.
 */
export function pressDown(actor: string | null, pointerId: number, button: number, at: Point): PressState {
	if (actor === null || button !== 0) return IDLE;
	return { phase: 'pressed', id: actor, pointerId, start: at };
}

/** The pointer moved to `at` (screen pixels): a press becomes a drag once it has travelled far enough. */
export function pressMove(state: PressState, pointerId: number, at: Point): PressState {
	if (state.phase !== 'pressed' || state.pointerId !== pointerId) return state;
	if (Math.hypot(at.x - state.start.x, at.y - state.start.y) < DRAG_THRESHOLD_PX) return state;
	return { ...state, phase: 'dragging' };
}

/** Whether a pointer move in this state should move an actor, and which. */
export function draggedActor(state: PressState, pointerId: number): string | null {
	return state.phase === 'dragging' && state.pointerId === pointerId ? state.id : null;
}

/**
 * The pointer came up (or was cancelled): a drag ends and eats the click that follows;
 * a press that never moved lets its click through, to select.
 */
export function pressUp(state: PressState, pointerId: number): { state: PressState; swallowClick: boolean } {
	if (state.phase === 'idle' || state.pointerId !== pointerId) return { state, swallowClick: false };
	return { state: IDLE, swallowClick: state.phase === 'dragging' };
}

/** The zoom behaviour pans from a press only where no actor is under it (wheel zoom works everywhere). */
export function zoomMayStart(eventType: string, actorUnderPointer: boolean): boolean {
	return eventType === 'wheel' || !actorUnderPointer;
}
