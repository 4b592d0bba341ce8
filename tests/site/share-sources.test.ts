import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/build.ts';
import { builtPages, externalTargets, readHtml } from '../support/dist.ts';
import { attributeOf, childrenOf, descendants, elementsOf, textOf, type Element, type Node } from '../support/html.ts';
import { useDist } from '../support/site.ts';

const { distDir, offlineDir } = useDist();
const sourcesDir = path.join(projectRoot, 'src/content/sources');
const sources = readdirSync(sourcesDir)
	.filter((file) => file.endsWith('.yaml'))
	.map((file) => ({
		id: file.replace(/\.yaml$/, ''),
		...(yaml.load(readFileSync(path.join(sourcesDir, file), 'utf8')) as {
			title: string;
			url?: string;
			noUrl?: string;
			kind: string;
			date?: Date;
		}),
	}));
const settings = yaml.load(readFileSync(path.join(projectRoot, 'src/content/story/story.yaml'), 'utf8')) as {
	origin?: string;
	reportDate: Date;
};

const rawText = (node: Node) => textOf(node, { collapse: false });
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Each link to another site on a page, with what it says and what follows it. */
function externalLinks(html: string) {
	return elementsOf(html)
		.filter((element) => {
			const href = attributeOf(element, 'href') ?? '';
			return element.tagName === 'a' && /^https?:/.test(href);
		})
		.map((link) => {
			const siblings = childrenOf(link.parentNode as Node);
			const next = siblings[siblings.indexOf(link) + 1];
			return {
				href: attributeOf(link, 'href')!,
				classes: (attributeOf(link, 'class') ?? '').split(/\s+/),
				target: attributeOf(link, 'target'),
				note: childrenOf(link).find((child) => 'tagName' in child && attributeOf(child, 'class') === 'sr-only'),
				after:
					next && 'tagName' in next && attributeOf(next, 'class') === 'external-address' ? rawText(next) : undefined,
			};
		});
}

describe('sources link to where a reader can read them', () => {
	const pages = builtPages(distDir);

	it('has sources with addresses to test', () => {
		expect(sources.filter((source) => source.url).length).toBeGreaterThan(0);
	});

	it('links other sites only from <a href>, never loading anything from them', () => {
		for (const page of pages) {
			const found = externalTargets(readHtml(distDir, page));
			expect(
				found.filter(({ attribute }) => attribute !== 'href'),
				`${page} loads from another host`,
			).toEqual([]);
		}
	});

	it.each(pages)('%s marks every link to another site, for screen readers too, in the same tab', (page) => {
		for (const link of externalLinks(readHtml(distDir, page))) {
			// The address as it was found on the public page: two official pages answer on plain http
			// there (the Kremlin's English site, Britannica's print view). A link is followed, never
			// loaded, so it mixes no insecure content into the page.
			expect(link.href, page).toMatch(/^https?:\/\//);
			expect(link.classes, `${page}: ${link.href}`).toContain('external-link');
			expect(link.note && rawText(link.note), `${page}: ${link.href}`).toBe(' (external site)');
			expect(link.target, `${page}: ${link.href}`).toBeUndefined();
		}
	});

	it('links every source that has an address on /sources/, and says why for one that has none', () => {
		const html = readHtml(distDir, '/sources/');
		const all = elementsOf(html);
		for (const source of sources) {
			const term = all.find((element) => element.tagName === 'dt' && attributeOf(element, 'id') === source.id);
			expect(term, source.id).toBeDefined();
			const link = childrenOf(term!).find((child) => 'tagName' in child && child.tagName === 'a') as
				Element | undefined;
			if (source.url) expect(link && attributeOf(link, 'href'), source.id).toBe(source.url);
			if (source.noUrl) {
				const siblings = childrenOf(term!.parentNode as Node).filter((node) => 'tagName' in node);
				const description = siblings[siblings.indexOf(term!) + 1]!;
				expect(textOf(description), source.id).toContain(collapse(source.noUrl));
			}
		}
	});

	it('says on /sources/ where the story comes from, before the list', () => {
		const text = textOf(parse(readHtml(distDir, '/sources/')));
		if (settings.origin) expect(text).toContain(settings.origin);
		expect(text).toMatch(/Reported on \d{1,2} \w+ \d{4}:/);
		expect(text.indexOf('Reported on')).toBeLessThan(text.indexOf('All sources'));
		// Under it, news reports of the report day only, each linked out or to its entry below.
		const list = elementsOf(readHtml(distDir, '/sources/')).find(
			(element) => attributeOf(element, 'class') === 'report-day',
		)!;
		const hrefs = externalLinksIn(list);
		const anchors = anchorsIn(list);
		const listed = sources.filter((source) => hrefs.includes(source.url ?? '') || anchors.includes(`#${source.id}`));
		expect(listed.length).toBeGreaterThan(0);
		expect(listed.length).toBe(childrenOf(list).filter((node) => 'tagName' in node).length);
		for (const source of listed) {
			expect(source.kind, source.id).toBe('report');
			expect(source.date?.getTime(), source.id).toBe(settings.reportDate.getTime());
		}
	});

	it('links sources with an address from each page’s source list', () => {
		const checked = new Set<string>();
		for (const page of pages) {
			for (const item of elementsOf(readHtml(distDir, page)).filter(
				(element) => element.tagName === 'li' && /^source-/.test(attributeOf(element, 'id') ?? ''),
			)) {
				const source = sources.find((each) => `source-${each.id}` === attributeOf(item, 'id'))!;
				const text = textOf(item);
				if (source.url) {
					expect(externalLinksIn(item), `${page}: ${source.id}`).toContain(source.url);
					checked.add(source.id);
				}
				if (source.noUrl) expect(text, `${page}: ${source.id}`).toContain(collapse(source.noUrl));
			}
		}
		expect(checked.size).toBeGreaterThan(0);
	});
});

/** The hrefs of the links inside one element that `wanted` accepts. */
const linksIn = (root: Element, wanted: (href: string) => boolean): string[] =>
	descendants(root)
		.filter((element) => element.tagName === 'a' && wanted(attributeOf(element, 'href') ?? ''))
		.map((link) => attributeOf(link, 'href')!);
/** The in-page links (#…) inside one element. */
const anchorsIn = (root: Element) => linksIn(root, (href) => href.startsWith('#'));
/** The hrefs of the links to other sites inside one element. */
const externalLinksIn = (root: Element) => linksIn(root, (href) => /^https?:/.test(href));

describe('links to other sites in the copy opened from disk', () => {
	it('show their address after the link text, since a reader offline cannot follow them', () => {
		let seen = 0;
		for (const page of builtPages(offlineDir)) {
			for (const link of externalLinks(readHtml(offlineDir, page))) {
				expect(link.after, `${page}: ${link.href}`).toBe(` (${link.href.replace(/^https?:\/\//, '')})`);
				seen++;
			}
		}
		expect(seen).toBeGreaterThan(0);
	});

	it('does not show addresses in the hosted site', () => {
		expect(readHtml(distDir, '/sources/')).not.toContain('external-address');
	});
});
