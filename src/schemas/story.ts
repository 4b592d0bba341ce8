import { z } from 'astro/zod';

/** A real calendar day written YYYY-MM-DD, any year (YAML may already have made it a Date). */
export const isoDay = z
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
		return date;
	});

const phase = z.object({
	/** The heading readers see for the phase, e.g. "Before the decision". */
	label: z.string().trim().min(1),
	/** One line on what the phase covers, e.g. "From the first delivery to the report". */
	description: z.string().trim().min(1).optional(),
});

/** A substantive update to the explainer, announced in the feed beside corrections and later events. */
const update = z.object({
	/** The day the update was published, YYYY-MM-DD, e.g. 2026-12-06. */
	date: isoDay,
	/** A short headline in plain words, e.g. "What became known after the report". */
	title: z.string().trim().min(1),
	/** One or two sentences on what changed, e.g. "Open questions now says what the record answered, and when." */
	summary: z.string().trim().min(1),
	/** The page where a reader finds it, a path within the site, e.g. "/story/open-questions/". */
	link: z
		.string()
		.trim()
		.regex(/^\/(?!\/)\S*$/, 'link must be a path within the site starting with "/", e.g. "/story/open-questions/"'),
});

/**
 * The story's own settings: one YAML file, `src/content/story/story.yaml`. Everything the code
 * would otherwise have to know about this particular story lives here.
 */
export const storySchema = () =>
	z.object({
		/** The site title, short enough for a phone header, e.g. "The ATACMS decision". */
		title: z.string().trim().min(1),
		/** One or two sentences for search engines and link previews. */
		description: z.string().trim().min(1),
		/** The day the story was reported, YYYY-MM-DD, e.g. 2024-11-17: "later" means after this day. */
		reportDate: isoDay,
		/**
		 * The day this explainer was first published, YYYY-MM-DD, on or after `reportDate`, e.g.
		 * 2026-11-25. A page says it was updated then, unless its own `updated` day or a correction
		 * is later; its structured data gives it as the day the page was published.
		 */
		published: isoDay,
		/** The "as of" line shown near the top of pages, e.g. "As reported on 17 November 2024; later events are marked". */
		asReportedOn: z.string().trim().min(1),
		/** The span of dates any entry may carry, to catch mistyped years, e.g. { start: 2022-01-01, end: 2025-12-31 }. */
		window: z.object({ start: isoDay, end: isoDay }),
		/** How the timeline names its three parts: before, on and after the reported decision. */
		phases: z.object({ before: phase, decision: phase, after: phase }),
		/**
		 * The days the overview's day-by-day strip covers, e.g. { start: 2024-11-15, end: 2024-11-19 },
		 * and the events it lists, by id, six or seven of those days' (left out, all of them).
		 */
		decisionWeek: z.object({
			start: isoDay,
			end: isoDay,
			events: z.array(z.string().trim().min(1)).min(1).optional(),
		}),
		/**
		 * The timeline event that is the report itself, by id, e.g. "2024-11-17-decision-reported":
		 * the timeline shows it first on its day, as a card of its own.
		 */
		reportEvent: z.string().trim().min(1).optional(),
		/** The id of the map the home page shows, a file in src/content/maps/, e.g. "region"; leave it out for no map. */
		map: z.string().trim().min(1).optional(),
		/** The site's name as citations and structured data give it, e.g. "The ATACMS decision, explained". Defaults to `title`. */
		siteName: z.string().trim().min(1).optional(),
		/** Who publishes the site, named in citations and structured data, e.g. "The ATACMS decision, explained". Defaults to `siteName`. */
		publisher: z.string().trim().min(1).optional(),
		/** The author citations name, a person or an organisation, e.g. "Explainer desk". Absent, citations start with the title. */
		author: z.string().trim().min(1).optional(),
		/**
		 * Where the story comes from, said plainly at the top of the Sources page, e.g. "This site began
		 * from one news report, whose outlet is not named." The reports of the report day follow it there.
		 */
		origin: z.string().trim().min(1).optional(),
		/**
		 * Substantive updates to the explainer, newest or oldest first, each a feed entry, e.g.
		 * `[{ date: 2026-12-06, title: "What became known later", summary: "…", link: /story/open-questions/ }]`.
		 */
		updates: z.array(update).default([]),
		/**
		 * How the glossary groups its terms on `/glossary/`, in the order shown: the id a term's
		 * `category` names, and the heading readers see, e.g. { weapons: Weapons and systems, policy: Policy and strategy }.
		 */
		glossaryCategories: z
			.record(
				z.string().regex(/^[a-z0-9-]+$/, 'write a category id in lower case, e.g. weapons'),
				z.string().trim().min(1),
			)
			.refine((categories) => Object.keys(categories).length > 0, 'name at least one category, e.g. { terms: Terms }'),
		/**
		 * What the glossary search box suggests typing, e.g. [ATACMS, apec, ballistic]: a term, an
		 * alias in lower case, a word from a definition. Left out, the first three terms are shown.
		 */
		searchExamples: z.array(z.string().trim().min(1)).min(1).max(4).optional(),
	});

export type Story = z.infer<ReturnType<typeof storySchema>>;
