import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { REGISTER_AT_THE_LATEST_MS, registerServiceWorkerWhenSettled } from '../../src/lib/storage/offline';

/** The page's readiness, as view/ready's `pageReady` gives it, with the hand that marks it. */
function readiness() {
	let markReady!: () => void;
	const ready = new Promise<void>((resolve) => (markReady = resolve));
	return { ready, markReady };
}

describe('registering the service worker', () => {
	let register: ReturnType<typeof vi.fn>;
	let idle: (() => void)[];
	beforeEach(() => {
		vi.useFakeTimers();
		register = vi.fn(() => Promise.resolve({}));
		idle = [];
		vi.stubGlobal('navigator', { serviceWorker: { register, controller: null } });
	});
	const whenIdle = (callback: () => void) => void idle.push(callback);
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
	});

	it('waits for the page to be ready, then for the browser to be idle', async () => {
		const { ready, markReady } = readiness();
		registerServiceWorkerWhenSettled(ready, whenIdle);
		await vi.advanceTimersByTimeAsync(2_000);
		expect(idle).toHaveLength(0);
		expect(register).not.toHaveBeenCalled();
		markReady();
		await vi.advanceTimersByTimeAsync(0);
		expect(register).not.toHaveBeenCalled();
		expect(idle).toHaveLength(1);
		idle[0]!();
		expect(register).toHaveBeenCalledExactlyOnceWith('/service-worker.js');
	});

	it('registers anyway when the page never says it is ready', async () => {
		registerServiceWorkerWhenSettled(readiness().ready, whenIdle);
		await vi.advanceTimersByTimeAsync(REGISTER_AT_THE_LATEST_MS - 1);
		expect(idle).toHaveLength(0);
		await vi.advanceTimersByTimeAsync(1);
		idle.splice(0).forEach((callback) => callback());
		expect(register).toHaveBeenCalledOnce();
	});

	it('does nothing where there are no service workers, and a refused registration throws nothing', async () => {
		vi.stubGlobal('navigator', {});
		const { ready, markReady } = readiness();
		expect(() => registerServiceWorkerWhenSettled(ready, whenIdle)).not.toThrow();
		const refused = vi.fn(() => Promise.reject(new Error('insecure origin')));
		vi.stubGlobal('navigator', { serviceWorker: { register: refused } });
		registerServiceWorkerWhenSettled(ready, whenIdle);
		markReady();
		await vi.advanceTimersByTimeAsync(0);
		idle.splice(0).forEach((callback) => callback());
		await vi.advanceTimersByTimeAsync(0);
		expect(refused).toHaveBeenCalledOnce();
	});
});
