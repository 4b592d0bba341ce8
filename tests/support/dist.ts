import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { filesUnder, pagePathOf } from '../../src/lib/site/built-files.ts';
import { attributeOf, elementsOf } from './html.ts';

/** Every HTML file of a built site, as site paths ("/", "/glossary/atacms/", "/404.html"). */
export function builtPages(distDir: string): string[] {
	return filesUnder(distDir)
		.filter((file) => file.endsWith('.html') && !/^(pagefind|_astro)\//.test(file))
		.map(pagePathOf);
}

/**
 * One page of each kind: the first of the pages that share a template ("/glossary/atacms/" for
 * every "/glossary/…/"), and every page that has a path of its own ("/", "/glossary/", "/404.html").
 */
export function onePageOfEachKind(pages: readonly string[]): string[] {
	const seen = new Set<string>();
	return pages.filter((page) => {
		const kind = pageKind(page);
		if (seen.has(kind)) return false;
		seen.add(kind);
		return true;
	});
}

/** The kind of a page: "/glossary/*\/" for every glossary entry, its own path for a page of its own. */
export const pageKind = (page: string) => page.replace(/^(\/[^/]+\/)[^/]+\/$/, '$1*/');

/** The file a site path is served from. */
export function fileFor(distDir: string, sitePath: string): string {
	const clean = decodeURIComponent(sitePath.split(/[?#]/)[0]!);
	return path.join(distDir, clean.endsWith('/') ? `${clean}index.html` : clean);
}

/** The ids in an HTML file, for checking #fragments. */
export function idsIn(html: string): Set<string> {
	return new Set(
		elementsOf(html)
			.map((element) => attributeOf(element, 'id'))
			.filter((id): id is string => id !== undefined),
	);
}

export function readHtml(distDir: string, sitePath: string): string {
	return readFileSync(fileFor(distDir, sitePath), 'utf8');
}

/** Every href and src in an HTML file, with its attribute, however it is quoted (parsed, not matched). */
function targetsIn(html: string): { attribute: string; target: string }[] {
	return elementsOf(html).flatMap((element) =>
		element.attrs
			.filter((attribute) => attribute.name === 'href' || attribute.name === 'src')
			.map((attribute) => ({ attribute: attribute.name, target: attribute.value })),
	);
}

/** Whether a target names a scheme or another host ("https://…", "//…", "mailto:", "data:"): not a file of this site. */
const hasScheme = (target: string) => /^(?:[a-z]+:|\/\/)/i.test(target);

/**
 * Every href/src in an HTML file that points into the site. The rest are left out on purpose:
 * `data:` images, and links to other sites, which `externalTargets` lists for their own checks
 * (marked as external, https, never loaded).
 */
export function internalTargets(html: string): string[] {
	return targetsIn(html)
		.map(({ target }) => target)
		.filter((target) => !hasScheme(target));
}

/**
 * Every href/src in an HTML file that leaves the site: "https://www.defense.gov/…", "//cdn…",
 * "mailto:…". `data:` is not included; it is part of the page. A site built with SITE_URL names
 * its own pages absolutely (canonical, og:url): pass `site` to leave those out.
 */
export function externalTargets(html: string, site?: string): { attribute: string; target: string }[] {
	return targetsIn(html).filter(
		({ target }) =>
			hasScheme(target) && !target.startsWith('data:') && !(site && target.startsWith(`${site.replace(/\/$/, '')}/`)),
	);
}

export const exists = (file: string) => {
	try {
		return statSync(file).isFile();
	} catch {
		return false;
	}
};

/**
 * The links on one built page that lead nowhere: to a file the build does not have, to a
 * #fragment missing from its page, or (for a site built under a sub-path) outside that sub-path.
 */
export function brokenLinks(distDir: string, page: string, base = '/'): string[] {
	const broken: string[] = [];
	for (const target of internalTargets(readHtml(distDir, page))) {
		const url = new URL(target, `http://site${base.replace(/\/$/, '')}${page}`);
		if (!url.pathname.startsWith(base)) {
			broken.push(`${target} (outside ${base})`);
			continue;
		}
		const file = fileFor(distDir, `/${url.pathname.slice(base.length)}`);
		if (!exists(file)) {
			broken.push(`${target} (no file)`);
			continue;
		}
		const fragment = decodeURIComponent(url.hash.slice(1));
		if (fragment && file.endsWith('.html') && !idsIn(readFileSync(file, 'utf8')).has(fragment)) {
			broken.push(`${target} (no #${fragment})`);
		}
	}
	return broken;
}
