import { lineString } from '@turf/helpers';
import simplify from '@turf/simplify';
import { geoBounds, geoContains, type GeoPermissibleObjects, type GeoProjection, type GeoStream } from 'd3-geo';
import type { Feature, Geometry, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature, merge, mesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import countries50m from 'world-atlas/countries-50m.json' with { type: 'json' };
import countries110m from 'world-atlas/countries-110m.json' with { type: 'json' };
import { MAP_SIZE, regionProjection, worldProjection, type MapFrame } from './projection.ts';
import { pathData } from './svg-path.ts';

interface CountryProperties {
	name: string;
}
type CountryObject = GeometryObject<CountryProperties>;
/** A country's Natural Earth name, e.g. "Ukraine". */
const nameOf = (g: CountryObject): string => (g.properties as Partial<CountryProperties> | undefined)?.name ?? '';
type Countries = Topology<{ countries: GeometryCollection<CountryProperties>; land: GeometryCollection }>;

/** Territory drawn as part of another country than Natural Earth's default: the polygon containing `point` moves. */
export interface Transfer {
	point: { lat: number; lon: number };
	from: string;
	to: string;
}

/** Natural Earth's country names, for messages that list what a map may name. */
function countryNames(topology: Countries = countries50m as unknown as Countries): string[] {
	return topology.objects.countries.geometries.map(nameOf).filter(Boolean);
}

function findCountry(geometries: readonly CountryObject[], name: string, where: string): CountryObject {
	const found = geometries.find((g) => nameOf(g) === name);
	if (!found) {
		throw new Error(
			`${where} names the country "${name}", which Natural Earth does not have; use its Natural Earth name, e.g. "${countryNames().slice(0, 3).join('", "')}"`,
		);
	}
	return found;
}

/**
 * Moves polygons between countries, e.g. Crimea from Russia to Ukraine, so that the map follows
 * internationally recognised borders where Natural Earth's default view does not; the line
 * between the two parts disappears.
 */
export function applyTransfers(topology: Countries, transfers: readonly Transfer[] = []): CountryObject[] {
	let geometries = topology.objects.countries.geometries;
	for (const { point, from: fromName, to: toName } of transfers) {
		const from = findCountry(geometries, fromName, 'A map transfer');
		const to = findCountry(geometries, toName, 'A map transfer');
		if (from.type !== 'MultiPolygon' || (to.type !== 'MultiPolygon' && to.type !== 'Polygon')) continue;
		const contains = (arcs: number[][]) =>
			geoContains(feature(topology, { type: 'Polygon', arcs }), [point.lon, point.lat]);
		const moving = from.arcs.filter(contains);
		if (moving.length === 0) {
			throw new Error(
				`A map transfer from ${fromName} to ${toName} names the point ${point.lat}, ${point.lon}, which is in no part of ${fromName}; pick a point inside the territory`,
			);
		}
		const toPolygons = to.type === 'Polygon' ? [to.arcs] : to.arcs;
		geometries = geometries.map((g) => {
			if (g === to) return { ...to, type: 'MultiPolygon', arcs: [...toPolygons, ...moving] };
			if (g === from) return { ...from, arcs: from.arcs.filter((arcs) => !contains(arcs)) };
			return g;
		});
	}
	return geometries;
}

type Point = [number, number];

/**
 * Douglas–Peucker on screen coordinates: keeps the points that move the line by more than
 * `tolerance` px (turf's simplify; `highQuality` skips its radial pre-pass, which drops points
 * Douglas–Peucker keeps).
 */
export function simplifyLine(points: readonly Point[], tolerance: number): Point[] {
	if (points.length <= 2) return [...points];
	return simplify(lineString(points.map((point) => [...point])), { tolerance, highQuality: true, mutate: true })
		.geometry.coordinates as Point[];
}

function ringArea(points: readonly Point[]): number {
	let sum = 0;
	for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
		sum += (points[j]![0] - points[i]![0]) * (points[j]![1] + points[i]![1]);
	}
	return Math.abs(sum / 2);
}

