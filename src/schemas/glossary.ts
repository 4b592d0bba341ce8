import { z } from 'astro/zod';
import { refList, type RefBuilder } from './ref.ts';
import { isoDay } from './story.ts';

/** How the glossary groups its terms on `/glossary/`. */
export const glossaryCategories = {
	weapons: 'Weapons and systems',
	organisations: 'Organisations and offices',
	diplomacy: 'Diplomacy and summits',
	military: 'Military operations',
	policy: 'Policy and strategy',
	media: 'Media and communication',
} as const;
export type GlossaryCategory = keyof typeof glossaryCategories;

/** A glossary term: one Markdown file in `src/content/glossary/`, its body the longer explanation. */
export const glossarySchema = (ref: RefBuilder) =>
	z.object({
		/** The term as a reader sees it in the heading, e.g. "ATACMS". */
		term: z.string().trim().min(1),
		/** Other names readers may meet, e.g. "ATACMs" or "Army Tactical Missile System". */
		aliases: z.array(z.string().trim().min(1)).default([]),
		/** One plain sentence, shown in previews and search, e.g. "A US-made ballistic missile…". */
		definition: z.string().trim().min(20).max(240),
		/** The group it is listed under, e.g. "weapons". */
		category: z.enum(Object.keys(glossaryCategories) as [GlossaryCategory, ...GlossaryCategory[]]),
		/** Other glossary entries worth reading next, by id, e.g. ["himars"]. */
		related: refList(ref, 'glossary'),
		/** Where the facts in the entry come from, by source id, e.g. ["report-2024-11-17"]. */
		sources: z.array(ref('sources')).min(1),
		/** The day the entry's page last changed in substance, YYYY-MM-DD, e.g. 2026-11-25; corrections count on their own. */
		updated: isoDay.optional(),
	});
