import buffer from '@turf/buffer';
import { featureCollection, lineString, point } from '@turf/helpers';
import intersect from '@turf/intersect';
import pointToLineDistance from '@turf/point-to-line-distance';
import type { Feature, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { countryFeature, sharedBorder, type Transfer } from './geometry.ts';
import type { LatLon } from './projection.ts';

const KM_PER_MILE = 1.609344;

/** A map's band as its content describes it: a line, a distance and the country it is clipped to. */
export interface BandSpec {
	line: readonly LatLon[];
	distanceKm: number;
	clipTo: string;
}

/**
 * d3-geo wants polygon rings clockwise (on the sphere), GeoJSON (RFC 7946) and turf give them
 * anticlockwise: reverse every ring so that d3 fills the inside, not the rest of the globe.
 */
export function forD3<G extends Polygon | MultiPolygon>(geometry: G): G {
	const flip = (rings: Position[][]) => rings.map((ring) => [...ring].reverse());
	return (
		geometry.type === 'Polygon'
			? { ...geometry, coordinates: flip(geometry.coordinates) }
			: { ...geometry, coordinates: geometry.coordinates.map(flip) }
	) as G;
}

/**
 * The part of a country within `distanceKm` of a line, e.g. the part of one country within
 * 300 km of a stretch of its border: the line buffered with @turf/buffer, then intersected
 * with the country's Natural Earth outline (@turf/intersect). GeoJSON winding (anticlockwise).
 */
export function bandArea(band: BandSpec, transfers: readonly Transfer[] = []): Polygon | MultiPolygon | undefined {
	const key = JSON.stringify([band.line, band.distanceKm, band.clipTo, transfers]);
	if (!bands.has(key)) bands.set(key, computeBand(band, transfers));
	return bands.get(key);
}

// Every page with the same map asks for the same band: work it out once per build.
const bands = new Map<string, Polygon | MultiPolygon | undefined>();

function computeBand(band: BandSpec, transfers: readonly Transfer[]): Polygon | MultiPolygon | undefined {
	const line = lineString(band.line.map((p) => [p.lon, p.lat]));
	const reach = buffer(line, band.distanceKm, { units: 'kilometers', steps: 16 });
	if (!reach) return undefined;
	const country = countryFeature(band.clipTo, transfers);
	const clipped = intersect(featureCollection<Polygon | MultiPolygon>([reach, country]));
	return clipped?.geometry;
}

/** Great-circle distance in km from a point to the nearest point of a line (any of its parts). */
function distanceToLineKm(place: LatLon, line: MultiLineString | Feature<MultiLineString>): number {
	const geometry = 'geometry' in line ? line.geometry : line;
	const from = point([place.lon, place.lat]);
	let best = Infinity;
	for (const part of geometry.coordinates) {
		if (part.length < 2) continue;
		best = Math.min(best, pointToLineDistance(from, lineString(part), { units: 'kilometers', method: 'geodesic' }));
	}
	return best;
}

/** Distance to the nearest point of the border two countries share, in km. */
export function distanceToBorderKm(
	place: LatLon,
	border: readonly [string, string],
	transfers: readonly Transfer[] = [],
): number {
	return distanceToLineKm(place, sharedBorder(border[0], border[1], transfers));
}

/** A distance as the table shows it: km to the nearest 5, miles to the nearest 5. */
export function roundedDistance(km: number): { km: number; miles: number } {
	return { km: Math.round(km / 5) * 5, miles: Math.round(km / KM_PER_MILE / 5) * 5 };
}
