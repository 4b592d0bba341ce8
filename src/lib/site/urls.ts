import path from 'node:path/posix';

/**
 * URLs within the site: the base path it is served under, links joined to it, and the relative
 * form the copy opened from disk needs. Pure functions; components get `sitePath()` from
 * src/data/site-path.ts, which supplies the base of the current build.
 */

/** Turns a `BASE_PATH` such as "atacms", "/atacms" or "/atacms/" into "/atacms/"; empty is "/". */
export function normalizeBase(raw: string | undefined): string {
	const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
	if (trimmed === '') return '/';
	if (!/^[A-Za-z0-9._~\-/]+$/.test(trimmed)) {
		throw new Error(
			`BASE_PATH "${raw}" has characters a URL path cannot hold; use letters, digits, "-", "_", "." and "/"`,
		);
	}
	return `/${trimmed}/`;
}

/** The collections whose entries have a page of their own, or a place on a shared page. */
export type PagedCollection = 'docs' | 'glossary' | 'people' | 'places' | 'events' | 'sources';

/** The id an event's entry carries on the timeline: "event-2024-11-17-decision-reported". */
export const eventAnchor = (id: string) => `event-${id}`;

/**
 * Where an entry is read, relative to the site's base: a docs page ("story/background/"; "" for
 * the home page), a term, person or place page ("glossary/atacms/"), an event on the timeline
 * ("timeline/#event-…") or a source on the sources page ("sources/#report-2024-11-17"). Every
 * link to an entry is built here.
 */
export function entryPath(collection: PagedCollection, id: string): string {
	switch (collection) {
		case 'docs':
			return id === 'index' ? '' : `${id}/`;
		case 'events':
			return `timeline/#${eventAnchor(id)}`;
		case 'sources':
			return `sources/#${id}`;
		default:
			return `${collection}/${id}/`;
	}
}

/** Joins the site's base path and a site-relative path: ("/atacms/", "glossary/atacms/") → "/atacms/glossary/atacms/". */
export function withBase(base: string, pathname: string): string {
	return `${base.replace(/\/+$/, '')}/${pathname.replace(/^\/+/, '')}`;
}

/**
 * A site path as a full address when the build knows the site's host (`SITE_URL`), else the path
 * as it is: absoluteUrl("/atacms/glossary/", new URL("https://example.org")) → "https://example.org/atacms/glossary/".
 * Citations, feeds, exports and link previews all go through this, so they agree.
 */
export function absoluteUrl(pathname: string, site: URL | string | undefined): string {
	return site ? new URL(pathname, site).href : pathname;
}

/** Whether a URL is root-absolute ("/glossary/"): within this site, so it needs the base path (or, from disk, a relative form). */
export function isRootAbsolute(url: string): boolean {
	return url.startsWith('/') && !url.startsWith('//');
}

/**
 * Rewrites a root-absolute URL ("/glossary/atacms/#related") as a path relative to the page at
 * `pagePath` ("/story/background/"), pointing at the file itself ("../../glossary/atacms/index.html#related"),
 * because a site opened from disk has no server to find index.html or resolve "/".
 */
export function toRelative(url: string, pagePath: string): string {
	if (!isRootAbsolute(url)) return url;
	const match = /^([^?#]*)(.*)$/.exec(url)!;
	let target = match[1]!;
	if (target.endsWith('/')) target += 'index.html';
	const fromDir = pagePath.endsWith('/') ? pagePath : path.dirname(pagePath);
	let relative = path.relative(fromDir, target);
	if (!relative.startsWith('.')) relative = `./${relative}`;
	return relative + match[2]!;
}
