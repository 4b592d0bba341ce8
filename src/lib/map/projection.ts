import { geoCircle, geoConicConformal, geoEqualEarth, geoGraticule, type GeoProjection } from 'd3-geo';
import { pathData } from './svg-path.ts';

/** A point in degrees (WGS84), the shape the `places` collection uses: { lat: 50.91, lon: 34.8 }. */
export interface LatLon {
	lat: number;
	lon: number;
}

/** Width and height of the regional map's viewBox, in SVG user units. */
export const MAP_SIZE = { width: 800, height: 620 } as const;

/**
 * What the regional map must show: all of Ukraine and western Russia up to Moscow. The viewBox
 * is wider than this box, so a little more shows to the east and west.
 */
export const MAP_FRAME = { west: 22, east: 40, south: 44, north: 57 } as const;

/** Width and height of the world inset's viewBox, in SVG user units. */
export const INSET_SIZE = { width: 360, height: 190 } as const;

/** Mean Earth radius, the same value `distanceKm` in geo.ts uses. */
const EARTH_RADIUS_KM = 6371.0088;

const MAP_PADDING = 6;

/** Rounds to 0.1, the precision every coordinate in the map's SVG has. */
export function round1(value: number): number {
	return Math.round(value * 10) / 10;
}

/**
 * The regional map's projection: Lambert conformal conic, standard parallels 46° N and 54° N,
 * centred on 31° E, fitted so that MAP_FRAME fills the viewBox height. Conformal, so city dots
 * and the 300 km ring keep their shape; anything outside the viewBox is clipped away.
 */
export function regionProjection(): GeoProjection {
	const { west, east, south, north } = MAP_FRAME;
	const { width, height } = MAP_SIZE;
	const frame = geoGraticule()
		.extent([
			[west, south],
			[east, north],
		])
		.outline();
	return geoConicConformal()
		.parallels([46, 54])
		.rotate([-31, 0])
		.fitExtent(
			[
				[MAP_PADDING, MAP_PADDING],
				[width - MAP_PADDING, height - MAP_PADDING],
			],
			frame,
		)
		.clipExtent([
			[0, 0],
			[width, height],
		]);
}

/**
 * The world inset's projection: Equal Earth, cropped to 56° S–84° N (no Antarctica), so the
 * Americas, Europe and East Asia all fit a small strip.
 */
export function insetProjection(): GeoProjection {
	const { width, height } = INSET_SIZE;
	const world = geoGraticule()
		.extent([
			[-180, -56],
			[180, 84],
		])
		.outline();
	return geoEqualEarth()
		.fitExtent(
			[
				[2, 2],
				[width - 2, height - 2],
			],
			world,
		)
		.clipExtent([
			[0, 0],
			[width, height],
		]);
}

let region: GeoProjection | undefined;

function defaultProjection(): GeoProjection {
	region ??= regionProjection();
	return region;
}

/** Where a point lands on the map, in SVG units rounded to 0.1, or undefined if it cannot be drawn. */
export function projectPoint(
	point: LatLon,
	projection: GeoProjection = defaultProjection(),
): [number, number] | undefined {
	const xy = projection([point.lon, point.lat]);
	if (!xy || !Number.isFinite(xy[0]) || !Number.isFinite(xy[1])) return undefined;
	return [round1(xy[0]), round1(xy[1])];
}

/**
 * Whether a point lands inside the regional map's viewBox, at least `margin` units from its
 * edges, e.g. true for Sumy and Moscow, false for Lima.
 */
export function isInFrame(point: LatLon, margin = 0, projection: GeoProjection = defaultProjection()): boolean {
	// A conic projection maps the far side of the globe too; only the near hemisphere counts.
	if (Math.abs(point.lon - MAP_FRAME.west / 2 - MAP_FRAME.east / 2) > 90) return false;
	const xy = projectPoint(point, projection);
	if (!xy) return false;
	const { width, height } = MAP_SIZE;
	return xy[0] >= margin && xy[0] <= width - margin && xy[1] >= margin && xy[1] <= height - margin;
}

/**
 * An SVG path for the circle of `radiusKm` around a point on the Earth's surface (a geodesic
 * circle, not a circle on the page), coordinates rounded to 0.1, e.g. the 300 km ATACMS ring.
 */
export function circlePath(center: LatLon, radiusKm: number, projection: GeoProjection = defaultProjection()): string {
	const circle = geoCircle()
		.center([center.lon, center.lat])
		.radius((radiusKm / EARTH_RADIUS_KM) * (180 / Math.PI))
		.precision(2)();
	return pathData(projection, circle);
}

// Label placement lives in its own module; re-exported so map code has one entry point.
export { boxesOverlap, dotBox, labelBox, placeLabels, textWidth } from './labels.ts';
export type { Box, LabelPosition, LabelRequest, PlacedLabel, PlacementOptions } from './labels.ts';
