import { geoPath, type GeoProjection } from 'd3-geo';
import type { Polygon } from 'geojson';
import { bandArea, forD3 } from './features.ts';
import { EARTH_RADIUS_KM } from './geo.ts';
import type { Transfer } from './geometry.ts';
import { dotBox, placeLabels, type Box, type LabelRequest, type PlacedLabel } from './labels.ts';
import {
	circlePath,
	INSET_SIZE,
	MAP_SIZE,
	projectPoint,
	regionProjection,
	worldProjection,
	type LatLon,
	type MapFrame,
} from './projection.ts';
import { pathData } from './svg-path.ts';

/** A place as the maps need it: an entry of the `places` collection, flattened. */
export interface MapPlace extends LatLon {
	id: string;
	name: string;
	country: string;
}

/**
 * A map as the drawing code needs it: the entry of the `maps` collection with its places
 * looked up. Nothing in the code knows what any map shows; it all comes from here.
 */
export interface MapModel {
	id: string;
	kind: 'region' | 'world';
	frame: MapFrame;
	countries: readonly { name: string; shade: 'focus' | 'neighbour' | 'plain'; label?: LatLon & { text: string } }[];
	transfers: readonly Transfer[];
	/** The places the map shows, in the content's order. */
	places: readonly MapPlace[];
	rings: readonly { center: LatLon; radiusKm: number; label: string }[];
	areas: readonly { label: string; outline: readonly LatLon[] }[];
	bands: readonly { label: string; line: readonly LatLon[]; distanceKm: number; clipTo: string }[];
	markers: readonly { place: string; date: Date; label: string; symbol: 'strike' }[];
}

/** Sizes for one set of labels, in SVG units. Phones get bigger text than desktops. */
export interface LayerStyle {
	fontSize: number;
	countryFontSize: number;
	dotRadius: number;
	highlightRadius: number;
	/** Break long feature labels onto two lines. */
	twoLines: boolean;
}

/** Labels for a map shown 544 px wide or more: 17 units is 11.6 px at 544 px, 15 px at 720 px. */
export const WIDE_LAYER: LayerStyle = {
	fontSize: 17,
	countryFontSize: 16,
	dotRadius: 5,
	highlightRadius: 8,
	twoLines: false,
};

/** Labels for a phone-width map: 27 units is 12 px on a 390 px wide screen (358 px of map). */
export const NARROW_LAYER: LayerStyle = {
	fontSize: 27,
	countryFontSize: 23,
	dotRadius: 8,
	highlightRadius: 11,
	twoLines: true,
};

/** Sizes for a world map, drawn small. */
export const WORLD_LAYER: LayerStyle = {
	fontSize: 12.5,
	countryFontSize: 11,
	dotRadius: 3,
	highlightRadius: 5,
	twoLines: false,
};

export interface MapDot {
	id: string;
	x: number;
	y: number;
	r: number;
	highlight: boolean;
	/** A marker's symbol drawn instead of a plain dot, e.g. "strike". */
	symbol?: 'strike';
}

export interface MapLayer {
	dots: MapDot[];
	labels: PlacedLabel[];
}

/** The point `km` away from `from` along the great circle that starts at `bearing` degrees. */
export function destinationPoint(from: LatLon, bearing: number, km: number): LatLon {
	const rad = Math.PI / 180;
	const angle = km / EARTH_RADIUS_KM;
	const lat1 = from.lat * rad;
	const lon1 = from.lon * rad;
	const theta = bearing * rad;
	const lat2 = Math.asin(Math.sin(lat1) * Math.cos(angle) + Math.cos(lat1) * Math.sin(angle) * Math.cos(theta));
	const lon2 =
		lon1 +
		Math.atan2(Math.sin(theta) * Math.sin(angle) * Math.cos(lat1), Math.cos(angle) - Math.sin(lat1) * Math.sin(lat2));
	return { lat: lat2 / rad, lon: lon2 / rad };
}

