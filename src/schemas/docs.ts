import { z } from 'astro/zod';
import { refList, type RefBuilder } from './ref.ts';
import { isoDay } from './story.ts';

/** Where a page sits in the site. */
const docSections = ['overview', 'story', 'reference'] as const;

/** What this project adds to Starlight's page frontmatter. */
export const docsExtension = (ref: RefBuilder) =>
	z.object({
		/** The part of the site the page belongs to, e.g. "story". */
		section: z.enum(docSections).default('reference'),
		/** Reading order within its section, from 1, e.g. 2 for the second story section. */
		order: z.number().int().min(0).default(0),
		/** Glossary terms the page explains or leans on, e.g. ["atacms", "apec"]. */
		terms: refList(ref, 'glossary'),
		/** People the page discusses, e.g. ["joe-biden"]. */
		people: refList(ref, 'people'),
		/** Places the page discusses, e.g. ["sumy"]. */
		places: refList(ref, 'places'),
		/** Timeline events the page covers, e.g. ["2024-11-17-decision-reported"]. */
		events: refList(ref, 'events'),
		/** Sources the page cites, listed at its foot, e.g. ["report-2024-11-17"]. */
		sources: refList(ref, 'sources'),
		/** The day the page last changed in substance, YYYY-MM-DD, e.g. 2026-11-25; corrections count on their own. */
		updated: isoDay.optional(),
	});
