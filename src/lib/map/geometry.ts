import { geoBounds, geoContains, type GeoPermissibleObjects, type GeoProjection, type GeoStream } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { feature, merge, mesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import countries50m from 'world-atlas/countries-50m.json' with { type: 'json' };
import countries110m from 'world-atlas/countries-110m.json' with { type: 'json' };
import { insetProjection, MAP_SIZE, regionProjection } from './projection.ts';
import { pathData } from './svg-path.ts';

interface CountryProperties {
	name: string;
}
type CountryObject = GeometryObject<CountryProperties>;
type Countries = Topology<{ countries: GeometryCollection<CountryProperties>; land: GeometryCollection }>;

/** ISO 3166-1 numeric codes, the ids world-atlas gives its countries. */
const UKRAINE = '804';
const RUSSIA = '643';
/** Simferopol: identifies the Crimea polygon. */
const CRIMEA: [number, number] = [34.1, 44.95];

/**
 * Natural Earth's default view draws Crimea inside Russia. The site follows Ukraine's
 * internationally recognised borders, so the Crimea polygon moves from Russia to Ukraine and
 * the line between them disappears.
 */
export function recognisedBorders(topology: Countries): CountryObject[] {
	const geometries = topology.objects.countries.geometries;
	const ukraine = geometries.find((g) => g.id === UKRAINE);
	const russia = geometries.find((g) => g.id === RUSSIA);
	if (ukraine?.type !== 'MultiPolygon' && ukraine?.type !== 'Polygon') return geometries;
	if (russia?.type !== 'MultiPolygon') return geometries;
	const isCrimea = (arcs: number[][]) => geoContains(feature(topology, { type: 'Polygon', arcs }), CRIMEA);
	const crimea = russia.arcs.filter(isCrimea);
	if (crimea.length === 0) return geometries;
	const ukrainePolygons = ukraine.type === 'Polygon' ? [ukraine.arcs] : ukraine.arcs;
	return geometries.map((g) => {
		if (g === ukraine) return { ...ukraine, type: 'MultiPolygon', arcs: [...ukrainePolygons, ...crimea] };
		if (g === russia) return { ...russia, arcs: russia.arcs.filter((arcs) => !isCrimea(arcs)) };
		return g;
	});
}

type Point = [number, number];

function perpendicularDistanceSquared(p: Point, a: Point, b: Point): number {
	const dx = b[0] - a[0];
	const dy = b[1] - a[1];
	const length = dx * dx + dy * dy;
	const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length));
	const x = a[0] + t * dx - p[0];
	const y = a[1] + t * dy - p[1];
	return x * x + y * y;
}

/** Douglas–Peucker on screen coordinates: keeps the points that move the line by more than `tolerance` px. */
export function simplifyLine(points: readonly Point[], tolerance: number): Point[] {
	if (points.length <= 2) return [...points];
	const keep = new Uint8Array(points.length);
	keep[0] = keep[points.length - 1] = 1;
	const stack: [number, number][] = [[0, points.length - 1]];
	const limit = tolerance * tolerance;
	while (stack.length > 0) {
		const [first, last] = stack.pop()!;
		let farthest = -1;
		let max = limit;
		for (let i = first + 1; i < last; i++) {
			const d = perpendicularDistanceSquared(points[i]!, points[first]!, points[last]!);
			if (d > max) [farthest, max] = [i, d];
		}
		if (farthest !== -1) {
			keep[farthest] = 1;
			stack.push([first, farthest], [farthest, last]);
		}
	}
	return points.filter((_, i) => keep[i] === 1);
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

/** SVG path data for the regional map, each a `d` attribute. */
export interface RegionShapes {
	ukraine: string;
	russia: string;
	/** Every other country that shows, in one path. */
	others: string;
	/** Land borders between countries (not coastlines). */
	borders: string;
}

// Every page with a map asks for the same shapes: work them out once per build.
let defaultRegion: RegionShapes | undefined;
let defaultInset: InsetShapes | undefined;

type Polygonal = Extract<CountryObject, { type: 'Polygon' | 'MultiPolygon' }>;
const isPolygonal = (g: CountryObject): g is Polygonal => g.type === 'Polygon' || g.type === 'MultiPolygon';

/**
 * The regional map's shapes from Natural Earth 1:50m: only the countries that show in the
 * viewBox, clipped to it, simplified to 0.4 px and rounded to 0.1 px.
 */
export function regionShapes(projection?: GeoProjection): RegionShapes {
	if (!projection) return (defaultRegion ??= regionShapes(regionProjection()));
	const topology = countries50m as unknown as Countries;
	const box = visibleBox(projection);
	const visible = recognisedBorders(topology)
		.filter(isPolygonal)
		.filter((g) => boundsMeet(feature(topology, g) as Feature, box));
	const path = pathGenerator(projection, 0.4, 2);
	const fill = (geoms: Polygonal[]) => (geoms.length > 0 ? path(merge(topology, geoms)) : '');
	return {
		ukraine: fill(visible.filter((g) => g.id === UKRAINE)),
		russia: fill(visible.filter((g) => g.id === RUSSIA)),
		others: fill(visible.filter((g) => g.id !== UKRAINE && g.id !== RUSSIA)),
		borders: path(mesh(topology, { type: 'GeometryCollection', geometries: visible }, (a, b) => a !== b)),
	};
}

/** SVG path data for the world inset. */
export interface InsetShapes {
	land: string;
	ukraine: string;
}

/** The world inset's shapes from Natural Earth 1:110m, simplified to 0.5 px. */
export function insetShapes(projection?: GeoProjection): InsetShapes {
	if (!projection) return (defaultInset ??= insetShapes(insetProjection()));
	const topology = countries110m as unknown as Countries;
	const geometries = recognisedBorders(topology).filter(isPolygonal);
	const path = pathGenerator(projection, 0.5, 1.5);
	return {
		land: path(merge(topology, geometries)),
		ukraine: path(
			merge(
				topology,
				geometries.filter((g) => g.id === UKRAINE),
			),
		),
	};
}
