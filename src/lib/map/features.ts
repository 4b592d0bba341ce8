import type { Polygon } from 'geojson';
import type { LatLon } from './projection.ts';

/**
 * The point on the Ukraine–Russia border nearest Sumy in Natural Earth's 1:50m border line,
 * about 29 km north of the city. The map's range ring and distance table start here.
 */
export const SUMY_BORDER_POINT: LatLon = { lat: 51.17, lon: 34.76 };

/** The longest reported ATACMS range, about 300 km (about 190 miles); see the ref-weapon source. */
export const ATACMS_LONGEST_RANGE_KM = 300;

export const KM_PER_MILE = 1.609344;

/**
 * A rough outline of the area Ukraine said it held in Russia's Kursk region in August 2024
 * (about 1,000–1,300 km²), around Sudzha. Drawn by hand for the map, not surveyed: its southern
 * edge follows the border a hair inside Russia. Clockwise, [longitude, latitude].
 */
export const KURSK_INCURSION_OUTLINE: Polygon = {
	type: 'Polygon',
	coordinates: [
		[
			[34.88, 51.2],
			[34.9, 51.31],
			[35.04, 51.4],
			[35.24, 51.42],
			[35.42, 51.35],
			[35.55, 51.21],
			[35.5, 51.08],
			[35.35, 51.03],
			[35.31, 51.05],
			[35.27, 51.052],
			[35.2, 51.05],
			[35.162, 51.068],
			[35.121, 51.126],
			[35.095, 51.186],
			[35.065, 51.21],
			[34.99, 51.208],
			[34.88, 51.2],
		],
	],
};

/** Where the incursion's label points: inside the outline, near Sudzha. */
export const KURSK_INCURSION_LABEL_POINT: LatLon = { lat: 51.23, lon: 35.25 };
