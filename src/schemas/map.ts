import { z } from 'astro/zod';
import { LABEL_POSITIONS } from '../lib/map/labels.ts';
import { storyDate, type RefBuilder } from './ref.ts';

/** A point on the globe in degrees, e.g. { lat: 50.91, lon: 34.8 }. */
const geoPoint = z.object({
	/** Degrees north (south is negative), e.g. 50.91. */
	lat: z
		.number()
		.min(-90, 'latitude must be between -90 and 90 (south is negative)')
		.max(90, 'latitude must be between -90 and 90 (south is negative)'),
	/** Degrees east (west is negative), e.g. 34.8. */
	lon: z
		.number()
		.min(-180, 'longitude must be between -180 and 180 (west is negative)')
		.max(180, 'longitude must be between -180 and 180 (west is negative)'),
});

/**
 * A closed outline: at least four points, the last one the same as the first, e.g. a square
 * [{ lat: 1, lon: 1 }, { lat: 1, lon: 2 }, { lat: 2, lon: 2 }, { lat: 1, lon: 1 }].
 */
const closedRing = z
	.array(geoPoint)
	.min(4, 'an outline needs at least 4 points, the last one repeating the first')
	.superRefine((points, ctx) => {
		const first = points[0];
		const last = points.at(-1);
		if (first && last && (first.lat !== last.lat || first.lon !== last.lon)) {
			ctx.addIssue({
				code: 'custom',
				message: `the outline is not closed: it starts at ${first.lat}, ${first.lon} but ends at ${last.lat}, ${last.lon}; repeat the first point at the end`,
			});
		}
	});

/** How many sentences a text has, not counting decimal points or abbreviations such as "e.g." and "approx.". */
export function countSentences(value: string): number {
	const cleaned = value.replace(/\b(?:e\.g|i\.e|approx|ca|vs|St|Dr|Mr|Mrs|Ms)\./g, 'x').replace(/\d\.\d/g, 'x');
	return (cleaned.match(/[.!?]+[”’)]*(?=\s|$)/g) ?? []).length;
}

const text = z.string().trim().min(1);

/** What the legend may show a swatch for. */
const legendSymbols = ['focus', 'neighbour', 'band', 'ring', 'area', 'strike', 'reported', 'place'] as const;

/** Where a label sits beside the point it names: "right" of a dot, "below-left", or "center" on it. */
const labelPositions = [...LABEL_POSITIONS, 'center'] as const;

/**
 * One spot for a label: a position, e.g. `left`; a position further out, or nudged, with a
 * leader line back to the point, e.g. { at: below-right, offset: 40, dy: -10 } (in map units;
 * the map is 800 wide); or `hidden`, no label at that width, e.g. a town whose name a marker
 * beside it repeats.
 */
const labelSpot = z.union([
	z.enum([...labelPositions, 'hidden']),
	z.object({
		at: z.enum(labelPositions),
		offset: z.number().min(0).max(400).default(0),
		/** A nudge across or down, in map units, e.g. -10: the label keeps a leader line to its point. */
		dx: z.number().min(-400).max(400).default(0),
		dy: z.number().min(-400).max(400).default(0),
	}),
]);

/**
 * Where a label sits: one spot at every width, e.g. `left`, or one on wide maps and another on
 * phones, where the text is bigger, e.g. { wide: right, narrow: { at: above, offset: 20 } }.
 */
const labelPlacement = z.union([labelSpot, z.object({ wide: labelSpot, narrow: labelSpot })]);
export type LabelPlacement = z.infer<typeof labelPlacement>;

/** The id an entry of `places` has, whichever reference builder parsed it. */
const placeId = (ref: unknown): string =>
	typeof ref === 'string' ? ref : String((ref as { id?: unknown } | null)?.id ?? '');

/**
 * A map of the story: one YAML file in `src/content/maps/`, e.g. `region.yaml`. The site draws
 * it at build time as a static SVG file and prints its text twin (title, legend, caption,
 * distance table, method note) in the page.
 */
