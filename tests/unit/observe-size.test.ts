import { afterEach, describe, expect, it, vi } from 'vitest';
import { observeSize, type ElementSize } from '../../src/lib/view/observe-size';

afterEach(() => vi.unstubAllGlobals());

describe('observeSize', () => {
	it('reports the size only from the observer, never by reading it at once, and stops when the element goes', () => {
		let report: (() => void) | undefined;
		let disconnected = false;
		vi.stubGlobal(
			'ResizeObserver',
			class {
				constructor(callback: () => void) {
					report = callback;
				}
				observe() {}
				disconnect() {
					disconnected = true;
				}
			}
		);
		let reads = 0;
		const element = {
			get clientWidth() {
				reads++;
				return 640;
			},
			get clientHeight() {
				reads++;
				return 480;
			}
		} as unknown as HTMLElement;
		const sizes: ElementSize[] = [];
		const stop = observeSize((size) => sizes.push(size))(element);
		// Attaching reads nothing: a read here would make the browser lay the page out mid-render.
		expect(reads).toBe(0);
		expect(sizes).toEqual([]);
		report!();
		expect(sizes).toEqual([{ width: 640, height: 480 }]);
		(stop as () => void)();
		expect(disconnected).toBe(true);
	});
});
