/**
 * One benchmark run of one page in a fresh browser context (a first visit): what it
 * downloads, when its graph (and map) are drawn, how it pans and zooms, how fast a
 * click shows a quote, and what it holds in memory. Figures only; nothing is asserted.
 */
import type { Browser, Page } from 'playwright-core';

/** What the benchmark needs to know about one app to drive it. */
export interface AppProbe {
	name: string;
	url: string;
	/** In-page expression, true once the picture is drawn (graph, and map for Threadboard). */
	drawn: string;
	/** Where a drag pans and a wheel zooms. */
	surface: string;
	/** Elements a pan must not start on (nodes and links take the pointer themselves). */
	avoid: string;
	/** One element per actor, with the actor's id in `idAttribute`. */
	node: string;
	idAttribute: string;
	/** Inside a node element, the part to click (its shape, not its label); the element itself if absent. */
	nodeShape?: string;
	/** Where the selected actor's quotes appear. */
	panel: string;
	/**
	 * For a graph drawn on a canvas (no element per actor): an element whose attribute
	 * names what the pointer is over, as `entity:<id>`; the pointer is moved until it names an actor.
	 */
	hover?: { selector: string; attribute: string };
}

export interface RunResult {
	ok: boolean;
	error?: string;
	/**
	 * `workerBytes`, `workerRequests`: what the service worker fetched while installing, before it took
	 * control of the page (its precache); `workerLaterBytes`: what it fetched after, answering the
	 * page's own requests (network first for pages and data).
	 */
	transfer: { totalBytes: number; jsBytes: number; fontBytes: number; cssBytes: number; dataBytes: number; requests: number; workerBytes: number; workerRequests: number; workerLaterBytes?: number };
	drawnMs: number | null;
	loadLongestTaskMs: number | null;
	domElements: number | null;
	heapBytes: number | null;
	pan: { fps: number; inputsPerSecond: number; longTasks: number; longestTaskMs: number } | null;
	click: { domMs: number; paintMs: number; actor: string } | null;
}

export const DRAW_TIMEOUT_MS = 60_000;

const INIT_SCRIPT = `(() => {
	const bench = { frames: 0, longTasks: [], drawnAt: null, drawnPaintedAt: null, controlledAt: null };
	window.__bench = bench;
	// When the service worker takes the page: what it fetched before that was its precache.
	navigator.serviceWorker?.addEventListener('controllerchange', () => (bench.controlledAt ??= Date.now()));
	try {
		new PerformanceObserver((list) => { for (const entry of list.getEntries()) bench.longTasks.push([entry.startTime, entry.duration]); })
			.observe({ type: 'longtask', buffered: true });
	} catch {}
	const drawn = () => { try { return Boolean(__DRAWN__); } catch { return false; } };
	const frame = () => {
		bench.frames++;
		if (bench.drawnAt === null && document.documentElement && drawn()) {
			bench.drawnAt = performance.now();
			setTimeout(() => { bench.drawnPaintedAt = performance.now(); });
		}
		requestAnimationFrame(frame);
	};
	requestAnimationFrame(frame);
})();`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function emptyResult(): RunResult {
	return {
		ok: false,
		transfer: { totalBytes: 0, jsBytes: 0, fontBytes: 0, cssBytes: 0, dataBytes: 0, requests: 0, workerBytes: 0, workerRequests: 0, workerLaterBytes: 0 },
		drawnMs: null,
		loadLongestTaskMs: null,
		domElements: null,
		heapBytes: null,
		pan: null,
		click: null
	};
}

