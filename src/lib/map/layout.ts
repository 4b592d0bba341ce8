import type { GeoProjection } from 'd3-geo';
import { distanceKm } from './geo.ts';
import { dotBox, placeLabels, type Box, type LabelRequest, type PlacedLabel } from './labels.ts';
import {
	ATACMS_LONGEST_RANGE_KM,
	KM_PER_MILE,
	KURSK_INCURSION_LABEL_POINT,
	KURSK_INCURSION_OUTLINE,
	SUMY_BORDER_POINT,
} from './features.ts';
import {
	circlePath,
	INSET_SIZE,
	insetProjection,
	isInFrame,
	MAP_SIZE,
	projectPoint,
	regionProjection,
	type LatLon,
} from './projection.ts';
import { pathData } from './svg-path.ts';

/** A place as the maps need it: an entry of the `places` collection, flattened. */
export interface MapPlace extends LatLon {
	id: string;
	name: string;
	country: string;
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

/** Labels for a map shown 544 px wide or more: 18 units is 12 px at 544 px, 16 px at 720 px. */
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

/** Country names, placed in open ground; left out of a layer if they would cover anything. */
const COUNTRY_LABELS = [
	{ id: 'country-ukraine', name: 'UKRAINE', lat: 49.0, lon: 29.2 },
	{ id: 'country-russia', name: 'RUSSIA', lat: 52.8, lon: 40.6 },
	{ id: 'country-belarus', name: 'BELARUS', lat: 53.5, lon: 27.8 },
] as const;

/** Bearing (degrees clockwise from north) of the ring's label from its centre: open ground east-south-east. */
const RING_LABEL_BEARING = 105;

export interface MapDot {
	id: string;
	x: number;
	y: number;
	r: number;
	highlight: boolean;
}

export interface MapLayer {
	dots: MapDot[];
	labels: PlacedLabel[];
}

/** The point `km` away from `from` along the great circle that starts at `bearing` degrees. */
export function destinationPoint(from: LatLon, bearing: number, km: number): LatLon {
	const rad = Math.PI / 180;
	const angle = km / 6371.0088;
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

/** Everything the regional map draws besides the countries, in SVG units. */
export interface RegionFeatures {
	/** Places inside the frame, most crowded first: the order labels are placed in. */
	places: (MapPlace & { x: number; y: number })[];
	ring: string;
	ringCenter: [number, number];
	ringLabelAt: [number, number];
	incursion: string;
	incursionBox: Box;
	incursionLabelAt: [number, number];
	countries: { id: string; name: string; x: number; y: number }[];
}

/** Projects the story's places and features onto the regional map. */
export function regionFeatures(
	places: readonly MapPlace[],
	projection: GeoProjection = regionProjection(),
): RegionFeatures {
	const inFrame = places
		.filter((place) => isInFrame(place, 10, projection))
		.map((place) => {
			const [x, y] = projectPoint(place, projection)!;
			return { ...place, x, y };
		});
	// Crowded places choose their label positions first, while there is still room.
	const crowding = (p: { x: number; y: number }) => inFrame.filter((q) => Math.hypot(p.x - q.x, p.y - q.y) < 90).length;
	inFrame.sort((a, b) => crowding(b) - crowding(a) || a.id.localeCompare(b.id));
	const outline = KURSK_INCURSION_OUTLINE.coordinates[0]!.map(([lon, lat]) =>
		projectPoint({ lat: lat!, lon: lon! }, projection)!,
	);
	return {
		places: inFrame,
		ring: circlePath(SUMY_BORDER_POINT, ATACMS_LONGEST_RANGE_KM, projection),
		ringCenter: projectPoint(SUMY_BORDER_POINT, projection)!,
		ringLabelAt: projectPoint(
			destinationPoint(SUMY_BORDER_POINT, RING_LABEL_BEARING, ATACMS_LONGEST_RANGE_KM),
			projection,
		)!,
		incursion: pathData(projection, KURSK_INCURSION_OUTLINE),
		incursionBox: boundsOf(outline),
		incursionLabelAt: projectPoint(KURSK_INCURSION_LABEL_POINT, projection)!,
		countries: COUNTRY_LABELS.map(({ id, name, lat, lon }) => {
			const [x, y] = projectPoint({ lat, lon }, projection)!;
			return { id, name, x, y };
		}),
	};
}

/**
 * Dots and labels for one layer of the regional map. The highlighted place gets a bigger dot,
 * a bold label and the first pick of positions; country names that would cover anything are
 * dropped.
 */
export function regionLayer(features: RegionFeatures, style: LayerStyle, highlight?: string): MapLayer {
	const ordered = [...features.places].sort((a, b) => Number(b.id === highlight) - Number(a.id === highlight));
	const dots: MapDot[] = ordered.map((place) => ({
		id: place.id,
		x: place.x,
		y: place.y,
		r: place.id === highlight ? style.highlightRadius : style.dotRadius,
		highlight: place.id === highlight,
	}));
	const box = features.incursionBox;
	const obstacles: Box[] = [
		...dots.map((dot) => dotBox(dot.x, dot.y, dot.r + 1)),
		dotBox(...features.ringCenter, style.dotRadius),
		box,
	];
	const requests: LabelRequest[] = [
		...dots.map((dot, i) => ({
			id: dot.id,
			x: dot.x,
			y: dot.y,
			lines: [ordered[i]!.name.replace(/, D\.C\.$/, '')],
			fontSize: style.fontSize,
			bold: dot.highlight,
			radius: dot.r,
		})),
		{
			id: 'kursk-incursion',
			x: box.x + box.width / 2,
			y: box.y + box.height / 2,
			lines: style.twoLines ? ['Kursk incursion', '(approx.)'] : ['Kursk incursion (approx.)'],
			fontSize: style.fontSize * 0.9,
			radius: Math.max(box.width, box.height) / 2,
			leader: true,
			positions: ['right', 'above-right', 'below-right', 'above', 'below', 'left', 'above-left', 'below-left'],
			offsets: [0, 25, 50, 80, 110, 140],
		},
		{
			id: 'range-ring',
			x: features.ringLabelAt[0],
			y: features.ringLabelAt[1],
			lines: style.twoLines
				? [`${ATACMS_LONGEST_RANGE_KM} km`, '(illustrative)']
				: [`${ATACMS_LONGEST_RANGE_KM} km (illustrative)`],
			fontSize: style.fontSize * 0.9,
			radius: 2,
			positions: ['right', 'below-right', 'above-right', 'below', 'above'],
			offsets: [0, 15, 30],
		},
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
	const labels = placeLabels(requests, { width: MAP_SIZE.width, height: MAP_SIZE.height, obstacles });
	return { dots, labels };
}

/** Distance from the border point near Sumy, as the table shows it: km to the nearest 5, miles to the nearest 5. */
export function distanceFromBorderPoint(place: LatLon): { km: number; miles: number } {
	const km = distanceKm(SUMY_BORDER_POINT, place);
	return { km: Math.round(km / 5) * 5, miles: Math.round(km / KM_PER_MILE / 5) * 5 };
}

/** Ids of the places the world inset marks, where the diplomacy and the war happened. */
export const INSET_PLACE_IDS = [
	'washington',
	'lima',
	'manaus',
	'rio-de-janeiro',
	'kyiv',
	'moscow',
	'pyongyang',
] as const;

export const INSET_STYLE = { fontSize: 12.5, dotRadius: 3, highlightRadius: 5 } as const;

/** Dots and labels for the world inset: the named places, plus the highlighted one if it is elsewhere. */
export function insetLayer(
	places: readonly MapPlace[],
	highlight?: string,
	projection: GeoProjection = insetProjection(),
): MapLayer {
	const shown = places
		.filter((place) => (INSET_PLACE_IDS as readonly string[]).includes(place.id) || place.id === highlight)
		.map((place) => {
			const [x, y] = projectPoint(place, projection)!;
			return { ...place, x, y };
		})
		.sort((a, b) => Number(b.id === highlight) - Number(a.id === highlight) || a.id.localeCompare(b.id));
	const dots: MapDot[] = shown.map((place) => ({
		id: place.id,
		x: place.x,
		y: place.y,
		r: place.id === highlight ? INSET_STYLE.highlightRadius : INSET_STYLE.dotRadius,
		highlight: place.id === highlight,
	}));
	const labels = placeLabels(
		shown.map((place, i) => ({
			id: place.id,
			x: place.x,
			y: place.y,
			lines: [place.name.replace(/, D\.C\.$/, '')],
			fontSize: INSET_STYLE.fontSize,
			bold: dots[i]!.highlight,
			radius: dots[i]!.r,
		})),
		{
			width: INSET_SIZE.width,
			height: INSET_SIZE.height,
			obstacles: dots.map((dot) => dotBox(dot.x, dot.y, dot.r + 1)),
		},
	);
	return { dots, labels };
}