export const mapsSchema = (ref: RefBuilder) =>
	z
		.object({
			/** The map's title, shown above it: what is drawn, e.g. "Russia within about 300 km of Ukraine’s northern border". */
			title: text,
			/**
			 * How the map is drawn: `region` is a conformal conic map fitted to the frame, for an
			 * area a few hundred km across; `world` is an equal-area world strip.
			 */
			kind: z.enum(['region', 'world']).default('region'),
			/** The box the map must show, in degrees, e.g. { west: 22, east: 40, south: 44, north: 57 }. */
			frame: z
				.object({
					west: z.number().min(-180).max(180),
					east: z.number().min(-180).max(180),
					south: z.number().min(-90).max(90),
					north: z.number().min(-90).max(90),
				})
				.refine((f) => f.west < f.east, { message: '`west` must be less than `east` (west is negative)' })
				.refine((f) => f.south < f.north, { message: '`south` must be less than `north` (south is negative)' }),
			/** Text for readers who cannot see the map: what is shaded and drawn, in two or three sentences. */
			alt: text,
			/**
			 * Countries drawn in their own colour, by their Natural Earth name, e.g.
			 * [{ name: Ukraine, shade: focus, label: { text: UKRAINE, lat: 49, lon: 29.2 } }].
			 */
			countries: z
				.array(
					z.object({
						/** The country's name in Natural Earth (world-atlas), e.g. "Ukraine". */
						name: text,
						/** `focus` gets the warm colour, `neighbour` a darker grey than other land, `plain` (the default) neither. */
						shade: z.enum(['focus', 'neighbour', 'plain']).default('plain'),
						/** Where to print the country's name on the map, if anywhere. */
						label: z.object({ text, lat: geoPoint.shape.lat, lon: geoPoint.shape.lon }).optional(),
					}),
				)
				.default([]),
			/**
			 * Territory drawn as part of another country than Natural Earth's default, e.g. Crimea:
			 * [{ point: { lat: 44.95, lon: 34.1 }, from: Russia, to: Ukraine }]. The polygon that
			 * contains `point` moves.
			 */
			transfers: z.array(z.object({ point: geoPoint, from: text, to: text })).default([]),
			/** The places the map marks with a dot and a name. */
			places: z.array(ref('places')).default([]),
			/**
			 * Where each place's name sits beside its dot, by place id, e.g. { kyiv: left, kursk:
			 * { wide: right, narrow: above } }. A place left out takes the first free spot.
			 */
			labels: z.record(z.string(), labelPlacement).default({}),
			/** Illustrative circles, e.g. [{ center: { lat: 51.17, lon: 34.76 }, radiusKm: 300, label: "300 km" }]. */
			rings: z
				.array(
					z.object({
						center: geoPoint,
						/** The radius in km along the ground, e.g. 300. */
						radiusKm: z.number().gt(0, 'the radius must be more than 0 km'),
						label: text,
						sources: z.array(ref('sources')).default([]),
					}),
				)
				.default([]),
			/** Approximate areas drawn hatched, each with its outline, label and sources. */
			areas: z
				.array(
					z.object({
						/** The label on the map, e.g. "Kursk incursion (approx.)". */
						label: text,
						/** The outline, a closed ring of points. */
						outline: closedRing,
						/**
						 * Where the label of the circle drawn round the area sits, with a leader line, e.g.
						 * { at: below-right, offset: 30 }; left out, the first free spot.
						 */
						callout: labelPlacement.optional(),
						sources: z.array(ref('sources')).min(1),
					}),
				)
				.default([]),
			/**
			 * Shaded bands: the part of `clipTo` within `distanceKm` of a line, e.g. a stretch of
			 * border, computed at build time.
			 */
			bands: z
				.array(
					z.object({
						/** The label on the map, e.g. "Within about 300 km (illustrative)". */
						label: text,
						/** The line the distance is measured from, at least two points, e.g. a stretch of border. */
						line: z.array(geoPoint).min(2, 'a band’s line needs at least 2 points'),
						/** What the line is, for the method note, e.g. "the border of the Chernihiv, Sumy and Kharkiv regions with Russia". */
						lineLabel: text,
						/** How far the band reaches from the line, in km, e.g. 300. */
						distanceKm: z.number().gt(0, 'the distance must be more than 0 km'),
						/** The country the band is clipped to, by its Natural Earth name, e.g. "Russia". */
						clipTo: text,
						/** Where the band's label is centred, e.g. in an empty part of the band; left out, the band's centre. */
						labelAt: geoPoint.optional(),
						sources: z.array(ref('sources')).min(1),
					}),
				)
				.default([]),
			/** Dated symbols at places, e.g. a strike. */
			markers: z
				.array(
					z.object({
						place: ref('places'),
						date: storyDate(),
						/** The label on the map, e.g. "First reported strike, 19 Nov 2024 (later)". */
						label: text,
						/** A shorter label for phones, e.g. "Taganrog, 11 Dec 2024"; left out, `label`. */
						shortLabel: text.optional(),
						/**
						 * The symbol drawn: `strike`, a star, for a strike on the record; `reported`, a ring,
						 * for one that only one side reported.
						 */
						symbol: z.enum(['strike', 'reported']),
						/** Who reported it, listed under the map, e.g. "Russia’s defence ministry". Needed for `reported`. */
						reportedBy: text.optional(),
						sources: z.array(ref('sources')).min(1),
					}),
				)
				.default([]),
			/**
			 * A scale bar drawn true at the map's centre latitude: the distances it marks after 0, in
			 * km, and its corner, e.g. { km: [100, 300], corner: bottom-left }.
			 */
			scale: z
				.object({
					km: z.array(z.number().gt(0, 'a scale mark must be more than 0 km')).min(1),
					corner: z.enum(['bottom-left', 'bottom-right', 'top-left', 'top-right']).default('bottom-left'),
				})
				.optional(),
			/** The legend, in order, e.g. [{ symbol: band, label: "Within about 300 km of the border (illustrative)" }]. */
			legend: z.array(z.object({ symbol: z.enum(legendSymbols), label: text })).default([]),
			/** The caption under the map: at most two sentences, with the sources it rests on. */
			caption: z.object({
				text: text.refine((value) => countSentences(value) <= 2, {
					message: 'the caption has more than two sentences; keep two and move the rest to `note.method`',
				}),
				sources: z.array(ref('sources')).min(1),
			}),
			/** The "How this map was made" note. */
			note: z.object({
				/** How the map was drawn: data, projection, what was computed. */
				method: text,
				/** What the map leaves out, in plain sentences, e.g. "The map does not show the front line." */
				notShown: text,
			}),
			/** The distance table: measured to the nearest point of the land border between two countries. */
			distances: z
				.object({
					/** The two countries whose shared border the distances are measured to, e.g. [Ukraine, Russia]. */
					border: z.tuple([text, text]),
					/** The table's heading, short, with its unit, e.g. "How far from the border? (km, straight line, rounded)". */
					caption: text,
					/** The heading of the distance column, e.g. "km to the border". */
					column: text,
					/** One line under the table, e.g. why its figures can differ from those in the text. */
					note: text.optional(),
				})
				.optional(),
			/** A one-line route shown under the map, e.g. a trip: each stop is an event at a place. */
			route: z
				.object({
					/** The line's heading, e.g. "Biden’s route that week". */
					label: text,
					stops: z.array(z.object({ place: ref('places'), event: ref('events') })).min(2),
				})
				.optional(),
			/** The map drawn on pages of places this map does not show, e.g. `world`. */
			elsewhere: z.string().trim().min(1).optional(),
		})
		.superRefine((map, ctx) => {
			const shown = new Set(map.places.map(placeId));
			for (const id of Object.keys(map.labels)) {
				if (shown.has(id)) continue;
				ctx.addIssue({
					code: 'custom',
					path: ['labels', id],
					message: `\`labels\` places the name of \`${id}\`, which the map does not show; add it to \`places\` or remove the label`,
				});
			}
			map.markers.forEach((marker, index) => {
				if (marker.symbol !== 'reported' || marker.reportedBy) return;
				ctx.addIssue({
					code: 'custom',
					path: ['markers', index, 'reportedBy'],
					message: 'a `reported` marker needs `reportedBy`: who reported the strike, e.g. "Russia’s defence ministry"',
				});
			});
		});
