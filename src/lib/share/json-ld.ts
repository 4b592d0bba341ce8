import type {
	CreativeWork,
	DefinedTerm,
	DefinedTermSet,
	NewsArticle,
	Organization,
	Person,
	Place,
	WebSite,
	WithContext,
} from 'schema-dts';
import { isoDate } from '../site/dates.ts';

/** Serialises JSON-LD for a `<script type="application/ld+json">`: "<" is escaped so no text can close the tag. */
export function jsonLdScript(data: unknown): string {
	return JSON.stringify(data).replace(/</g, '\\u003c');
}

export interface DefinedTermInput {
	slug: string;
	term: string;
	aliases: string[];
	definition: string;
	url: string;
}

const termSetId = (setUrl: string) => `${setUrl}#glossary`;

/** schema.org DefinedTerm for one glossary entry. */
export function definedTerm(term: DefinedTermInput, setUrl: string): DefinedTerm {
	return {
		'@type': 'DefinedTerm',
		'@id': term.url,
		name: term.term,
		...(term.aliases.length > 0 ? { alternateName: term.aliases } : {}),
		description: term.definition,
		termCode: term.slug,
		url: term.url,
		inDefinedTermSet: termSetId(setUrl),
	};
}

/** schema.org DefinedTermSet naming every term; `name` e.g. "Glossary: The ATACMS decision". */
export function definedTermSet(
	terms: readonly DefinedTermInput[],
	setUrl: string,
	name: string,
): WithContext<DefinedTermSet> {
	return {
		'@context': 'https://schema.org',
		'@type': 'DefinedTermSet',
		'@id': termSetId(setUrl),
		name,
		url: setUrl,
		// Each term by name and address: its page has the whole DefinedTerm under the same @id
		// (definition, other names), so the glossary page does not carry every definition twice.
		hasDefinedTerm: terms.map((term) => ({ '@type': 'DefinedTerm', '@id': term.url, name: term.term, url: term.url })),
	};
}

/** Who publishes the site: its name, home page and a square logo (absolute addresses when the site has a host). */
export interface PublisherInput {
	name: string;
	url: string;
	logo: { url: string; width: number; height: number };
}

/** A size in pixels as schema.org writes one (UN/CEFACT unit code E37). */
const pixels = (value: number) => ({ '@type': 'QuantitativeValue', value, unitCode: 'E37' }) as const;

/** schema.org Organization for the publisher, with its logo as an ImageObject. */
function publisherOrganization(publisher: PublisherInput): Organization {
	return {
		'@type': 'Organization',
		name: publisher.name,
		url: publisher.url,
		logo: {
			'@type': 'ImageObject',
			url: publisher.logo.url,
			width: pixels(publisher.logo.width),
			height: pixels(publisher.logo.height),
		},
	};
}

/** What a story page's NewsArticle says; the caller takes it from the page and its references. */
export interface NewsArticleInput {
	url: string;
	headline: string;
	description: string;
	datePublished: Date;
	dateModified: Date;
	publisher: PublisherInput;
	/** Who wrote it (the story settings' `author`), a person or a desk; absent, the publisher is named. */
	author?: string;
	/** The page's preview image, absolute when the site has a host. */
	image?: string;
	sources: { title: string; publisher: string; date?: Date; url?: string }[];
	/** Glossary terms the page links, as DefinedTerms of the glossary. */
	terms: DefinedTermInput[];
	people: { name: string; role?: string; url: string }[];
	places: { name: string; lat: number; lon: number; url: string }[];
}

/** schema.org NewsArticle for a story page: sources as `citation`, glossary terms as `about`, people and places as `mentions`. */
export function newsArticle(page: NewsArticleInput, setUrl: string): WithContext<NewsArticle> {
	const sources: CreativeWork[] = page.sources.map((source) => ({
		'@type': 'CreativeWork',
		name: source.title,
		publisher: { '@type': 'Organization', name: source.publisher },
		...(source.date ? { datePublished: isoDate(source.date) } : {}),
		...(source.url ? { url: source.url } : {}),
	}));
	const people: Person[] = page.people.map((person) => ({
		'@type': 'Person',
		name: person.name,
		url: person.url,
		...(person.role ? { jobTitle: person.role } : {}),
	}));
	const places: Place[] = page.places.map((place) => ({
		'@type': 'Place',
		name: place.name,
		url: place.url,
		geo: { '@type': 'GeoCoordinates', latitude: place.lat, longitude: place.lon },
	}));
	// A reference to each term, not the whole entry: the term pages carry the definitions, and
	// story pages stay light.
	const terms: DefinedTerm[] = page.terms.map((term) => ({
		'@type': 'DefinedTerm',
		'@id': term.url,
		name: term.term,
		termCode: term.slug,
		inDefinedTermSet: termSetId(setUrl),
	}));
	return {
		'@context': 'https://schema.org',
		'@type': 'NewsArticle',
		'@id': `${page.url}#article`,
		mainEntityOfPage: page.url,
		url: page.url,
		headline: page.headline,
		description: page.description,
		datePublished: isoDate(page.datePublished),
		dateModified: isoDate(page.dateModified),
		author: page.author
			? { '@type': 'Organization', name: page.author }
			: { '@type': 'Organization', name: page.publisher.name, url: page.publisher.url },
		publisher: publisherOrganization(page.publisher),
		...(page.image ? { image: page.image } : {}),
		citation: sources,
		about: terms,
		mentions: [...people, ...places],
	};
}

/** schema.org WebSite for the home page: the site's name, address, language and publisher. */
export function webSite(site: {
	name: string;
	url: string;
	description: string;
	publisher: PublisherInput;
}): WithContext<WebSite> {
	return {
		'@context': 'https://schema.org',
		'@type': 'WebSite',
		'@id': `${site.url}#website`,
		name: site.name,
		url: site.url,
		description: site.description,
		inLanguage: 'en',
		publisher: publisherOrganization(site.publisher),
	};
}
