import { z } from 'astro/zod';
import type { RefBuilder } from './ref.ts';

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
		/** Where the role and summary come from, e.g. ["facts-reference"]. */
		sources: z.array(ref('sources')).min(1),
	});
