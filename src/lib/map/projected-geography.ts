/**
 * Projects the region's fixed geography once, into whole units of the region's
 * projection at PROJECTED_SCALE: run when region.topo.json is built (the file
 * carries the result), and in the page only for a topology without it and for
 * the finer provinces and districts loaded on zoom. Every vertex is projected
 * with points added along long edges (`densify`). map-model's
 * `geographyTransform` places the result in any fitted frame.
 */
import { areaLabels, focusBounds, regionProjection, type ProjectedGeography, type Region, type RegionDetail } from './map-model';
import { projectedParts, type MapProjection, type Shape } from './projection';

/** One unit is about 250 m on the ground, the step region.topo.json is quantized to, so rounding loses nothing it has. */
export const PROJECTED_SCALE = 25_000;

/** Writes moves and relative lines in whole units, leaving out steps that round to nothing. */
class WholeUnitPath {
	#text = '';
	#x = 0;
	#y = 0;
	moveTo(x: number, y: number) {
		this.#x = Math.round(x);
		this.#y = Math.round(y);
		this.#text += `M${this.#x}${this.#y < 0 ? '' : ' '}${this.#y}`;
	}
	lineTo(x: number, y: number) {
		const dx = Math.round(x) - this.#x;
		const dy = Math.round(y) - this.#y;
		if (dx === 0 && dy === 0) return;
		this.#x += dx;
		this.#y += dy;
		this.#text += `l${dx}${dy < 0 ? '' : ' '}${dy}`;
	}
	closePath() {
		this.#text += 'z';
	}
	take(): string {
		const text = this.#text;
		this.#text = '';
		return text;
	}
}

/** Each vertex projected, rings closed (their repeated last point left out) and lines left open. */
function pathWriter(projection: MapProjection): (shape: Shape) => string {
	const context = new WholeUnitPath();
	return (shape) => {
		for (const { points, closed } of projectedParts(shape, projection)) {
			points.forEach(([x, y], index) => (index === 0 ? context.moveTo(x, y) : context.lineTo(x, y)));
			if (closed && points.length > 0) context.closePath();
		}
		return context.take();
	};
}

const hundredths = (value: number) => Math.round(value * 100) / 100;

export function projectedFrame(scale = PROJECTED_SCALE): MapProjection {
	return regionProjection().scale(scale).translate([0, 0]);
}

/** One shape projected at `scale`, in the projected geography's units: how an area's outline is drawn. */
export function projectShape(shape: Shape, scale = PROJECTED_SCALE): string {
	return pathWriter(projectedFrame(scale))(shape);
}

export function projectGeography(region: Region, scale = PROJECTED_SCALE): ProjectedGeography {
	const projection = projectedFrame(scale);
	const draw = pathWriter(projection);
	const computed: Region = { ...region, projected: undefined };
	return {
		scale,
		focusBounds: focusBounds(region),
		countries: region.countries.features.map((area) => ({ id: String(area.id), d: draw(area.geometry) })),
		water: draw(region.extent),
		coast: draw(region.outerEdges),
		countryBorders: draw(region.innerBorders.countries),
		afghanPakistanBorder: draw(region.afghanPakistanBorder),
		provinces: draw(region.innerBorders.provinces),
		districts: draw(region.innerBorders.districts),
		labels: areaLabels(computed, projection).map(({ point, ...label }) => ({ ...label, x: hundredths(point.x), y: hundredths(point.y) }))
	};
}

/** The province and district lines of the finer layers, in the same units as the projected geography. */
export function projectDetailLines(detail: RegionDetail, scale = PROJECTED_SCALE): { provinces: string; districts: string } {
	const draw = pathWriter(projectedFrame(scale));
	return { provinces: draw(detail.innerBorders.provinces), districts: draw(detail.innerBorders.districts) };
}
