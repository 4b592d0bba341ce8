import type { reference } from 'astro:content';
import { z } from 'astro/zod';

/** The collections that entries may point at with a reference field. */
export const collectionNames = ['glossary', 'people', 'places', 'events', 'quotes', 'sources'] as const;
export type CollectionName = (typeof collectionNames)[number];

/**
 * Builds a reference field. In `content.config.ts` this is Astro's `reference()`; the
 * pre-build content check passes its own builder and resolves the ids itself, so it can say
 * which id is wrong and suggest the nearest real one. Typed as Astro's, so entry types keep
 * the collection each reference points at.
 */
export type RefBuilder = typeof reference;

/** A reference as plain scripts see it: the id of an entry, as written. */
export const plainRef = ((_collection: CollectionName) => z.string().min(1)) as unknown as RefBuilder;

/** A list of references, empty when left out. */
export const refList = <C extends CollectionName>(ref: RefBuilder, collection: C) =>
	z.array(ref(collection)).default([]);

/**
 * A calendar date written as YYYY-MM-DD, within the story's window. YAML turns an unquoted
 * date into a Date; a quoted one stays a string: both are accepted.
 */
export const storyDate = () =>
	z
		.union([z.date(), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as YYYY-MM-DD, e.g. 2024-11-17')])
		.transform((value, ctx) => {
			const date = typeof value === 'string' ? new Date(`${value}T00:00:00Z`) : value;
			if (Number.isNaN(date.getTime()) || (typeof value === 'string' && date.toISOString().slice(0, 10) !== value)) {
				ctx.addIssue({
					code: 'custom',
					message: `${String(value)} is not a real calendar date; write it as YYYY-MM-DD, e.g. 2024-11-17`,
				});
				return z.NEVER;
			}
			if (date < STORY_START || date > STORY_END) {
				ctx.addIssue({
					code: 'custom',
					message: `${date.toISOString().slice(0, 10)} is outside the story's window (2022-01-01 to 2025-12-31); check the year`,
				});
				return z.NEVER;
			}
			return date;
		});

export const STORY_START = new Date('2022-01-01T00:00:00Z');
export const STORY_END = new Date('2025-12-31T00:00:00Z');
