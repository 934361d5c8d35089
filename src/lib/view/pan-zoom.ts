/**
 * Pan and zoom for the graph and the map: wheel and trackpad zoom about the pointer, a
 * press and drag pans, two fingers pinch, and the views set or animate a zoom of their
 * own (buttons, links, slides). It does what the app used d3-zoom for, on pointer
 * events, in a fraction of the code: d3-zoom brought d3-transition, d3-interpolate,
 * d3-color, d3-ease, d3-timer, d3-drag and d3-dispatch into the first page (about
 * 12 kB of its 140 kB gzip). The maths are pure functions below, tested on their own.
 */

/** screen = point × k + (x, y), as in d3-zoom. */
export interface ViewTransform {
	readonly k: number;
	readonly x: number;
	readonly y: number;
}

export const IDENTITY: ViewTransform = { k: 1, x: 0, y: 0 };

type Point = readonly [number, number];
type Extent = readonly [Point, Point];

/** A wheel step as a zoom factor: pixel, line and page deltas alike; a pinch on a trackpad (ctrl) zooms faster. */
export function wheelFactor(deltaY: number, deltaMode: number, ctrlKey: boolean): number {
	const perUnit = deltaMode === 1 ? 0.05 : deltaMode === 2 ? 1 : 0.002;
	return 2 ** (-deltaY * perUnit * (ctrlKey ? 10 : 1));
}

const clamp = (value: number, [low, high]: readonly [number, number]) => Math.min(high, Math.max(low, value));

/** Scales by `factor` (within `scaleExtent`), keeping the screen point `about` over the same spot. */
export function zoomAbout(transform: ViewTransform, factor: number, about: Point, scaleExtent: readonly [number, number]): ViewTransform {
	const k = clamp(transform.k * factor, scaleExtent);
	const ratio = k / transform.k;
	return { k, x: about[0] - (about[0] - transform.x) * ratio, y: about[1] - (about[1] - transform.y) * ratio };
}

export function panBy(transform: ViewTransform, dx: number, dy: number): ViewTransform {
	return { k: transform.k, x: transform.x + dx, y: transform.y + dy };
}

/**
 * Two fingers moved from (a0, b0) to (a1, b1): the scale follows their spread and the
 * spot under their midpoint follows the midpoint.
 */
export function pinchZoom(start: ViewTransform, a0: Point, b0: Point, a1: Point, b1: Point, scaleExtent: readonly [number, number]): ViewTransform {
	const spread0 = Math.hypot(b0[0] - a0[0], b0[1] - a0[1]);
	const spread1 = Math.hypot(b1[0] - a1[0], b1[1] - a1[1]);
	const k = clamp(spread0 > 0 ? (start.k * spread1) / spread0 : start.k, scaleExtent);
	const mid0: Point = [(a0[0] + b0[0]) / 2, (a0[1] + b0[1]) / 2];
	const mid1: Point = [(a1[0] + b1[0]) / 2, (a1[1] + b1[1]) / 2];
	const spot = [(mid0[0] - start.x) / start.k, (mid0[1] - start.y) / start.k];
	return { k, x: mid1[0] - spot[0]! * k, y: mid1[1] - spot[1]! * k };
}

/**
 * Keeps the area `bounds` (in untransformed units) covering the screen `frame`, as
 * d3-zoom's translateExtent does: a view zoomed out past the bounds is centred on them.
 */
export function constrainTo(transform: ViewTransform, frame: Extent, bounds: Extent): ViewTransform {
	const left = (frame[0][0] - transform.x) / transform.k - bounds[0][0];
	const right = (frame[1][0] - transform.x) / transform.k - bounds[1][0];
	const top = (frame[0][1] - transform.y) / transform.k - bounds[0][1];
	const bottom = (frame[1][1] - transform.y) / transform.k - bounds[1][1];
	const shiftX = right > left ? (left + right) / 2 : Math.min(0, left) || Math.max(0, right);
	const shiftY = bottom > top ? (top + bottom) / 2 : Math.min(0, top) || Math.max(0, bottom);
	return { k: transform.k, x: transform.x + shiftX * transform.k, y: transform.y + shiftY * transform.k };
}