export async function measureRun(browser: Browser, origin: string, app: AppProbe, expectedQuotes: Map<string, string>): Promise<RunResult> {
	const result = emptyResult();
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'allow' });
	await context.addInitScript({ content: INIT_SCRIPT.replace('__DRAWN__', app.drawn) });
	const sizes: Promise<void>[] = [];
	const workerRequests: { startedAt: number; bytes: number }[] = [];
	context.on('requestfinished', (request) => {
		sizes.push(
			(async () => {
				const response = await request.response();
				const measured = await request.sizes().catch(() => null);
				if (!response || !measured) return;
				const bytes = measured.responseBodySize + measured.responseHeadersSize;
				const { transfer } = result;
				if (request.serviceWorker()) {
					// The browser's check of the worker's own script is the worker, not what it caches.
					if (!new URL(request.url()).pathname.endsWith('/service-worker.js')) workerRequests.push({ startedAt: request.timing().startTime, bytes });
					return;
				}
				// Requests the service worker answered from its cache cost nothing on the wire.
				if (response.fromServiceWorker()) return;
				transfer.totalBytes += bytes;
				transfer.requests++;
				const url = request.url();
				const type = request.resourceType();
				if (type === 'script' || /\.m?js(\?|$)/.test(url)) transfer.jsBytes += bytes;
				else if (type === 'font' || /\.woff2?(\?|$)/.test(url)) transfer.fontBytes += bytes;
				else if (type === 'stylesheet') transfer.cssBytes += bytes;
				else if (/\.(json|txt)(\?|$)/.test(url)) transfer.dataBytes += bytes;
			})().catch(() => {
				// A request that finishes as the run's context closes has no response left to read.
			})
		);
	});
	const page = await context.newPage();
	try {
		await page.goto(origin + app.url, { waitUntil: 'commit' });
		await page.waitForFunction(() => (window as unknown as { __bench: { drawnPaintedAt: number | null } }).__bench.drawnPaintedAt !== null, null, {
			timeout: DRAW_TIMEOUT_MS,
			polling: 100
		});
		const load = await page.evaluate(() => {
			const bench = (window as unknown as { __bench: { drawnPaintedAt: number; drawnAt: number; longTasks: [number, number][] } }).__bench;
			const during = bench.longTasks.filter(([start]) => start <= bench.drawnAt).map(([, duration]) => duration);
			return { drawnMs: bench.drawnPaintedAt, longest: during.length ? Math.max(...during) : 0 };
		});
		result.drawnMs = load.drawnMs;
		result.loadLongestTaskMs = load.longest;
		await page.waitForLoadState('networkidle').catch(() => {});
		await sleep(500);
		result.domElements = await page.evaluate(() => document.getElementsByTagName('*').length);
		result.heapBytes = await heapAfterGc(page);
		result.pan = await panAndZoom(page, app);
		result.click = await clickToQuote(page, app, expectedQuotes);
		result.ok = true;
	} catch (error) {
		result.error = error instanceof Error ? error.message.split('\n')[0] : String(error);
	} finally {
		await Promise.allSettled(sizes);
		const controlledAt = await page.evaluate(() => (window as unknown as { __bench: { controlledAt: number | null } }).__bench.controlledAt).catch(() => null);
		for (const { startedAt, bytes } of workerRequests) {
			if (controlledAt === null || startedAt < controlledAt) {
				result.transfer.workerBytes += bytes;
				result.transfer.workerRequests++;
			} else result.transfer.workerLaterBytes = (result.transfer.workerLaterBytes ?? 0) + bytes;
		}
		await context.close();
	}
	return result;
}

async function heapAfterGc(page: Page): Promise<number> {
	const session = await page.context().newCDPSession(page);
	await session.send('HeapProfiler.collectGarbage');
	const { usedSize } = (await session.send('Runtime.getHeapUsage')) as { usedSize: number };
	await session.detach();
	return usedSize;
}

/**
 * A point on the pan surface that no node or link covers, near the middle if possible. On a
 * canvas (no element per actor), the app's hover attribute must name nothing there too:
 * otherwise the press lands on an actor and the "pan" drags it.
 */
async function backgroundPoint(page: Page, app: AppProbe): Promise<{ x: number; y: number; width: number; height: number } | null> {
	const points = await page.evaluate(({ surface, avoid }) => {
		// The first one on screen: a page may hold hidden copies (a print handout).
		const element = [...document.querySelectorAll(surface)].find((candidate) => candidate.getBoundingClientRect().width > 0);
		if (!element) return [];
		const box = element.getBoundingClientRect();
		const candidates: { x: number; y: number; d: number }[] = [];
		for (let fx = 0.1; fx < 0.95; fx += 0.05)
			for (let fy = 0.15; fy < 0.95; fy += 0.05) {
				const x = box.x + box.width * fx;
				const y = box.y + box.height * fy;
				candidates.push({ x, y, d: Math.hypot(fx - 0.5, fy - 0.5) });
			}
		candidates.sort((a, b) => a.d - b.d);
		return candidates
			.filter(({ x, y }) => {
				const hit = document.elementFromPoint(x, y);
				return hit && element.contains(hit) && !hit.closest(avoid);
			})
			.map(({ x, y }) => ({ x, y, width: box.width, height: box.height }));
	}, app);
	const hover = app.hover;
	if (!hover) return points[0] ?? null;
	for (const point of points) {
		await page.mouse.move(point.x, point.y);
		// Read without waiting: an SVG graph has no such element, and its nodes are already avoided above.
		const under = await page.evaluate(({ selector, attribute }) => document.querySelector(selector)?.getAttribute(attribute) ?? null, hover);
		if (!under) return point;
	}
	return null;
}

