import { z } from 'astro/zod';
import type { RefBuilder } from './ref.ts';
import { isoDay } from './story.ts';

/** How much a correction changes what a reader takes away, most serious first. */
const correctionSeverities = ['high', 'medium', 'low'] as const;

/** The collections whose entries have a page of their own, or a place on one, that a correction can touch. */
export type CorrectedCollection = 'docs' | 'glossary' | 'people' | 'places' | 'events' | 'quotes';

/**
 * A published correction: one YAML file in `src/content/corrections/`, e.g.
 * `2026-11-25-kharkiv-permission.yaml`. Every page it touches shows a dated note linking to it,
 * and /corrections/ and the feed list it.
 */
export const correctionsSchema = (ref: RefBuilder) =>
	z.object({
		/** The day the correction was published, YYYY-MM-DD, e.g. 2026-11-25. */
		date: isoDay,
		/** A short headline in plain words, e.g. "The 30 May 2024 permission did not cover ATACMS". */
		title: z.string().trim().min(1),
		/** How much it changes what a reader takes away: "high", "medium" or "low". */
		severity: z.enum(correctionSeverities),
		/**
		 * The entries whose pages carried the error, by collection and id. Each gets the dated note:
		 * docs pages and glossary, people and places entries on their own page; events on the
		 * timeline; quotes on their speaker's page. E.g.
		 * `{ docs: [story/background], glossary: [kharkiv-exception], events: [2024-05-30-kharkiv-exception] }`.
		 */
		touches: z
			.object({
				docs: z.array(ref('docs')).default([]),
				glossary: z.array(ref('glossary')).default([]),
				people: z.array(ref('people')).default([]),
				places: z.array(ref('places')).default([]),
				events: z.array(ref('events')).default([]),
				quotes: z.array(ref('quotes')).default([]),
			})
			.refine(
				(touches) => Object.values(touches).some((list) => list.length > 0),
				'name at least one page or entry the correction touches, e.g. `docs: [story/background]`',
			),
		/** What the pages said, in their words or a close summary, e.g. "From 30 May 2024 … only near Kharkiv". */
		said: z.string().trim().min(1),
		/** What they say now, e.g. "The 30 May 2024 permission did not cover ATACMS …". */
		saysNow: z.string().trim().min(1),
		/** Why it was wrong or misleading, with what the sources say, e.g. "US officials said at the time …". */
		why: z.string().trim().min(1),
		/**
		 * Short phrases of the old text that must not come back on any page the correction touches,
		 * e.g. ["off limits"]. The site tests look for them in the built pages, descriptions included.
		 */
		oldWording: z.array(z.string().trim().min(1)).default([]),
		/** Short phrases that every page it touches must now carry, e.g. ["25 September 2024"]; checked the same way. */
		newWording: z.array(z.string().trim().min(1)).default([]),
	});
