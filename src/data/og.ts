/**
 * What each page's link-preview image shows, keyed by page path. The images are drawn by the
 * endpoint src/pages/og/[...image].ts; the route middleware (src/route-share.ts) points each
 * page's og:image at its file, and the article's JSON-LD (src/components/PageJsonLd.astro) names it.
 */
import { entryHref } from './site-path';
import { getCollection } from 'astro:content';
import type { OgCard } from '../lib/share/og-image';
import { formatDate } from '../lib/site/dates';
import { absoluteUrl, withBase } from '../lib/site/urls';
import { mapForPlace, mapSvg } from './maps';
import { citationSettings } from './share';
import { story } from './site';

const base = import.meta.env.BASE_URL;

export interface OgPage {
	/** The page's path, base included, e.g. "/story/background/". */
	path: string;
	/** The image's file under og/, e.g. "story/background.png" ("index.png" for the home page). */
	file: string;
	card: OgCard;
}

const sectionLabels = { overview: 'Overview', story: 'The story', reference: 'Reference' } as const;

/** The generated index pages, which have no content entry of their own. */
const indexPages = [
	['glossary/', 'Glossary'],
	['people/', 'People'],
	['places/', 'Places'],
	['timeline/', 'Timeline'],
	['sources/', 'Sources'],
	['corrections/', 'Corrections'],
] as const;

/** Every page that gets a preview image. */
export async function ogPages(): Promise<OgPage[]> {
	const settings = await story();
	const { siteName } = await citationSettings();
	const dateLine = `As reported on ${formatDate(settings.reportDate)}`;
	const page = (path: string, card: Omit<OgCard, 'siteName' | 'dateLine'>): OgPage => {
		const relative = path.slice(base.length).replace(/\/$/, '');
		return { path, file: `${relative || 'index'}.png`, card: { ...card, siteName, dateLine } };
	};
	const docs = await getCollection('docs');
	const pages: OgPage[] = docs.map((doc) =>
		page(entryHref('docs', doc.id), {
			title: doc.data.title,
			section: sectionLabels[doc.data.section],
			text: doc.data.description,
		}),
	);
	for (const [path, title] of indexPages) pages.push(page(withBase(base, path), { title, section: 'Reference' }));
	for (const term of await getCollection('glossary'))
		pages.push(
			page(entryHref('glossary', term.id), {
				title: term.data.term,
				section: 'Glossary',
				text: term.data.definition,
			}),
		);
	for (const person of await getCollection('people'))
		pages.push(
			page(entryHref('people', person.id), {
				title: person.data.name,
				section: 'Person',
				text: person.data.role,
			}),
		);
	for (const place of await getCollection('places')) {
		const mapId = await mapForPlace(place.id);
		pages.push(
			page(entryHref('places', place.id), {
				title: place.data.name,
				section: 'Place',
				text: place.data.summary,
				...(mapId ? { mapSvg: await mapSvg(mapId, place.id) } : {}),
			}),
		);
	}
	return pages.sort((a, b) => a.path.localeCompare(b.path));
}

/** The preview image of a page, or undefined for a page without one (the 404 page). */
async function ogPageFor(path: string): Promise<OgPage | undefined> {
	ogPagesPromise ??= ogPages();
	return (await ogPagesPromise).find((candidate) => candidate.path === path);
}
let ogPagesPromise: Promise<OgPage[]> | undefined;

/** Where a page's image is served, base included: "/og/story/background.png". */
const ogImagePath = (page: OgPage) => withBase(base, `og/${page.file}`);

/** A page's preview image and its address (absolute when the site's address is known), or undefined without one. */
export async function ogImageFor(
	path: string,
	site: URL | undefined,
): Promise<{ page: OgPage; url: string } | undefined> {
	const page = await ogPageFor(path);
	return page && { page, url: absoluteUrl(ogImagePath(page), site) };
}
