/**
 * The pages readers can cite, and what the citations say about the site. Used by the
 * "Cite this page" block and by the RIS and CSL-JSON downloads (src/pages/cite/).
 */
import { getCollection } from 'astro:content';
import type { CitablePage, CitationSettings } from '../lib/share/citation';
import { withBase } from '../lib/site/urls';
import { docUrl, story } from './site';

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
	const settings = await story();
	const updated = settings.reportDate;
	const page = (key: string, title: string, path: string): CitablePageWithPath => ({
		key,
		title,
		path,
		url: site ? new URL(path, site).href : path,
		updated,
	});
	const docs = (await getCollection('docs'))
		.filter((doc) => doc.data.section === 'story')
		.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
	const terms = (await getCollection('glossary')).sort((a, b) => a.id.localeCompare(b.id));
	return [
		...docs.map((doc) => page(doc.id.replace(/\//g, '-'), doc.data.title, docUrl(doc.id))),
		page('glossary', 'Glossary', withBase(base, 'glossary/')),
		...terms.map((term) => page(`glossary-${term.id}`, term.data.term, withBase(base, `glossary/${term.id}/`))),
	];
}

/** The site's address from `SITE_URL` (astro.config.mjs `site`), where Astro.site is out of reach. */
export const configuredSite = () => (import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined);

/** Where a page's citation files are: "/cite/story-background.ris". */
export const citationFile = (key: string, extension: 'ris' | 'json') => withBase(base, `cite/${key}.${extension}`);