/**
 * A stream stage that runs after projection and clipping: simplifies each line and ring in
 * screen space and drops rings smaller than `minArea` px² (islands nobody could see).
 */
function simplifyStage(tolerance: number, minArea: number) {
	return (sink: GeoStream): GeoStream => {
		let line: Point[] | undefined;
		let inPolygon = false;
		return {
			point(x, y) {
				if (line) line.push([x, y]);
				else sink.point(x, y);
			},
			lineStart() {
				line = [];
			},
			lineEnd() {
				const points = inPolygon
					? simplifyLine([...line!, line![0]!], tolerance).slice(0, -1)
					: simplifyLine(line!, tolerance);
				line = undefined;
				if (inPolygon ? points.length < 3 || ringArea(points) < minArea : points.length < 2) return;
				sink.lineStart();
				for (const [x, y] of points) sink.point(x, y);
				sink.lineEnd();
			},
			polygonStart() {
				inPolygon = true;
				sink.polygonStart();
			},
			polygonEnd() {
				inPolygon = false;
				sink.polygonEnd();
			},
			sphere() {
				sink.sphere?.();
			},
		};
	};
}

/** An SVG path generator: project, clip, simplify, then write compact path data rounded to 0.1. */
function pathGenerator(projection: GeoProjection, tolerance: number, minArea: number) {
	const simplify = simplifyStage(tolerance, minArea);
	const wrapper = { stream: (sink: GeoStream) => projection.stream(simplify(sink)) };
	return (object: GeoPermissibleObjects) => pathData(wrapper, object);
}

/** Whether a feature's bounding box meets a longitude/latitude box (bounds may cross 180°). */
function boundsMeet(geometry: Feature | Geometry, box: [[number, number], [number, number]]): boolean {
	const [[west, south], [east, north]] = geoBounds(geometry);
	if (north < box[0][1] || south > box[1][1]) return false;
	const lonRanges: [number, number][] =
		west <= east
			? [[west, east]]
			: [
					[west, 180],
					[-180, east],
				];
	return lonRanges.some(([w, e]) => e >= box[0][0] && w <= box[1][0]);
}

/** The longitude/latitude box the regional viewBox covers, from points along its edges. */
function visibleBox(projection: GeoProjection): [[number, number], [number, number]] {
	const { width, height } = MAP_SIZE;
	const lons: number[] = [];
	const lats: number[] = [];
	for (let i = 0; i <= 20; i++) {
		for (const [x, y] of [
			[(width * i) / 20, 0],
			[(width * i) / 20, height],
			[0, (height * i) / 20],
			[width, (height * i) / 20],
		] as Point[]) {
			const lonLat = projection.invert?.([x, y]);
			if (lonLat) [lons, lats].forEach((list, k) => list.push(lonLat[k]!));
		}
	}
	return [
		[Math.min(...lons) - 1, Math.min(...lats) - 1],
		[Math.max(...lons) + 1, Math.max(...lats) + 1],
	];
}

/** SVG path data for a regional map, each a `d` attribute. */
export interface RegionShapes {
	/** Countries shaded `focus`, in one path. */
	focus: string;
	/** Countries shaded `neighbour`, in one path. */
	neighbour: string;
	/** Every other country that shows, in one path. */
	others: string;
	/** Land borders between countries (not coastlines). */
	borders: string;
}

/** The parts of a map's content the country shapes depend on. */
export interface CountryStyle {
	countries: readonly { name: string; shade: 'focus' | 'neighbour' | 'plain' }[];
	transfers: readonly Transfer[];
}

type Polygonal = Extract<CountryObject, { type: 'Polygon' | 'MultiPolygon' }>;
const isPolygonal = (g: CountryObject): g is Polygonal => g.type === 'Polygon' || g.type === 'MultiPolygon';

