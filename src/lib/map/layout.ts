import destination from '@turf/destination';
import { geoPath, type GeoProjection } from 'd3-geo';
import type { Polygon } from 'geojson';
import type { LabelPlacement } from '../../schemas/map.ts';
import { bandArea, forD3 } from './features.ts';
import type { Transfer } from './geometry.ts';
import {
	dotBox,
	placeLabels,
	textWidth,
	type Box,
	type LabelRequest,
	type LabelSpot,
	type PlacedLabel,
} from './labels.ts';
import {
	circlePath,
	INSET_SIZE,
	MAP_SIZE,
	projectPoint,
	regionProjection,
	round1,
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

/** What a marker draws: a star for a strike on the record, a ring for one only reported. */
type MarkerSymbol = 'strike' | 'reported';

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
	/** Where each place's name sits, by place id. */
	labels?: Readonly<Record<string, LabelPlacement>>;
	rings: readonly { center: LatLon; radiusKm: number; label: string }[];
	areas: readonly { label: string; outline: readonly LatLon[]; callout?: LabelPlacement }[];
	bands: readonly { label: string; line: readonly LatLon[]; distanceKm: number; clipTo: string; labelAt?: LatLon }[];
	markers: readonly {
		place: string;
		date: Date;
		label: string;
		shortLabel?: string;
		symbol: MarkerSymbol;
		reportedBy?: string;
	}[];
	scale?: { km: readonly number[]; corner: ScaleCorner };
}

type ScaleCorner = 'bottom-left' | 'bottom-right' | 'top-left' | 'top-right';

/** Sizes for one set of labels, in SVG units. Phones get bigger text than desktops. */
export interface LayerStyle {
	/** Which of a label's placements applies: `wide`, `narrow` (phones) or `world`. */
	name: 'wide' | 'narrow' | 'world';
	fontSize: number;
	countryFontSize: number;
	dotRadius: number;
	highlightRadius: number;
	/** Outer radius of a strike's star and of a reported strike's ring. */
	starRadius: number;
	ringRadius: number;
	/** The smallest radius of the circle drawn round an area, so that it stays visible. */
	calloutRadius: number;
	/** Where long labels break: `none`; `bracket`, before a bracket; `all`, after commas too. */
	split: LabelSplit;
}

/** Labels for a map shown 544 px wide or more: 17 units is 11.6 px at 544 px, 15 px at 720 px. */
export const WIDE_LAYER: LayerStyle = {
	name: 'wide',
	fontSize: 17,
	countryFontSize: 16,
	dotRadius: 5,
	highlightRadius: 8,
	starRadius: 12,
	ringRadius: 7,
	calloutRadius: 15,
	split: 'bracket',
};

/** Labels for a phone-width map: 27 units is 12 px on a 390 px wide screen (358 px of map). */
export const NARROW_LAYER: LayerStyle = {
	name: 'narrow',
	fontSize: 27,
	countryFontSize: 23,
	dotRadius: 8,
	highlightRadius: 11,
	starRadius: 17,
	ringRadius: 10,
	calloutRadius: 22,
	split: 'all',
};

/** Sizes for a world map, drawn small. */
const WORLD_LAYER: LayerStyle = {
	name: 'world',
	fontSize: 12.5,
	countryFontSize: 11,
	dotRadius: 3,
	highlightRadius: 5,
	starRadius: 6,
	ringRadius: 4,
	calloutRadius: 6,
	split: 'none',
};

export interface MapDot {
	id: string;
	x: number;
	y: number;
	/** The symbol's outer radius as drawn. */
	r: number;
	highlight: boolean;
	/** A marker's symbol drawn instead of a plain dot, e.g. "strike". */
	symbol?: MarkerSymbol;
}

/** The circle drawn round a small area so that it can be found, with its label on a leader. */
interface MapCallout {
	id: string;
	x: number;
	y: number;
	r: number;
}

/** A scale bar: a bar from 0 to the last distance, ticks at each, numbers above. */
export interface ScaleBar {
	/** The bar's left end and top edge, its height, and the x of each tick with its number. */
	x: number;
	y: number;
	height: number;
	ticks: { x: number; km: number }[];
	fontSize: number;
	/** Everything the scale covers, numbers included: no label may overlap it. */
	box: Box;
}

export interface MapLayer {
	dots: MapDot[];
	callouts: MapCallout[];
	labels: PlacedLabel[];
	scale?: ScaleBar;
}

/** The point `km` away from `from` along the great circle that starts at `bearing` degrees. */
function destinationPoint(from: LatLon, bearing: number, km: number): LatLon {
	const [lon, lat] = destination([from.lon, from.lat], km, bearing, { units: 'kilometers' }).geometry.coordinates;
	return { lat: lat!, lon: lon! };
}

