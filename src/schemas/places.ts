import { z } from 'astro/zod';
import type { RefBuilder } from './ref.ts';
import { isoDay } from './story.ts';

/** A place in the story: one YAML file in `src/content/places/`. Coordinates drive the map. */
export const placesSchema = (ref: RefBuilder) =>
	z.object({
		/** Name as commonly written in English, e.g. "Sumy". */
		name: z.string().trim().min(1),
		/** What sort of place it is, e.g. "city". */
		kind: z.enum(['city', 'town', 'region', 'country', 'site']),
		/** The country it lies in, e.g. "Ukraine". */
		country: z.string().trim().min(1),
		/** Latitude in degrees north (south is negative), e.g. 50.91. */
		lat: z.number().min(-90, 'latitude must be between -90 and 90').max(90, 'latitude must be between -90 and 90'),
		/** Longitude in degrees east (west is negative), e.g. 34.80. */
		lon: z
			.number()
			.min(-180, 'longitude must be between -180 and 180')
			.max(180, 'longitude must be between -180 and 180'),
		/** One sentence on its part in the story. */
		summary: z.string().trim().min(1),
		/**
		 * Why the place matters in this story, in one or two sentences, shown first on the place's page,
		 * before its coordinates, e.g. "The first reported ATACMS strike on Russian territory hit an
		 * arsenal near this town."
		 */
		whyItMatters: z
			.string()
			.trim()
			.min(1, 'whyItMatters cannot be empty; write one or two sentences on why the place matters in this story'),
		/** Where the coordinates and text come from, e.g. ["reference-works"]. */
		sources: z.array(ref('sources')).min(1),
		/** The day the entry's page last changed in substance, YYYY-MM-DD, e.g. 2026-11-25; corrections count on their own. */
		updated: isoDay.optional(),
	});
