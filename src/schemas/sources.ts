import { z } from 'astro/zod';
import { storyDate } from './ref.ts';

/** A report, statement or reference work: one YAML file in `src/content/sources/`. */
export const sourcesSchema = () =>
	z.object({
		/** Full title, e.g. "Biden authorizes Ukraine to use US-supplied long-range missiles inside Russia". */
		title: z.string().trim().min(1),
		/** A short label for citations, e.g. "Report, 17 Nov 2024". */
		short: z.string().trim().min(1).max(40),
		/** Who published it, e.g. "News wire report". */
		publisher: z.string().trim().min(1),
		/** Publication date, YYYY-MM-DD, when known, e.g. 2024-11-17. */
		date: storyDate().optional(),
		/** A link to it, only when known, e.g. "https://example.org/report". */
		url: z.url({ message: 'url must be a full address starting with https://, or leave the field out' }).optional(),
		/** What sort of source it is, e.g. "report". */
		kind: z.enum(['report', 'statement', 'reference', 'compilation']),
		/** One sentence on what it covers and how far to trust it. */
		note: z.string().trim().min(1),
	});
