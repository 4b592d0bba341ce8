import { geoCircle, geoConicConformal, geoEqualEarth, geoGraticule, type GeoProjection } from 'd3-geo';
import { EARTH_RADIUS_KM } from './geo.ts';
import { pathData } from './svg-path.ts';

/** A point in degrees (WGS84), the shape the `places` collection uses: { lat: 50.91, lon: 34.8 }. */
export interface LatLon {
	lat: number;
	lon: number;
}

/** Width and height of the regional map's viewBox, in SVG user units. */
export const MAP_SIZE = { width: 800, height: 680 } as const;

/** Width and height of the world map's viewBox, in SVG user units. */
export const INSET_SIZE = { width: 360, height: 190 } as const;

/** The box a map must show, in degrees, e.g. { west: 22, east: 40, south: 44, north: 57 }. */
export interface MapFrame {
	west: number;
	east: number;
	south: number;
	north: number;
}

const MAP_PADDING = 6;

/** Rounds to 0.1, the precision every coordinate in the map's SVG has. */
export function round1(value: number): number {
	return Math.round(value * 10) / 10;
}

/**
 * A regional map's projection: Lambert conformal conic with standard parallels a sixth of the
 * way in from the frame's south and north edges, centred on the frame's middle meridian, fitted
 * so that the frame fills the viewBox. Conformal, so city dots and rings keep their shape;
 * anything outside the viewBox is clipped away.
 */
export function regionProjection(frame: MapFrame): GeoProjection {
	const { west, east, south, north } = frame;
	const { width, height } = MAP_SIZE;
	const outline = geoGraticule()
		.extent([
			[west, south],
			[east, north],
		])
		.outline();
	const span = north - south;
	return geoConicConformal()
		.parallels([south + span / 6, north - span / 6])
		.rotate([-(west + east) / 2, 0])
		.fitExtent(
			[
				[MAP_PADDING, MAP_PADDING],
				[width - MAP_PADDING, height - MAP_PADDING],
			],
			outline,
		)
		.clipExtent([
			[0, 0],
			[width, height],
		]);
}

/** A world map's projection: Equal Earth, cropped to the frame (e.g. 56° S–84° N, no Antarctica). */
export function worldProjection(frame: MapFrame): GeoProjection {
	const { width, height } = INSET_SIZE;
	const world = geoGraticule()
		.extent([
			[frame.west, frame.south],
			[frame.east, frame.north],
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

/** The viewBox size of a map of this kind. */
export function sizeOf(kind: 'region' | 'world'): { width: number; height: number } {
	return kind === 'world' ? INSET_SIZE : MAP_SIZE;
}

/** Where a point lands on the map, in SVG units rounded to 0.1, or undefined if it cannot be drawn. */
export function projectPoint(point: LatLon, projection: GeoProjection): [number, number] | undefined {
	const xy = projection([point.lon, point.lat]);
	if (!xy || !Number.isFinite(xy[0]) || !Number.isFinite(xy[1])) return undefined;
	return [round1(xy[0]), round1(xy[1])];
}

/**
 * An SVG path for the circle of `radiusKm` around a point on the Earth's surface (a geodesic
 * circle, not a circle on the page), coordinates rounded to 0.1, e.g. a 300 km range ring.
 */
export function circlePath(center: LatLon, radiusKm: number, projection: GeoProjection): string {
	const circle = geoCircle()
		.center([center.lon, center.lat])
		.radius((radiusKm / EARTH_RADIUS_KM) * (180 / Math.PI))
		.precision(2)();
	return pathData(projection, circle);
}
