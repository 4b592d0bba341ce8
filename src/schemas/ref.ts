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
 * Dates parsed by `storyDate()`. The content check looks them up to hold each one to the
 * story's `window` (story/story.yaml), which it reads before any other entry.
 */
export const storyDates = new WeakSet<Date>();

/**
 * A calendar date written as YYYY-MM-DD that must fall within the story's `window`. YAML turns
 * an unquoted date into a Date; a quoted one stays a string: both are accepted. The window
 * itself is checked by the content check, against the story settings.
 */
export const storyDate = () =>
	z
		.union([z.date(), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as YYYY-MM-DD, e.g. 1999-12-31')])
		.transform((value, ctx) => {
			const date = typeof value === 'string' ? new Date(`${value}T00:00:00Z`) : value;
			if (Number.isNaN(date.getTime()) || (typeof value === 'string' && date.toISOString().slice(0, 10) !== value)) {
				ctx.addIssue({
					code: 'custom',
					message: `${String(value)} is not a real calendar date; write it as YYYY-MM-DD, e.g. 1999-12-31`,
				});
				return z.NEVER;
			}
			storyDates.add(date);
			return date;
		});
