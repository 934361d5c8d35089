/**
 * d3-geo's own conic conformal projection with the same parallels, rotation, scale and
 * translate as one of the map's projections: the tests measure the map's hand-written
 * maths against the library it replaces in the page.
 */
import { geoConicConformal, type GeoProjection } from 'd3-geo';
import type { MapProjection } from '../../src/lib/map/projection';

export function d3Twin(projection: MapProjection): GeoProjection {
	return geoConicConformal().parallels([27, 37]).rotate([-68, 0]).scale(projection.scale()).translate(projection.translate());
}
