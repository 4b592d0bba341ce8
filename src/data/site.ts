/**
 * Loads the collections once per build and derives what several pages need: the link graph
 * behind "Mentioned in", and the glossary search index. Pure logic lives in src/lib/.
 */
import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import { buildGlossaryIndex } from '../lib/glossary/search-index';
import { buildBacklinks, entryKey, type LinkSource } from '../lib/content/link-graph';
import { absoluteUrl } from '../lib/site/urls';
import { entryHref, sitePath } from './site-path';

let backlinksPromise: Promise<ReturnType<typeof buildBacklinks>> | undefined;

async function loadBacklinks() {
	const docs = await getCollection('docs');
	const events = await getCollection('events');
	const sources: LinkSource[] = [];
	for (const doc of docs.sort((a, b) => (a.data.order ?? 0) - (b.data.order ?? 0) || a.id.localeCompare(b.id))) {
		const { remarkPluginFrontmatter } = await render(doc);
		const linked = (remarkPluginFrontmatter.glossaryLinks as string[] | undefined) ?? [];
		sources.push({
			url: entryHref('docs', doc.id),
			title: doc.data.title,
			refs: {
				glossary: [...doc.data.terms.map((ref) => ref.id), ...linked],
				people: doc.data.people.map((ref) => ref.id),
				places: doc.data.places.map((ref) => ref.id),
				events: doc.data.events.map((ref) => ref.id),
			},
		});
	}
	for (const term of await getCollection('glossary')) {
		const { remarkPluginFrontmatter } = await render(term);
		sources.push({
			url: entryHref('glossary', term.id),
			title: `Glossary: ${term.data.term}`,
			refs: { glossary: (remarkPluginFrontmatter.glossaryLinks as string[] | undefined) ?? [] },
		});
	}
	const { reportDate } = await story();
	for (const event of sortEvents(events)) {
		sources.push({
			url: entryHref('events', event.id),
			title: `Timeline: ${event.data.title}${event.data.date > reportDate ? ' (later)' : ''}`,
			refs: {
				glossary: event.data.terms.map((ref) => ref.id),
				people: event.data.people.map((ref) => ref.id),
				places: event.data.places.map((ref) => ref.id),
			},
		});
	}
	return buildBacklinks(sources);
}

/** Pages and timeline entries that mention an entry, e.g. mentionsOf('people', 'joe-biden'). */
export async function mentionsOf(collection: 'glossary' | 'people' | 'places', id: string) {
	backlinksPromise ??= loadBacklinks();
	return (await backlinksPromise).get(entryKey(collection, id)) ?? [];
}

/** Events in date order, then by id, the same on every build. */
export function sortEvents(events: CollectionEntry<'events'>[]): CollectionEntry<'events'>[] {
	return [...events].sort((a, b) => a.data.date.getTime() - b.data.date.getTime() || a.id.localeCompare(b.id));
}

/** The glossary search index, shared by /glossary/, glossary-index.json and the terminal lookup. */
export async function glossaryIndex() {
	return buildGlossaryIndex(await getCollection('glossary'));
}

/** A glossary entry as schema.org DefinedTerm input, with absolute URLs when the site has a host. */
export function definedTermInput(entry: CollectionEntry<'glossary'>, site: URL | undefined) {
	return {
		slug: entry.id,
		term: entry.data.term,
		aliases: entry.data.aliases,
		definition: entry.data.definition,
		url: absoluteUrl(entryHref('glossary', entry.id), site),
	};
}

/** The glossary page's URL, the DefinedTermSet's id. */
export const glossarySetUrl = (site: URL | undefined) => absoluteUrl(sitePath('glossary/'), site);

/** The story's settings (src/content/story/story.yaml): title, report date, phases, decision week. */
export async function story() {
	const entry = await getEntry('story', 'story');
	if (!entry) throw new Error('src/content/story/story.yaml is missing; the site needs its story settings');
	return entry.data;
}
