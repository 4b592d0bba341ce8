/**
 * Corrections and page dates, from content only (never git or the build clock), so two builds
 * stay byte-identical: which pages a correction touches, the corrections a page shows, and the
 * day each page was last updated.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { CorrectedCollection } from '../schemas/corrections';
import { entryHref, sitePath } from './site-path';
import { story } from './site';

export type CorrectionEntry = CollectionEntry<'corrections'>;

/** The id of a page's own list of its corrections (CorrectionList), which its dateline links to. */
export const pageCorrectionsId = 'page-corrections';

/** Where a correction is listed: "/corrections/#2026-11-25-kharkiv-rule-widened-in-june". */
export const correctionUrl = (id: string) => sitePath(`corrections/#${id}`);

/** A page or place on a page that a correction touches: its URL and a label for links. */
export interface TouchedPage {
	/** The page's path, base included, e.g. "/glossary/oreshnik/". */
	path: string;
	/** The link itself, with a fragment when the entry sits on a shared page, e.g. "/timeline/#event-…". */
	href: string;
	label: string;
}

/** Every correction, newest first, then by id: the order of /corrections/ and the feed. */
export async function corrections(): Promise<CorrectionEntry[]> {
	return (await getCollection('corrections')).sort(
		(a, b) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id),
	);
}

async function touchedBy(collection: CorrectedCollection, id: string): Promise<TouchedPage> {
	const missing = () =>
		new Error(
			`src/content/corrections/: \`touches.${collection}\` names \`${id}\`, which is not in src/content/${collection}/`,
		);
	switch (collection) {
		case 'docs': {
			const doc = await getEntry('docs', id);
			if (!doc) throw missing();
			return { path: entryHref('docs', id), href: entryHref('docs', id), label: doc.data.title };
		}
		case 'glossary': {
			const term = await getEntry('glossary', id);
			if (!term) throw missing();
			const path = entryHref('glossary', id);
			return { path, href: path, label: `Glossary: ${term.data.term}` };
		}
		case 'people':
		case 'places': {
			const entry = await getEntry(collection, id);
			if (!entry) throw missing();
			const path = entryHref(collection, id);
			return { path, href: path, label: entry.data.name };
		}
		case 'events': {
			const event = await getEntry('events', id);
			if (!event) throw missing();
			return { path: sitePath('timeline/'), href: entryHref('events', id), label: `Timeline: ${event.data.title}` };
		}
		case 'quotes': {
			// A quote is listed on its speaker's page; pages that show it are named in `docs`.
			const quote = await getEntry('quotes', id);
			const speaker = quote && (await getEntry(quote.data.speaker));
			if (!quote || !speaker) throw missing();
			const path = entryHref('people', speaker.id);
			return { path, href: `${path}#quoted`, label: `Quote: ${speaker.data.name}, ${quote.data.setting}` };
		}
	}
}

/** The pages a correction touches, in the order its file lists them. */
export async function touchedPages(correction: CorrectionEntry): Promise<TouchedPage[]> {
	const pages: TouchedPage[] = [];
	for (const [collection, refs] of Object.entries(correction.data.touches) as [
		CorrectedCollection,
		{ id: string }[],
	][]) {
		for (const ref of refs) pages.push(await touchedBy(collection, ref.id));
	}
	return pages;
}

let byPathPromise: Promise<Map<string, CorrectionEntry[]>> | undefined;

async function loadByPath() {
	const byPath = new Map<string, CorrectionEntry[]>();
	for (const correction of await corrections()) {
		for (const path of new Set((await touchedPages(correction)).map((page) => page.path))) {
			byPath.set(path, [...(byPath.get(path) ?? []), correction]);
		}
	}
	return byPath;
}

/** The corrections that touch a page, newest first: correctionsFor(Astro.url.pathname). */
export async function correctionsFor(pathname: string): Promise<CorrectionEntry[]> {
	byPathPromise ??= loadByPath();
	return (await byPathPromise).get(pathname) ?? [];
}

/** The corrections that touch one entry, e.g. correctionsOf('events', '2024-05-30-kharkiv-exception'). */
export async function correctionsOf(collection: CorrectedCollection, id: string): Promise<CorrectionEntry[]> {
	return (await corrections()).filter((correction) =>
		(correction.data.touches[collection] as { id: string }[]).some((ref) => ref.id === id),
	);
}

/**
 * The `updated` day of the entry a page is made from, if any (docs, glossary terms, people and
 * places); `entry: false` for pages built from whole collections (the timeline, the indexes,
 * /sources/), which change whenever the story is updated.
 */
async function ownDay(pathname: string): Promise<{ entry: boolean; day?: Date }> {
	for (const doc of await getCollection('docs'))
		if (entryHref('docs', doc.id) === pathname) return { entry: true, day: doc.data.updated };
	for (const collection of ['glossary', 'people', 'places'] as const)
		for (const entry of await getCollection(collection))
			if (entryHref(collection, entry.id) === pathname) return { entry: true, day: entry.data.updated };
	return { entry: false };
}

/**
 * The day a page was last updated, from content: the latest of the day the explainer was
 * published (the story's `published`), the page's own `updated` field and the corrections that
 * touch it; for a page built from whole collections, the story's latest update (`updates`)
 * too, which adds entries to them. The content check makes sure no page's text names a later
 * day than this. Pass the page's path with the base, as `Astro.url.pathname` gives it:
 * lastUpdated("/story/background/").
 */
export async function lastUpdated(pathname: string): Promise<Date> {
	// The list of corrections changes with every correction.
	const listed = pathname === sitePath('corrections/') ? await corrections() : await correctionsFor(pathname);
	const own = await ownDay(pathname);
	const settings = await story();
	const days = [
		settings.published,
		...(own.day ? [own.day] : []),
		...(own.entry ? [] : settings.updates.map((update) => update.date)),
		...listed.map((correction) => correction.data.date),
	];
	return new Date(Math.max(...days.map((day) => day.getTime())));
}