/**
 * The view `t` of the way (0–1) from `from` to `to` in a frame of this size: the scale
 * changes evenly in ratio and the centre moves in a straight line, so nothing swings.
 */
export function interpolateView(from: ViewTransform, to: ViewTransform, t: number, width: number, height: number): ViewTransform {
	const k = from.k * (to.k / from.k) ** t;
	const centre = (view: ViewTransform): Point => [(width / 2 - view.x) / view.k, (height / 2 - view.y) / view.k];
	const [fromX, fromY] = centre(from);
	const [toX, toY] = centre(to);
	const cx = fromX + (toX - fromX) * t;
	const cy = fromY + (toY - fromY) * t;
	return { k, x: width / 2 - cx * k, y: height / 2 - cy * k };
}

const easeInOut = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

export interface PanZoomOptions {
	scaleExtent: readonly [number, number];
	/** Whether this press or wheel may pan or zoom (a press on a draggable actor may not). */
	filter?: (event: PointerEvent | WheelEvent) => boolean;
	/** The screen frame and the untransformed area that must keep covering it; none: free panning. */
	bounds?: () => { frame: Extent; area: Extent };
	/** Every change, each frame of a gesture or an animation included. */
	onzoom: (transform: ViewTransform) => void;
	/** A gesture, an animation or a direct set has finished. */
	onend?: (transform: ViewTransform) => void;
}

/** How long after the last wheel step a wheel zoom counts as ended. */
const WHEEL_END_MS = 150;

export class PanZoom {
	#transform: ViewTransform = IDENTITY;
	#options: PanZoomOptions;
	readonly #element: Element & ElementCSSInlineStyle;
	#pointers = new Map<number, Point>();
	#gesture: { start: ViewTransform; points: Map<number, Point>; moved: boolean } | null = null;
	#wheelTimer: ReturnType<typeof setTimeout> | undefined;
	#animation = 0;
	#swallowClick = false;
	#stop: () => void;