const memo = new Map<string, unknown>();
/** Every page with the same map asks for the same shapes: work them out once per build. */
function once<T>(key: unknown, make: () => T): T {
	const k = JSON.stringify(key);
	if (!memo.has(k)) memo.set(k, make());
	return memo.get(k) as T;
}

function shadeNames(style: CountryStyle, shade: 'focus' | 'neighbour'): Set<string> {
	return new Set(style.countries.filter((c) => c.shade === shade).map((c) => c.name));
}

/**
 * A regional map's shapes from Natural Earth 1:50m: only the countries that show in the
 * viewBox, clipped to it, simplified to 0.4 px and rounded to 0.1 px.
 */
export function regionShapes(
	frame: MapFrame,
	style: CountryStyle,
	projection: GeoProjection = regionProjection(frame),
): RegionShapes {
	return once(['region', frame, style], () => {
		const topology = countries50m as unknown as Countries;
		const geometries = applyTransfers(topology, style.transfers);
		for (const c of style.countries) findCountry(geometries, c.name, 'A map');
		const box = visibleBox(projection);
		const visible = geometries.filter(isPolygonal).filter((g) => boundsMeet(feature(topology, g) as Feature, box));
		const path = pathGenerator(projection, 0.4, 2);
		const fill = (geoms: Polygonal[]) => (geoms.length > 0 ? path(merge(topology, geoms)) : '');
		const focus = shadeNames(style, 'focus');
		const neighbour = shadeNames(style, 'neighbour');
		return {
			focus: fill(visible.filter((g) => focus.has(nameOf(g)))),
			neighbour: fill(visible.filter((g) => neighbour.has(nameOf(g)))),
			others: fill(visible.filter((g) => !focus.has(nameOf(g)) && !neighbour.has(nameOf(g)))),
			borders: path(mesh(topology, { type: 'GeometryCollection', geometries: visible }, (a, b) => a !== b)),
		};
	});
}

/** SVG path data for a world map. */
export interface WorldShapes {
	land: string;
	focus: string;
}

/** A world map's shapes from Natural Earth 1:110m, simplified to 0.5 px. */
export function worldShapes(
	frame: MapFrame,
	style: CountryStyle,
	projection: GeoProjection = worldProjection(frame),
): WorldShapes {
	return once(['world', frame, style], () => {
		const topology = countries110m as unknown as Countries;
		const geometries = applyTransfers(topology, style.transfers).filter(isPolygonal);
		const focus = shadeNames(style, 'focus');
		const path = pathGenerator(projection, 0.5, 1.5);
		return {
			land: path(merge(topology, geometries)),
			focus: path(
				merge(
					topology,
					geometries.filter((g) => focus.has(nameOf(g))),
				),
			),
		};
	});
}

/** One country's outline from Natural Earth 1:50m, after any transfers, as GeoJSON. */
export function countryFeature(name: string, transfers: readonly Transfer[] = []): Feature<Polygon | MultiPolygon> {
	return once(['country', name, transfers], () => {
		const topology = countries50m as unknown as Countries;
		const geometries = applyTransfers(topology, transfers);
		const country = findCountry(geometries, name, 'A map');
		return feature(topology, country) as Feature<Polygon | MultiPolygon>;
	});
}

/** The land border two countries share, from Natural Earth 1:50m after any transfers. */
export function sharedBorder(a: string, b: string, transfers: readonly Transfer[] = []): MultiLineString {
	return once(['border', a, b, transfers], () => {
		const topology = countries50m as unknown as Countries;
		const geometries = applyTransfers(topology, transfers);
		const first = findCountry(geometries, a, 'A map’s distance table');
		const second = findCountry(geometries, b, 'A map’s distance table');
		return mesh(
			topology,
			{ type: 'GeometryCollection', geometries: [first, second] },
			(x, y) => (x === first && y === second) || (x === second && y === first),
		);
	});
}
