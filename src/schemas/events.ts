import { z } from 'astro/zod';
import { refList, storyDate, type RefBuilder } from './ref.ts';

/**
 * Where an event sits relative to the story's report date, in timeline order; the story settings'
 * `phases` give each its heading.
 */
export const eventPhases = ['before', 'decision', 'after'] as const;

/** A dated event on the timeline: one YAML file in `src/content/events/`. */
export const eventsSchema = (ref: RefBuilder) =>
	z.object({
		/** The day it happened, YYYY-MM-DD, within the story's `window` (story/story.yaml), e.g. 2024-11-17. */
		date: storyDate(),
		/** A short headline, e.g. "Trump wins the US presidential election". */
		title: z.string().trim().min(1),
		/** One sentence on what happened, in plain words. */
		summary: z.string().trim().min(1),
		/** Before, on or after the decision was reported, e.g. "before". */
		phase: z.enum(eventPhases),
		/** People involved, by id, e.g. ["joe-biden"]. */
		people: refList(ref, 'people'),
		/** Places involved, by id, e.g. ["sumy"]. */
		places: refList(ref, 'places'),
		/** Glossary terms it touches, by id, e.g. ["atacms"]. */
		terms: refList(ref, 'glossary'),
		/**
		 * How it is known, for events after the story's report date (required there): "official" when
		 * said or confirmed on the record, "report" when an outlet reported it citing unnamed officials,
		 * "claim" when one side said it and nobody has verified it, e.g. "claim".
		 */
		evidence: z.enum(['official', 'report', 'claim']).optional(),
		/** Where it is reported, e.g. ["report-2024-11-17"]. */
		sources: z.array(ref('sources')).min(1),
	});
