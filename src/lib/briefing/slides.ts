/**
 * The briefing deck as data: pure operations on an immutable list of slides, and
 * a pure undo/redo history. Every operation returns a new list (or the same list
 * when nothing changes), so a history entry is simply the list it replaced.
 */
import type { Slide } from './slide-types';

/** Limits shared by editing and by import, so a deck that can be made can always be read back. */
export const MAX_SLIDES = 500;
export const MAX_SLIDE_TEXT = 5000;
export const MAX_SLIDE_VIEW = 2000;
export const MAX_SLIDE_ID = 200;
export const HISTORY_LIMIT = 100;

export type SlideContent = Pick<Slide, 'view' | 'title' | 'caption'>;
export type SlidePatch = Partial<SlideContent>;
export type IdFactory = () => string;

/** Fallback title when none was given: a slide is listed and presented by its title. */
export function untitled(position: number): string {
	return `Slide ${position}`;
}

export function addSlide(slides: readonly Slide[], content: SlideContent, newId: IdFactory): Slide[] {
	const title = content.title.trim() === '' ? untitled(slides.length + 1) : content.title.slice(0, MAX_SLIDE_TEXT);
	return [...slides, { id: newId(), title, caption: content.caption, view: content.view }];
}

/** An unknown id changes nothing: the slide may have been removed while an edit was in flight. */
export function updateSlide(slides: readonly Slide[], id: string, patch: SlidePatch): Slide[] {
	const index = slides.findIndex((slide) => slide.id === id);
	const slide = slides[index];
	if (!slide) return slides as Slide[];
	const next: Slide = {
		id,
		title: patch.title ?? slide.title,
		caption: patch.caption ?? slide.caption,
		view: patch.view ?? slide.view
	};
	if (next.title === slide.title && next.caption === slide.caption && next.view === slide.view) return slides as Slide[];
	return slides.map((item, at) => (at === index ? next : item));
}

/** Moves a slide to `toIndex`, clamped to the deck, so "up" on the first slide is a no-op rather than an error. */
export function moveSlide(slides: readonly Slide[], id: string, toIndex: number): Slide[] {
	const from = slides.findIndex((slide) => slide.id === id);
	if (from < 0 || Number.isNaN(toIndex)) return slides as Slide[];
	const to = Math.min(Math.max(Math.trunc(toIndex), 0), slides.length - 1);
	if (to === from) return slides as Slide[];
	const next = slides.filter((slide) => slide.id !== id);
	next.splice(to, 0, slides[from]!);
	return next;
}

export function duplicateSlide(slides: readonly Slide[], id: string, newId: IdFactory): Slide[] {
	const index = slides.findIndex((slide) => slide.id === id);
	const slide = slides[index];
	if (!slide) return slides as Slide[];
	// Clipped so a copy of a title at the limit can still be saved and imported.
	const copy: Slide = { ...slide, id: newId(), title: `${slide.title} (copy)`.slice(0, MAX_SLIDE_TEXT) };
	return [...slides.slice(0, index + 1), copy, ...slides.slice(index + 1)];
}

export function removeSlide(slides: readonly Slide[], id: string): Slide[] {
	const next = slides.filter((slide) => slide.id !== id);
	return next.length === slides.length ? (slides as Slide[]) : next;
}

/** `crypto.randomUUID()` where the page is a secure context; otherwise a time-and-counter id, unique in practice. */
export function defaultIdFactory(
	randomUUID: (() => string) | null = globalThis.crypto?.randomUUID?.bind(globalThis.crypto) ?? null
): IdFactory {
	if (randomUUID) return randomUUID;
	const start = Date.now().toString(36);
	let counter = 0;
	return () => `slide-${start}-${(counter++).toString(36)}`;
}

/** Structural equality for JSON-like values (the deck is plain data), independent of key order. */
export function sameValue(a: unknown, b: unknown): boolean {
	if (Object.is(a, b)) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	if (Array.isArray(a) && Array.isArray(b))
		return a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
	const aKeys = Object.keys(a);
	const bKeys = Object.keys(b);
	return (
		aKeys.length === bKeys.length &&
		aKeys.every((key) => Object.hasOwn(b, key) && sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
	);
}

export interface History<T> {
	past: T[];
	present: T;
	future: T[];
}

export function createHistory<T>(present: T): History<T> {
	return { past: [], present, future: [] };
}

/** A new present; the redo branch is dropped, as in every editor. Recording the same value again is a no-op. */
export function record<T>(history: History<T>, next: T, limit = HISTORY_LIMIT): History<T> {
	if (sameValue(history.present, next)) return history;
	const past = [...history.past, history.present];
	return { past: past.length > limit ? past.slice(past.length - limit) : past, present: next, future: [] };
}

export function undo<T>(history: History<T>): History<T> {
	if (history.past.length === 0) return history;
	return {
		past: history.past.slice(0, -1),
		present: history.past[history.past.length - 1]!,
		future: [history.present, ...history.future]
	};
}

export function redo<T>(history: History<T>): History<T> {
	if (history.future.length === 0) return history;
	return {
		past: [...history.past, history.present],
		present: history.future[0]!,
		future: history.future.slice(1)
	};
}

export function canUndo<T>(history: History<T>): boolean {
	return history.past.length > 0;
}

export function canRedo<T>(history: History<T>): boolean {
	return history.future.length > 0;
}

export interface KeyChord {
	key: string;
	ctrlKey: boolean;
	metaKey: boolean;
	shiftKey: boolean;
	altKey: boolean;
}

/** Ctrl+Z undoes; Ctrl+Shift+Z and Ctrl+Y redo (⌘ instead of Ctrl on a Mac). */
export function historyShortcut(chord: KeyChord): 'undo' | 'redo' | null {
	if (!(chord.ctrlKey || chord.metaKey) || chord.altKey) return null;
	const key = chord.key.toLowerCase();
	if (key === 'z') return chord.shiftKey ? 'redo' : 'undo';
	if (key === 'y' && !chord.shiftKey) return 'redo';
	return null;
}