function boundsOf(points: [number, number][]): Box {
	const xs = points.map((p) => p[0]);
	const ys = points.map((p) => p[1]);
	const x = Math.min(...xs);
	const y = Math.min(...ys);
	return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

export type LabelSplit = 'none' | 'bracket' | 'all';

/** Labels up to this many characters stay on one line on wide maps, e.g. "60 km (illustrative)". */
const SHORT_LABEL = 24;

/**
 * A label broken into lines: a long one before its bracket ("Within about 300 km",
 * "(illustrative)"), or, for phones, any one after each comma too ("Taganrog,", "11 Dec 2024",
 * "(Russia says)").
 */
export function splitLabel(label: string, split: LabelSplit): string[] {
	if (split === 'none' || (split === 'bracket' && label.length <= SHORT_LABEL)) return [label];
	return label.split(split === 'all' ? /(?<=,) | (?=\()/ : / (?=\()/);
}

/** Bearing (degrees clockwise from north) of a ring's label from its centre: open ground east-south-east. */
const RING_LABEL_BEARING = 105;

/** Everything a regional map draws besides the countries, in SVG units. */
export interface RegionFeatures {
	/** The shown places, most crowded first: the order labels without a fixed spot are placed in. */
	places: (MapPlace & { x: number; y: number; marker?: MapModel['markers'][number] })[];
	/** Where each place's name sits, by place id. */
	labels: Readonly<Record<string, LabelPlacement>>;
	rings: { path: string; center: [number, number]; labelAt: [number, number]; label: string }[];
	areas: { path: string; box: Box; label: string; callout?: LabelPlacement }[];
	bands: { path: string; labelAt: [number, number]; label: string }[];
	countries: { id: string; name: string; x: number; y: number }[];
	/** Map units per km at the frame's centre, and the scale bar's marks. */
	scale?: { unitsPerKm: number; km: readonly number[]; corner: ScaleCorner };
}

/** The projection a map is drawn in. */
export function projectionOf(map: Pick<MapModel, 'kind' | 'frame'>): GeoProjection {
	return map.kind === 'world' ? worldProjection(map.frame) : regionProjection(map.frame);
}

/**
 * Map units per km at a point, measured along 100 km of great circle due east: true at that
 * latitude in a conformal projection, where the scale is the same in every direction.
 */
function unitsPerKm(at: LatLon, projection: GeoProjection): number {
	const [x0, y0] = projection([at.lon, at.lat])!;
	const east = destinationPoint(at, 90, 100);
	const [x1, y1] = projection([east.lon, east.lat])!;
	return Math.hypot(x1 - x0, y1 - y0) / 100;
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
	const { frame } = map;
	return {
		places: shown,
		labels: map.labels ?? {},
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
				...(area.callout ? { callout: area.callout } : {}),
			};
		}),
		bands: map.bands.flatMap((band) => {
			const area = bandArea(band, map.transfers);
			if (!area) return [];
			const drawn = forD3(area);
			const [x, y] = band.labelAt ? projectPoint(band.labelAt, projection)! : path.centroid(drawn);
			return [{ path: pathData(projection, drawn), labelAt: [Math.round(x), Math.round(y)], label: band.label }];
		}),
		countries: map.countries.flatMap((country) => {
			if (!country.label) return [];
			const [x, y] = projectPoint(country.label, projection)!;
			return [{ id: `country-${country.name}`, name: country.label.text, x, y }];
		}),
		...(map.scale
			? {
					scale: {
						unitsPerKm: unitsPerKm(
							{ lat: (frame.south + frame.north) / 2, lon: (frame.west + frame.east) / 2 },
							projection,
						),
						km: map.scale.km,
						corner: map.scale.corner,
					},
				}
			: {}),
	};
}

/** A placement's spot for one layer, as a label request wants it. */
function spotFor(placement: LabelPlacement | undefined, layer: LayerStyle['name']): LabelSpot | 'hidden' | undefined {
	if (placement === undefined) return undefined;
	const spot =
		typeof placement === 'object' && 'wide' in placement
			? layer === 'narrow'
				? placement.narrow
				: placement.wide
			: placement;
	if (spot === 'hidden') return spot;
	return typeof spot === 'string'
		? { position: spot, offset: 0 }
		: { position: spot.at, offset: spot.offset, dx: spot.dx, dy: spot.dy };
}

/** The scale bar in one corner of the map, its numbers a step smaller than labels. */
function scaleBar(scale: NonNullable<RegionFeatures['scale']>, style: LayerStyle, size: Size): ScaleBar {
	const fontSize = round1(style.fontSize * 0.8);
	const height = round1(style.fontSize * 0.3);
	const margin = style.fontSize;
	const last = Math.max(...scale.km);
	const length = last * scale.unitsPerKm;
	const unit = textWidth(' km', fontSize);
	const halfLast = textWidth(String(last), fontSize) / 2;
	const width = length + halfLast + unit + fontSize * 0.6;
	const boxHeight = fontSize * 1.2 + height + fontSize * 0.4;
	const left = scale.corner.endsWith('left') ? margin : size.width - margin - width;
	const top = scale.corner.startsWith('top') ? margin : size.height - margin - boxHeight;
	const x = round1(left + fontSize * 0.4);
	const y = round1(top + fontSize * 1.2);
	return {
		x,
		y,
		height,
		ticks: [0, ...scale.km].map((km) => ({ x: round1(x + km * scale.unitsPerKm), km })),
		fontSize,
		box: { x: round1(left), y: round1(top), width: round1(width), height: round1(boxHeight) },
	};
}

