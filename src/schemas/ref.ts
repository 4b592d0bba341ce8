import type { reference } from 'astro:content';
import { z } from 'astro/zod';
import { isoDay } from './story.ts';

/** The collections that entries may point at with a reference field. */
export type CollectionName = 'glossary' | 'people' | 'places' | 'events' | 'quotes' | 'sources';

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
 * A calendar day written as YYYY-MM-DD (`isoDay`) that must fall within the story's `window`. YAML
 * turns an unquoted date into a Date; a quoted one stays a string: both are accepted. The window
 * itself is checked by the content check, against the story settings.
 */
export const storyDate = () =>
	isoDay.transform((date) => {
		storyDates.add(date);
		return date;
	});
