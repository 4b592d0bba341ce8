import { z } from 'astro/zod';
import { storyDate } from './ref.ts';

/** What sort of source an entry is. */
export const sourceKinds = ['report', 'statement', 'reference', 'compilation'] as const;

/**
 * The kinds a reader could look up for themselves: each needs `url`, or `noUrl` saying why it has
 * none. A compilation (this site's own gathering of facts) has no outside page to link.
 */
export const publicSourceKinds = [
	'report',
	'statement',
	'reference',
] as const satisfies readonly (typeof sourceKinds)[number][];

/** A report, statement or reference work: one YAML file in `src/content/sources/`. */
export const sourcesSchema = () =>
	z.object({
		/**
		 * Full title, e.g. "Pentagon press briefing". When the source has no headline of its own, say so
		 * in plain words, e.g. "News report, 17 November 2024 (no headline or outlet given)".
		 */
		title: z.string().trim().min(1),
		/** A short label for citations, e.g. "News report, 17 Nov 2024". */
		short: z.string().trim().min(1).max(40),
		/** Who published or said it, by institution, outlet or person, e.g. "US Department of Defense". */
		publisher: z.string().trim().min(1),
		/** Publication date, YYYY-MM-DD, when known, e.g. 2024-11-17. */
		date: storyDate().optional(),
		/**
		 * Where a reader can read it: an address found on a public page, never a guessed one, e.g.
		 * "https://www.defense.gov/News/Transcripts/…". Official pages, transcripts and reputable
		 * outlets; never an aggregator or a copy site.
		 */
		url: z.url({ message: 'url must be a full address starting with https://, or leave the field out' }).optional(),
		/**
		 * When a source has no public address, why, in plain words for readers, e.g. "The report reached
		 * this site as plain text, with no outlet, headline or address." Reports, statements and reference
		 * works need `url` or this.
		 */
		noUrl: z.string().trim().min(1).optional(),
		/** What sort of source it is, e.g. "report". Reports, statements and reference works need `url` or `noUrl`. */
		kind: z.enum(sourceKinds),
		/** One sentence on what it covers and how far to trust it. */
		note: z.string().trim().min(1),
	});
