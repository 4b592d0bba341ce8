/**
 * The pages readers can cite, and what the citations say about the site. Used by the
 * "Cite this page" block and by the RIS and CSL-JSON downloads (src/pages/cite/).
 */
import { entryHref } from './site-path';
import { getCollection, getEntries, render, type CollectionEntry } from 'astro:content';
import { storyChapters } from '../lib/content/reading-order';
import type { CitablePage, CitationSettings } from '../lib/share/citation';
import { newsArticle, webSite, type PublisherInput } from '../lib/share/json-ld';
import { absoluteUrl, withBase } from '../lib/site/urls';
import { lastUpdated } from './corrections';
import { definedTermInput, glossarySetUrl, story } from './site';

const base = import.meta.env.BASE_URL;

/** Site name, publisher and author for citations, from the story settings. */
export async function citationSettings(): Promise<CitationSettings> {
	const settings = await story();
	const siteName = settings.siteName ?? settings.title;
	return { siteName, publisher: settings.publisher ?? siteName, author: settings.author };
}

export interface CitablePageWithPath extends CitablePage {
	/** The page's path, base included, e.g. "/story/background/". */
	path: string;
}

/** Story sections, the glossary and every term page: the pages that carry "Cite this page", by key, title and path. */
export async function citablePaths(): Promise<{ key: string; title: string; path: string }[]> {
	const docs = storyChapters(await getCollection('docs'));
	const terms = (await getCollection('glossary')).sort((a, b) => a.id.localeCompare(b.id));
	return [
		...docs.map((doc) => ({ key: doc.id.replace(/\//g, '-'), title: doc.data.title, path: entryHref('docs', doc.id) })),
		{ key: 'glossary', title: 'Glossary', path: withBase(base, 'glossary/') },
		...terms.map((term) => ({
			key: `glossary-${term.id}`,
			title: term.data.term,
			path: entryHref('glossary', term.id),
		})),
	];
}

/** A citable page as citations describe it: the address absolute when the site has a host. */
const citable = async ({ key, title, path }: { key: string; title: string; path: string }, site: URL | undefined) => ({
	key,
	title,
	path,
	url: absoluteUrl(path, site),
	// The latest of the story's `published` day, the page's own `updated` day and its corrections.
	updated: await lastUpdated(path),
});

/** Every citable page, as citations describe them. */
export async function citablePages(site: URL | undefined): Promise<CitablePageWithPath[]> {
	return Promise.all((await citablePaths()).map((page) => citable(page, site)));
}

/** The citable page at a path ("/story/background/"), or undefined for a page without "Cite this page". */
export async function citablePage(path: string, site: URL | undefined): Promise<CitablePageWithPath | undefined> {
	const page = (await citablePaths()).find((candidate) => candidate.path === path);
	return page && citable(page, site);
}

/** The site's address from `SITE_URL` (Astro's `site`, set in src/plugin.ts), where Astro.site is out of reach. */
export const configuredSite = () => (import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined);

/** Where a page's citation files are: "/cite/story-background.ris". */
export const citationFile = (key: string, extension: 'ris' | 'json') => withBase(base, `cite/${key}.${extension}`);

/** The site's square logo for structured data, drawn from the favicon by src/pages/og/logo.png.ts. */
export const logoImage = { path: withBase(base, 'og/logo.png'), width: 512, height: 512 } as const;

/** Who publishes the site, for structured data: the story settings' `publisher`, the home page and the logo. */
async function publisher(site: URL | undefined): Promise<PublisherInput> {
	return {
		name: (await citationSettings()).publisher,
		url: absoluteUrl(withBase(base, ''), site),
		logo: { ...logoImage, url: absoluteUrl(logoImage.path, site) },
	};
}

/** The home page's WebSite JSON-LD. */
export async function homeWebSite(site: URL | undefined) {
	const settings = await story();
	const { siteName } = await citationSettings();
	return webSite({
		name: siteName,
		url: absoluteUrl(withBase(base, ''), site),
		description: settings.description,
		publisher: await publisher(site),
	});
}

/** The NewsArticle JSON-LD of a story page, from its frontmatter references and the terms it links. */
export async function storyArticle(entry: CollectionEntry<'docs'>, site: URL | undefined, image?: string) {
	const settings = await story();
	const names = await citationSettings();
	const absolute = (path: string) => absoluteUrl(path, site);
	const { remarkPluginFrontmatter } = await render(entry);
	const linked = (remarkPluginFrontmatter.glossaryLinks as string[] | undefined) ?? [];
	const termIds = [...new Set([...entry.data.terms.map((ref) => ref.id), ...linked])].sort();
	const terms = (await getCollection('glossary')).filter((term) => termIds.includes(term.id));
	const sources = await getEntries(entry.data.sources);
	const people = await getEntries(entry.data.people);
	const places = await getEntries(entry.data.places);
	const url = absolute(entryHref('docs', entry.id));
	return newsArticle(
		{
			url,
			headline: entry.data.title,
			description: entry.data.description ?? settings.description,
			datePublished: settings.published,
			dateModified: await lastUpdated(entryHref('docs', entry.id)),
			publisher: await publisher(site),
			author: names.author,
			image,
			sources: sources.map((source) => ({ ...source.data })),
			terms: terms.map((term) => definedTermInput(term, site)),
			people: people.map((person) => ({
				name: person.data.name,
				role: person.data.role,
				url: absolute(entryHref('people', person.id)),
			})),
			places: places.map((place) => ({
				name: place.data.name,
				lat: place.data.lat,
				lon: place.data.lon,
				url: absolute(entryHref('places', place.id)),
			})),
		},
		glossarySetUrl(site),
	);
}