	constructor(element: Element & ElementCSSInlineStyle, options: PanZoomOptions) {
		this.#element = element;
		this.#options = options;
		// Touches pan and pinch the view, not the page.
		element.style.touchAction = 'none';
		const listen = <K extends keyof HTMLElementEventMap>(type: K, handler: (event: HTMLElementEventMap[K]) => void, capture = false) => {
			element.addEventListener(type, handler as EventListener, { capture, passive: false });
			return () => element.removeEventListener(type, handler as EventListener, { capture });
		};
		const stops = [
			listen('wheel', (event) => this.#wheel(event)),
			listen('pointerdown', (event) => this.#down(event)),
			listen('pointermove', (event) => this.#move(event)),
			listen('pointerup', (event) => this.#up(event)),
			listen('pointercancel', (event) => this.#up(event)),
			// A pan ends with a click on whatever was under the pointer: it must not select or clear.
			listen('click', (event) => this.#click(event), true)
		];
		const noSelect = (event: Event) => this.#gesture && event.preventDefault();
		window.addEventListener('selectstart', noSelect);
		this.#stop = () => {
			for (const stop of stops) stop();
			window.removeEventListener('selectstart', noSelect);
		};
	}

	setScaleExtent(scaleExtent: readonly [number, number]): void {
		this.#options = { ...this.#options, scaleExtent };
	}

	/** Moves to `target` (as given: a view asked for is not pulled back) at once, or over `durationMs`; either way ends with onend. */
	set(target: ViewTransform, durationMs = 0): void {
		cancelAnimationFrame(this.#animation);
		const to = target;
		if (durationMs <= 0 || typeof requestAnimationFrame === 'undefined') {
			this.#apply(to);
			this.#options.onend?.(to);
			return;
		}
		const from = this.#transform;
		const { width, height } = this.#size();
		const started = performance.now();
		const frame = (now: number) => {
			const t = Math.min(1, (now - started) / durationMs);
			this.#apply(t === 1 ? to : interpolateView(from, to, easeInOut(t), width, height));
			if (t < 1) this.#animation = requestAnimationFrame(frame);
			else this.#options.onend?.(to);
		};
		this.#animation = requestAnimationFrame(frame);
	}

	/** Zooms by `factor` about the frame's centre (the zoom buttons). */
	scaleBy(factor: number): void {
		const { width, height } = this.#size();
		this.set(this.#constrained(zoomAbout(this.#transform, factor, [width / 2, height / 2], this.#options.scaleExtent)));
	}

	destroy(): void {
		cancelAnimationFrame(this.#animation);
		clearTimeout(this.#wheelTimer);
		this.#stop();
	}

	#size(): { width: number; height: number } {
		const box = this.#element.getBoundingClientRect();
		return { width: box.width, height: box.height };
	}

	#local(event: MouseEvent): Point {
		const box = this.#element.getBoundingClientRect();
		return [event.clientX - box.left, event.clientY - box.top];
	}

	#constrained(transform: ViewTransform): ViewTransform {
		const limits = this.#options.bounds?.();
		return limits ? constrainTo(transform, limits.frame, limits.area) : transform;
	}

	#apply(transform: ViewTransform): void {
		this.#transform = transform;
		this.#options.onzoom(transform);
	}

	#wheel(event: WheelEvent): void {
		if (this.#options.filter && !this.#options.filter(event)) return;
		const factor = wheelFactor(event.deltaY, event.deltaMode, event.ctrlKey);
		const next = this.#constrained(zoomAbout(this.#transform, factor, this.#local(event), this.#options.scaleExtent));
		// At the scale's limit a wheel outside a zoom scrolls the page, as it would anywhere else.
		if (this.#wheelTimer === undefined && next.k === this.#transform.k) return;
		event.preventDefault();
		cancelAnimationFrame(this.#animation);
		this.#apply(next);
		clearTimeout(this.#wheelTimer);
		this.#wheelTimer = setTimeout(() => {
			this.#wheelTimer = undefined;
			this.#options.onend?.(this.#transform);
		}, WHEEL_END_MS);
	}

	#down(event: PointerEvent): void {
		if (event.pointerType === 'mouse' && event.button !== 0) return;
		if (this.#options.filter && !this.#options.filter(event)) return;
		cancelAnimationFrame(this.#animation);
		this.#pointers.set(event.pointerId, this.#local(event));
		// Each change of fingers starts the gesture again from where the view is.
		this.#gesture = { start: this.#transform, points: new Map(this.#pointers), moved: this.#gesture?.moved ?? false };
	}

	#move(event: PointerEvent): void {
		const gesture = this.#gesture;
		if (!gesture || !this.#pointers.has(event.pointerId)) return;
		this.#pointers.set(event.pointerId, this.#local(event));
		const ids = [...gesture.points.keys()].filter((id) => this.#pointers.has(id));
		let next: ViewTransform;
		if (ids.length >= 2) {
			const [a, b] = ids as [number, number];
			next = pinchZoom(gesture.start, gesture.points.get(a)!, gesture.points.get(b)!, this.#pointers.get(a)!, this.#pointers.get(b)!, this.#options.scaleExtent);
		} else {
			const id = ids[0]!;
			const [x0, y0] = gesture.points.get(id)!;
			const [x1, y1] = this.#pointers.get(id)!;
			if (!gesture.moved && x0 === x1 && y0 === y1) return;
			next = panBy(gesture.start, x1 - x0, y1 - y0);
		}
		if (!gesture.moved) {
			gesture.moved = true;
			// Held from the first move, not the press: a press that does not move stays a click on what it pressed.
			for (const id of ids) {
				try {
					this.#element.setPointerCapture?.(id);
				} catch {
					// The pointer has gone already: nothing to hold.
				}
			}
		}
		event.preventDefault();
		this.#apply(this.#constrained(next));
	}

	#up(event: PointerEvent): void {
		if (!this.#pointers.delete(event.pointerId) || !this.#gesture) return;
		if (this.#pointers.size > 0) {
			this.#gesture = { start: this.#transform, points: new Map(this.#pointers), moved: this.#gesture.moved };
			return;
		}
		const moved = this.#gesture.moved;
		this.#gesture = null;
		if (!moved) return;
		this.#swallowClick = true;
		// If no click follows (the pointer left the element), the next real click must not be lost.
		setTimeout(() => (this.#swallowClick = false));
		this.#options.onend?.(this.#transform);
	}

	#click(event: MouseEvent): void {
		if (!this.#swallowClick) return;
		this.#swallowClick = false;
		event.stopPropagation();
		event.preventDefault();
	}
}
