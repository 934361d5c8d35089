import { afterNextPaint } from './after-paint';

/**
 * Whether the frame showing `key` has been painted: false as soon as `key` changes, true
 * again in the task after the next paint. Content that can follow a frame later (a selected
 * actor's every relation, each with its quotes) waits on it, so a click shows its quotes in
 * the first frame instead of after everything below them is built.
 * Made inside a component: the wait is an effect of that component. Rendered on a server,
 * where no frame is painted, everything is shown at once.
 */
export class PaintedFor<Key> {
	#painted = $state<{ key: Key } | null>(null);
	readonly #key: () => Key;

	constructor(key: () => Key) {
		this.#key = key;
		$effect(() => {
			const shown = key();
			let current = true;
			afterNextPaint(() => {
				if (current) this.#painted = { key: shown };
			});
			return () => (current = false);
		});
	}

	get current(): boolean {
		if (typeof window === 'undefined') return true;
		return this.#painted !== null && Object.is(this.#painted.key, this.#key());
	}
}
