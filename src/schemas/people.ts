import { z } from 'astro/zod';
import type { RefBuilder } from './ref.ts';
import { isoDay } from './story.ts';

/** A person in the story: one YAML file in `src/content/people/`. */
export const peopleSchema = (ref: RefBuilder) =>
	z.object({
		/** Full name as commonly written in English, e.g. "Volodymyr Zelenskyy". */
		name: z.string().trim().min(1),
		/** Role at the time of the story (November 2024), e.g. "President of Ukraine". */
		role: z.string().trim().min(1),
		/** The country they act for, e.g. "Ukraine". */
		country: z.string().trim().min(1),
		/** One sentence on why they matter to this story. */
		summary: z.string().trim().min(1),
		/**
		 * Their role in this story in two or three sentences, each backed by one of `sources`; shown
		 * first on the person's page, e.g. "According to the report, he authorised … He had earlier
		 * turned down calls to …".
		 */
		inThisStory: z
			.string()
			.trim()
			.min(1, 'inThisStory cannot be empty; write two or three sentences on their role in this story'),
		/** Where the role and text come from, e.g. ["report-2024-11-17"]. */
		sources: z.array(ref('sources')).min(1),
		/** The day the entry's page last changed in substance, YYYY-MM-DD, e.g. 2026-11-25; corrections count on their own. */
		updated: isoDay.optional(),
	});