type Size = { width: number; height: number };

/**
 * Dots, callouts, the scale bar and labels for one layer of a map. Labels sit where the content
 * fixed them for this layer; the others take the first free spot, the highlighted place first,
 * in bold and with a bigger dot. Country names that would cover anything are dropped.
 */
export function regionLayer(
	features: RegionFeatures,
	style: LayerStyle,
	highlight?: string,
	size: Size = MAP_SIZE,
): MapLayer {
	const ordered = [...features.places].sort((a, b) => Number(b.id === highlight) - Number(a.id === highlight));
	const dots: MapDot[] = ordered.map((place) => ({
		id: place.id,
		x: place.x,
		y: place.y,
		r: place.marker
			? place.marker.symbol === 'strike'
				? style.starRadius
				: style.ringRadius
			: place.id === highlight
				? style.highlightRadius
				: style.dotRadius,
		highlight: place.id === highlight,
		...(place.marker ? { symbol: place.marker.symbol } : {}),
	}));
	const callouts: MapCallout[] = features.areas.map((area, i) => ({
		id: `area-${i}`,
		x: round1(area.box.x + area.box.width / 2),
		y: round1(area.box.y + area.box.height / 2),
		r: round1(Math.max(style.calloutRadius, Math.hypot(area.box.width, area.box.height) / 2 + 3)),
	}));
	const scale = features.scale ? scaleBar(features.scale, style, size) : undefined;
	const obstacles: Box[] = [
		...dots.map((dot) => dotBox(dot.x, dot.y, dot.r + 1)),
		...features.rings.map((ring) => dotBox(...ring.center, style.dotRadius)),
		...callouts.map((callout) => dotBox(callout.x, callout.y, callout.r)),
		...(scale ? [scale.box] : []),
	];
	const fixed = (placement: LabelPlacement | undefined) => {
		const spot = spotFor(placement, style.name);
		return spot === 'hidden' ? { hidden: true } : spot ? { fixed: spot } : {};
	};
	const requests: (LabelRequest & { hidden?: boolean })[] = [
		...dots.map((dot, i) => ({
			id: dot.id,
			x: dot.x,
			y: dot.y,
			lines: ordered[i]!.marker
				? splitLabel(
						(style.name === 'narrow' && ordered[i]!.marker!.shortLabel) || ordered[i]!.marker!.label,
						style.split,
					)
				: [ordered[i]!.name.replace(/, D\.C\.$/, '')],
			fontSize: style.fontSize,
			bold: dot.highlight,
			radius: dot.r,
			// The page's own place is always named, wherever its name would fit.
			...(dot.highlight && spotFor(features.labels[dot.id], style.name) === 'hidden'
				? {}
				: fixed(features.labels[dot.id])),
		})),
		...features.areas.map((area, i) => ({
			id: callouts[i]!.id,
			x: callouts[i]!.x,
			y: callouts[i]!.y,
			lines: splitLabel(area.label, style.split),
			fontSize: style.fontSize * 0.9,
			radius: callouts[i]!.r,
			leader: true,
			positions: ['right', 'above-right', 'below-right', 'above', 'below', 'left', 'above-left', 'below-left'] as const,
			offsets: [10, 25, 50, 80, 110, 140],
			...fixed(area.callout),
		})),
		...features.rings.map((ring, i) => ({
			id: `ring-${i}`,
			x: ring.labelAt[0],
			y: ring.labelAt[1],
			lines: splitLabel(ring.label, style.split),
			fontSize: style.fontSize * 0.9,
			radius: 2,
			positions: ['right', 'below-right', 'above-right', 'below', 'above'] as const,
			offsets: [0, 15, 30],
		})),
		...features.bands.map((band, i) => ({
			id: `band-${i}`,
			x: band.labelAt[0],
			y: band.labelAt[1],
			lines: splitLabel(band.label, style.split),
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
			// Country names are semibold capitals, spaced out (render.ts).
			widthFactor: 1.2,
			positions: ['center', 'below', 'above', 'right', 'left'] as const,
			offsets: [0, 20],
			optional: true,
		})),
	];
	const labels = placeLabels(
		requests.filter((request) => !request.hidden),
		{ width: size.width, height: size.height, obstacles },
	);
	return { dots, callouts, labels, ...(scale ? { scale } : {}) };
}

/** Dots and labels for a world map: every shown place, the highlighted one first. */
export function worldLayer(features: RegionFeatures, highlight?: string): MapLayer {
	return regionLayer(features, WORLD_LAYER, highlight, INSET_SIZE);
}