function boundsOf(points: [number, number][]): Box {
	const xs = points.map((p) => p[0]);
	const ys = points.map((p) => p[1]);
	const x = Math.min(...xs);
	const y = Math.min(...ys);
	return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

/** "Within about 300 km (illustrative)" on two lines: ["Within about 300 km", "(illustrative)"]. */
export function splitLabel(label: string, twoLines: boolean): string[] {
	const at = label.lastIndexOf(' (');
	return twoLines && at > 0 ? [label.slice(0, at), label.slice(at + 1)] : [label];
}

/** Bearing (degrees clockwise from north) of a ring's label from its centre: open ground east-south-east. */
const RING_LABEL_BEARING = 105;

/** Everything a regional map draws besides the countries, in SVG units. */
export interface RegionFeatures {
	/** The shown places, most crowded first: the order labels are placed in. */
	places: (MapPlace & { x: number; y: number; marker?: MapModel['markers'][number] })[];
	rings: { path: string; center: [number, number]; labelAt: [number, number]; label: string }[];
	areas: { path: string; box: Box; label: string }[];
	bands: { path: string; labelAt: [number, number]; label: string }[];
	countries: { id: string; name: string; x: number; y: number }[];
}

/** The projection a map is drawn in. */
export function projectionOf(map: Pick<MapModel, 'kind' | 'frame'>): GeoProjection {
	return map.kind === 'world' ? worldProjection(map.frame) : regionProjection(map.frame);
}

/** Projects a map's places and features, e.g. for `<StoryMap>`; throws naming a place that falls outside. */
export function regionFeatures(map: MapModel, projection: GeoProjection = projectionOf(map)): RegionFeatures {
	const shown = map.places.map((place) => {
		const xy = projectPoint(place, projection);
		const { width, height } = map.kind === 'world' ? INSET_SIZE : MAP_SIZE;
		if (!xy || xy[0] < 0 || xy[1] < 0 || xy[0] > width || xy[1] > height) {
			throw new Error(
				`The map "${map.id}" lists the place "${place.id}", which lies outside its frame; widen \`frame\` in src/content/maps/${map.id}.yaml or remove the place from \`places\``,
			);
		}
		const marker = map.markers.find((m) => m.place === place.id);
		return { ...place, x: xy[0], y: xy[1], ...(marker ? { marker } : {}) };
	});
	// Crowded places choose their label positions first, while there is still room.
	const crowding = (p: { x: number; y: number }) => shown.filter((q) => Math.hypot(p.x - q.x, p.y - q.y) < 90).length;
	shown.sort((a, b) => crowding(b) - crowding(a) || a.id.localeCompare(b.id));
	const path = geoPath(projection);
	return {
		places: shown,
		rings: map.rings.map((ring) => ({
			path: circlePath(ring.center, ring.radiusKm, projection),
			center: projectPoint(ring.center, projection)!,
			labelAt: projectPoint(destinationPoint(ring.center, RING_LABEL_BEARING, ring.radiusKm), projection)!,
			label: ring.label,
		})),
		areas: map.areas.map((area) => {
			const polygon: Polygon = { type: 'Polygon', coordinates: [area.outline.map((p) => [p.lon, p.lat])] };
			// Outlines in content may run either way round; d3 needs the small side inside.
			const drawn = path.area(polygon) > (MAP_SIZE.width * MAP_SIZE.height) / 2 ? forD3(polygon) : polygon;
			return {
				path: pathData(projection, drawn),
				box: boundsOf(area.outline.map((p) => projectPoint(p, projection)!)),
				label: area.label,
			};
		}),
		bands: map.bands.flatMap((band) => {
			const area = bandArea(band, map.transfers);
			if (!area) return [];
			const drawn = forD3(area);
			const [x, y] = path.centroid(drawn);
			return [{ path: pathData(projection, drawn), labelAt: [Math.round(x), Math.round(y)], label: band.label }];
		}),
		countries: map.countries.flatMap((country) => {
			if (!country.label) return [];
			const [x, y] = projectPoint(country.label, projection)!;
			return [{ id: `country-${country.name}`, name: country.label.text, x, y }];
		}),
	};
}

/**
 * Dots and labels for one layer of a map. The highlighted place gets a bigger dot, a bold label
 * and the first pick of positions; country names that would cover anything are dropped.
 */
export function regionLayer(
	features: RegionFeatures,
	style: LayerStyle,
	highlight?: string,
	size: { width: number; height: number } = MAP_SIZE,
): MapLayer {
	const ordered = [...features.places].sort((a, b) => Number(b.id === highlight) - Number(a.id === highlight));
	const dots: MapDot[] = ordered.map((place) => ({
		id: place.id,
		x: place.x,
		y: place.y,
		r: place.marker ? style.highlightRadius : place.id === highlight ? style.highlightRadius : style.dotRadius,
		highlight: place.id === highlight,
		...(place.marker ? { symbol: place.marker.symbol } : {}),
	}));
	const obstacles: Box[] = [
		...dots.map((dot) => dotBox(dot.x, dot.y, dot.r + 1)),
		...features.rings.map((ring) => dotBox(...ring.center, style.dotRadius)),
		...features.areas.map((area) => area.box),
	];
	const requests: LabelRequest[] = [
		...dots.map((dot, i) => ({
			id: dot.id,
			x: dot.x,
			y: dot.y,
			lines: ordered[i]!.marker
				? splitLabel(ordered[i]!.marker!.label, style.twoLines)
				: [ordered[i]!.name.replace(/, D\.C\.$/, '')],
			fontSize: style.fontSize,
			bold: dot.highlight,
			radius: dot.r,
		})),
		...features.areas.map((area, i) => ({
			id: `area-${i}`,
			x: area.box.x + area.box.width / 2,
			y: area.box.y + area.box.height / 2,
			lines: splitLabel(area.label, style.twoLines),
			fontSize: style.fontSize * 0.9,
			radius: Math.max(area.box.width, area.box.height) / 2,
			leader: true,
			positions: ['right', 'above-right', 'below-right', 'above', 'below', 'left', 'above-left', 'below-left'] as const,
			offsets: [0, 25, 50, 80, 110, 140],
		})),
		...features.rings.map((ring, i) => ({
			id: `ring-${i}`,
			x: ring.labelAt[0],
			y: ring.labelAt[1],
			lines: splitLabel(ring.label, style.twoLines),
			fontSize: style.fontSize * 0.9,
			radius: 2,
			positions: ['right', 'below-right', 'above-right', 'below', 'above'] as const,
			offsets: [0, 15, 30],
		})),
		...features.bands.map((band, i) => ({
			id: `band-${i}`,
			x: band.labelAt[0],
			y: band.labelAt[1],
			lines: splitLabel(band.label, style.twoLines),
			fontSize: style.fontSize * 0.9,
			radius: 0,
			positions: ['center', 'above', 'below', 'right', 'left', 'above-right', 'below-right'] as const,
			offsets: [0, 30, 60, 90, 120],
			optional: true,
		})),
		...features.countries.map((country) => ({
			id: country.id,
			x: country.x,
			y: country.y,
			lines: [country.name],
			fontSize: style.countryFontSize,
			positions: ['center', 'below', 'above', 'right', 'left'] as const,
			offsets: [0, 20],
			optional: true,
		})),
	];
	const labels = placeLabels(requests, { width: size.width, height: size.height, obstacles });
	return { dots, labels };
}

/** Dots and labels for a world map: every shown place, the highlighted one first. */
export function worldLayer(features: RegionFeatures, highlight?: string): MapLayer {
	return regionLayer(features, WORLD_LAYER, highlight, INSET_SIZE);
}
