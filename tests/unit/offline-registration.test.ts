import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A fresh copy of the modules: `pageReady` is a promise made once per page. */
async function freshModules() {
	vi.resetModules();
	const offline = await import('../../src/lib/storage/offline');
	const ready = await import('../../src/lib/view/ready');
	return { ...offline, ...ready };
}

describe('registering the service worker', () => {
	let register: ReturnType<typeof vi.fn>;
	let idle: (() => void)[];
	beforeEach(() => {
		vi.useFakeTimers();
		register = vi.fn(() => Promise.resolve({}));
		idle = [];
		vi.stubGlobal('navigator', { serviceWorker: { register, controller: null } });
		vi.stubGlobal('document', { documentElement: { dataset: {} } });
		vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
	});
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
	});

	it('waits for the page to be ready, then for the browser to be idle', async () => {
		const { registerServiceWorkerWhenSettled, markReady } = await freshModules();
		registerServiceWorkerWhenSettled();
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
		const { registerServiceWorkerWhenSettled, REGISTER_AT_THE_LATEST_MS } = await freshModules();
		registerServiceWorkerWhenSettled();
		await vi.advanceTimersByTimeAsync(REGISTER_AT_THE_LATEST_MS - 1);
		expect(idle).toHaveLength(0);
		await vi.advanceTimersByTimeAsync(1);
		idle.splice(0).forEach((callback) => callback());
		expect(register).toHaveBeenCalledOnce();
	});

	it('does nothing where there are no service workers, and a refused registration throws nothing', async () => {
		vi.stubGlobal('navigator', {});
		const { registerServiceWorkerWhenSettled, markReady } = await freshModules();
		expect(() => registerServiceWorkerWhenSettled()).not.toThrow();
		const refused = vi.fn(() => Promise.reject(new Error('insecure origin')));
		vi.stubGlobal('navigator', { serviceWorker: { register: refused } });
		registerServiceWorkerWhenSettled();
		markReady();
		await vi.advanceTimersByTimeAsync(0);
		idle.splice(0).forEach((callback) => callback());
		await vi.advanceTimersByTimeAsync(0);
		expect(refused).toHaveBeenCalledOnce();
	});
});
