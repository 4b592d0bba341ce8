import { z } from 'astro/zod';
import { refList, type RefBuilder } from './ref.ts';
import { isoDay } from './story.ts';

/** A glossary term: one Markdown file in `src/content/glossary/`, its body the longer explanation. */
export const glossarySchema = (ref: RefBuilder) =>
	z.object({
		/** The term as a reader sees it in the heading, e.g. "ATACMS". */
		term: z.string().trim().min(1),
		/** Other names readers may meet, e.g. "ATACMs" or "Army Tactical Missile System". */
		aliases: z.array(z.string().trim().min(1)).default([]),
		/** One plain sentence, shown in previews and search, e.g. "A US-made ballistic missile…". */
		definition: z.string().trim().min(20).max(240),
		/** The group it is listed under on `/glossary/`: an id from the story settings' `glossaryCategories`, e.g. "weapons". */
		category: z.string().trim().min(1),
		/** Other glossary entries worth reading next, by id, e.g. ["himars"]. */
		related: refList(ref, 'glossary'),
		/** Where the facts in the entry come from, by source id, e.g. ["report-2024-11-17"]. */
		sources: z.array(ref('sources')).min(1),
		/** The day the entry's page last changed in substance, YYYY-MM-DD, e.g. 2026-11-25; corrections count on their own. */
		updated: isoDay.optional(),
	});