async function panAndZoom(page: Page, app: AppProbe): Promise<RunResult['pan']> {
	const start = await backgroundPoint(page, app);
	if (!start) throw new Error('no empty background to pan from');
	await page.evaluate(() => {
		const bench = (window as unknown as { __bench: Record<string, number> }).__bench;
		bench.gestureStart = performance.now();
		bench.gestureFrames = bench.frames!;
	});
	const began = Date.now();
	let inputs = 0;
	const pace = async () => {
		inputs++;
		const wait = began + inputs * 16 - Date.now();
		if (wait > 0) await sleep(wait);
	};
	await page.mouse.move(start.x, start.y);
	await page.mouse.down();
	// A drag in circles for 1.5 s, then wheel zooms in and out for 1.5 s, one input per 16 ms at most.
	for (let step = 0; Date.now() - began < 1500; step++) {
		const angle = step / 12;
		await page.mouse.move(start.x + 90 * Math.sin(angle), start.y + 60 * (1 - Math.cos(angle)));
		await pace();
	}
	await page.mouse.up();
	await pace();
	for (let step = 0; Date.now() - began < 3000; step++) {
		await page.mouse.wheel(0, Math.floor(step / 10) % 2 === 0 ? -60 : 60);
		await pace();
	}
	const elapsedMs = Date.now() - began;
	await sleep(400);
	return page.evaluate(
		({ inputs, elapsedMs }) => {
			const bench = (window as unknown as { __bench: { frames: number; gestureStart: number; gestureFrames: number; longTasks: [number, number][] } }).__bench;
			const seconds = (performance.now() - 400 - bench.gestureStart) / 1000;
			const frames = bench.frames - bench.gestureFrames;
			const tasks = bench.longTasks.filter(([start]) => start >= bench.gestureStart).map(([, duration]) => duration);
			return {
				fps: frames / Math.max(seconds, 0.001),
				inputsPerSecond: inputs / (elapsedMs / 1000),
				longTasks: tasks.length,
				longestTaskMs: tasks.length ? Math.max(...tasks) : 0
			};
		},
		{ inputs, elapsedMs }
	);
}

async function clickToQuote(page: Page, app: AppProbe, expectedQuotes: Map<string, string>): Promise<RunResult['click']> {
	await page.keyboard.press('Escape');
	await sleep(300);
	const target = await page.evaluate(({ surface, node, idAttribute, nodeShape }) => {
		const box = [...document.querySelectorAll(surface)].map((candidate) => candidate.getBoundingClientRect()).find((rect) => rect.width > 0);
		if (!box) return null;
		const cx = box.x + box.width / 2;
		const cy = box.y + box.height / 2;
		let best: { id: string; x: number; y: number; d: number } | null = null;
		for (const element of document.querySelectorAll(node)) {
			const shape = (nodeShape && element.querySelector(nodeShape)) || element;
			const rect = shape.getBoundingClientRect();
			if (rect.width === 0) continue;
			const x = rect.x + rect.width / 2;
			const y = rect.y + rect.height / 2;
			if (x < box.x + 20 || x > box.right - 20 || y < box.y + 50 || y > box.bottom - 20) continue;
			const d = Math.hypot(x - cx, y - cy);
			if (best && d >= best.d) continue;
			if (document.elementFromPoint(x, y)?.closest(node) !== element) continue;
			best = { id: element.getAttribute(idAttribute)!, x, y, d };
		}
		return best;
	}, app);
	const found = target ?? (app.hover ? await actorUnderPointer(page, app, app.hover) : null);
	if (!found) throw new Error('no actor on screen to click');
	return clickAndTime(page, app, expectedQuotes, found);
}

/** Moves the pointer out from the middle of the surface until the app says it is over an actor. */
async function actorUnderPointer(page: Page, app: AppProbe, hover: NonNullable<AppProbe['hover']>): Promise<{ id: string; x: number; y: number } | null> {
	const box = await page.locator(app.surface).first().boundingBox();
	if (!box) return null;
	for (let step = 0; step < 400; step++) {
		const angle = step * 2.399963;
		const radius = 3 * Math.sqrt(step);
		const x = box.x + box.width / 2 + radius * Math.cos(angle);
		const y = box.y + box.height / 2 + radius * Math.sin(angle);
		await page.mouse.move(x, y);
		const under = await page.locator(hover.selector).first().getAttribute(hover.attribute);
		if (under?.startsWith('entity:')) return { id: under.slice('entity:'.length), x, y };
	}
	return null;
}

async function clickAndTime(page: Page, app: AppProbe, expectedQuotes: Map<string, string>, target: { id: string; x: number; y: number }): Promise<RunResult['click']> {
	const text = expectedQuotes.get(target.id);
	if (!text) throw new Error(`no quote known for ${target.id}`);
	await page.evaluate(
		({ panel, text }) => {
			const element = document.querySelector(panel)!;
			const bench = (window as unknown as { __bench: Record<string, unknown> }).__bench;
			bench.click = new Promise((resolve) => {
				let clickedAt: number | null = null;
				addEventListener('click', (event) => (clickedAt ??= event.timeStamp), { capture: true, once: true });
				const observer = new MutationObserver(() => {
					if (clickedAt === null || !element.textContent?.includes(text)) return;
					const shownAt = performance.now();
					observer.disconnect();
					requestAnimationFrame(() => setTimeout(() => resolve({ domMs: shownAt - clickedAt!, paintMs: performance.now() - clickedAt! })));
				});
				observer.observe(element, { subtree: true, childList: true, characterData: true });
			});
		},
		{ panel: app.panel, text }
	);
	await page.mouse.click(target.x, target.y);
	const timing = await page.evaluate(
		() =>
			Promise.race([
				(window as unknown as { __bench: { click: Promise<{ domMs: number; paintMs: number }> } }).__bench.click,
				new Promise<null>((resolve) => setTimeout(() => resolve(null), 10_000))
			])
	);
	if (!timing) throw new Error(`clicking ${target.id} showed no quote within 10 s`);
	return { ...timing, actor: target.id };
}
