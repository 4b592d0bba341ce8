import { z } from 'astro/zod';
import { storyDate, type RefBuilder } from './ref.ts';

/** A verbatim quotation: one YAML file in `src/content/quotes/`. */
export const quotesSchema = (ref: RefBuilder) =>
	z.object({
		/** The words exactly as in the source, character for character, e.g. "Strikes are not made with words." */
		text: z
			.string()
			.refine(
				(text) => text.trim().length > 0,
				'a quote cannot be empty; paste the words exactly as the source has them',
			),
		/** Who said it, by people id, e.g. "volodymyr-zelenskyy". */
		speaker: ref('people'),
		/** When it was said or reported, YYYY-MM-DD, e.g. 2024-11-17. */
		date: storyDate(),
		/** Where or how it was said, e.g. "nightly video address". */
		setting: z.string().trim().min(1),
		/** The source that carries the words, by id, e.g. "report-2024-11-17". */
		source: ref('sources'),
	});
