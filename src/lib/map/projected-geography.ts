/**
 * Projects the region's fixed geography once, into whole units of the region's
 * projection at PROJECTED_SCALE: run when region.topo.json is built (the file
 * carries the result), and in the page only for a topology without it and for
 * the finer provinces and districts loaded on zoom. map-model's
 * `geographyTransform` places the result in any fitted frame.
 */
import { geoPath, type GeoContext, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import { areaLabels, focusCountries, regionProjection, type ProjectedGeography, type Region, type RegionDetail } from './map-model';

/** One unit is about 250 m on the ground, the step region.topo.json is quantized to, so rounding loses nothing it has. */
export const PROJECTED_SCALE = 25_000;

/** A d3-geo path context that writes moves and relative lines in whole units, leaving out steps that round to nothing. */
class WholeUnitPath implements GeoContext {
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
	beginPath() {}
	// Points are drawn as arcs; the geography has none.
	arc() {}
	take(): string {
		const text = this.#text;
		this.#text = '';
		return text;
	}
}

function pathWriter(projection: GeoProjection): (object: GeoPermissibleObjects) => string {
	const context = new WholeUnitPath();
	const path = geoPath(projection, context);
	return (object) => {
		path(object);
		return context.take();
	};
}

const hundredths = (value: number) => Math.round(value * 100) / 100;

export function projectedFrame(scale = PROJECTED_SCALE): GeoProjection {
	return regionProjection().scale(scale).translate([0, 0]);
}

export function projectGeography(region: Region, scale = PROJECTED_SCALE): ProjectedGeography {
	const projection = projectedFrame(scale);
	const draw = pathWriter(projection);
	// As d3's fitExtent measures them, so fitting from these bounds gives its numbers exactly.
	const focusBounds = geoPath(regionProjection().scale(150).translate([0, 0])).bounds(focusCountries(region));
	const computed: Region = { ...region, projected: undefined };
	return {
		scale,
		focusBounds,
		countries: region.countries.features.map((area) => ({ id: String(area.id), d: draw(area) })),
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
