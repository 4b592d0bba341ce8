/**
 * The pages readers can cite, and what the citations say about the site. Used by the
 * "Cite this page" block and by the RIS and CSL-JSON downloads (src/pages/cite/).
 */
import { getCollection, getEntries, render, type CollectionEntry } from 'astro:content';
import type { CitablePage, CitationSettings } from '../lib/share/citation';
import { newsArticle } from '../lib/site/json-ld';
import { withBase } from '../lib/site/urls';
import { lastUpdated } from './corrections';
import { definedTermInput, docUrl, glossarySetUrl, story } from './site';

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

/** Story sections, the glossary and every term page: the pages that carry "Cite this page". */
export async function citablePages(site: URL | undefined): Promise<CitablePageWithPath[]> {
	const page = async (key: string, title: string, path: string): Promise<CitablePageWithPath> => ({
		key,
		title,
		path,
		url: site ? new URL(path, site).href : path,
		// The page's last-updated day: its latest correction, else its `updated` frontmatter, else the report date.
		updated: await lastUpdated(path),
	});
	const docs = (await getCollection('docs'))
		.filter((doc) => doc.data.section === 'story')
		.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
	const terms = (await getCollection('glossary')).sort((a, b) => a.id.localeCompare(b.id));
	return Promise.all([
		...docs.map((doc) => page(doc.id.replace(/\//g, '-'), doc.data.title, docUrl(doc.id))),
		page('glossary', 'Glossary', withBase(base, 'glossary/')),
		...terms.map((term) => page(`glossary-${term.id}`, term.data.term, withBase(base, `glossary/${term.id}/`))),
	]);
}

/** The site's address from `SITE_URL` (astro.config.mjs `site`), where Astro.site is out of reach. */
export const configuredSite = () => (import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined);

/** Where a page's citation files are: "/cite/story-background.ris". */
export const citationFile = (key: string, extension: 'ris' | 'json') => withBase(base, `cite/${key}.${extension}`);

/** The NewsArticle JSON-LD of a story page, from its frontmatter references and the terms it links. */
export async function storyArticle(entry: CollectionEntry<'docs'>, site: URL | undefined, image?: string) {
	const settings = await story();
	const names = await citationSettings();
	const absolute = (path: string) => (site ? new URL(path, site).href : path);
	const { remarkPluginFrontmatter } = await render(entry);
	const linked = (remarkPluginFrontmatter.glossaryLinks as string[] | undefined) ?? [];
	const termIds = [...new Set([...entry.data.terms.map((ref) => ref.id), ...linked])].sort();
	const terms = (await getCollection('glossary')).filter((term) => termIds.includes(term.id));
	const sources = await getEntries(entry.data.sources);
	const people = await getEntries(entry.data.people);
	const places = await getEntries(entry.data.places);
	const url = absolute(docUrl(entry.id));
	return newsArticle(
		{
			url,
			headline: entry.data.title,
			description: entry.data.description ?? settings.description,
			datePublished: settings.published,
			dateModified: await lastUpdated(docUrl(entry.id)),
			publisher: { name: names.publisher, url: absolute(withBase(base, '')) },
			image,
			sources: sources.map((source) => ({ ...source.data })),
			terms: terms.map((term) => definedTermInput(term, site)),
			people: people.map((person) => ({
				name: person.data.name,
				role: person.data.role,
				url: absolute(withBase(base, `people/${person.id}/`)),
			})),
			places: places.map((place) => ({
				name: place.data.name,
				lat: place.data.lat,
				lon: place.data.lon,
				url: absolute(withBase(base, `places/${place.id}/`)),
			})),
		},
		glossarySetUrl(site),
	);
}
