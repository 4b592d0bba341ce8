import { readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/build.ts';
import { builtPages, readHtml } from '../support/dist.ts';
import { useDist } from '../support/site.ts';

const { distDir } = useDist();
const pages = builtPages(distDir);
const storyPages = pages.filter((page) => page.startsWith('/story/'));
const settings = yaml.load(readFileSync(path.join(projectRoot, 'src/content/story/story.yaml'), 'utf8')) as {
	published: Date;
	reportDate: Date;
};

type Thing = Record<string, unknown> & { '@type': string };
const jsonLdOf = (page: string): Thing[] =>
	[...readHtml(distDir, page).matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)].map(
		(match) => JSON.parse(match[1]!) as Thing,
	);

describe('structured data on the built pages', () => {
	it.each(storyPages)('%s is a NewsArticle with every required property', (page) => {
		const articles = jsonLdOf(page).filter((thing) => thing['@type'] === 'NewsArticle');
		expect(articles).toHaveLength(1);
		const article = articles[0]!;
		for (const property of ['headline', 'description', 'datePublished', 'dateModified', 'publisher', 'url'])
			expect(article, `${page}: ${property}`).toHaveProperty(property);
		// The day this explainer came out, not the day of the report it explains.
		expect(article.datePublished).toBe(settings.published.toISOString().slice(0, 10));
		expect(String(article.dateModified) >= String(article.datePublished)).toBe(true);
		expect(article.publisher).toMatchObject({
			'@type': 'Organization',
			name: expect.any(String),
			logo: { '@type': 'ImageObject', url: expect.any(String), width: { value: 512 }, height: { value: 512 } },
		});
		expect(article.author).toMatchObject({ '@type': 'Organization', name: expect.any(String) });
		const citation = article.citation as Thing[];
		expect(citation.length, `${page}: citation`).toBeGreaterThan(0);
		expect(citation.every((work) => work['@type'] === 'CreativeWork' && typeof work.name === 'string')).toBe(true);
		const about = article.about as Thing[];
		expect(about.length, `${page}: about`).toBeGreaterThan(0);
		expect(about.every((term) => term['@type'] === 'DefinedTerm')).toBe(true);
		const mentions = article.mentions as Thing[];
		expect(mentions.length, `${page}: mentions`).toBeGreaterThan(0);
		expect(mentions.every((thing) => ['Person', 'Place'].includes(thing['@type']))).toBe(true);
	});

	it('gives the home page the site as a WebSite and its story as a NewsArticle, by the same publisher', () => {
		const things = jsonLdOf('/');
		const site = things.find((thing) => thing['@type'] === 'WebSite');
		const article = things.find((thing) => thing['@type'] === 'NewsArticle');
		expect(site).toMatchObject({ name: expect.any(String), url: expect.any(String), inLanguage: 'en' });
		expect(article).toMatchObject({ datePublished: settings.published.toISOString().slice(0, 10) });
		expect(site!.publisher).toEqual(article!.publisher);
	});

	it('points the publisher’s logo at a square PNG the build wrote', () => {
		const logo = (jsonLdOf('/').find((thing) => thing['@type'] === 'WebSite')!.publisher as Thing).logo as Thing;
		const png = readFileSync(path.join(distDir, new URL(String(logo.url), 'http://site.invalid').pathname));
		expect(png.subarray(1, 4).toString()).toBe('PNG');
		const size = (value: unknown) => (value as { value: number }).value;
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size(logo.width), size(logo.height)]);
	});

	it('links every term the page links in its text as `about`', () => {
		for (const page of storyPages) {
			const html = readHtml(distDir, page);
			const linked = new Set([...html.matchAll(/class="term-link" data-term="([^"]+)"/g)].map((m) => m[1]));
			const about = (jsonLdOf(page).find((thing) => thing['@type'] === 'NewsArticle')!.about as Thing[]).map(
				(term) => term.termCode,
			);
			for (const slug of linked) expect(about, `${page} links ${slug}`).toContain(slug);
		}
	});

	it('keeps the glossary as a DefinedTermSet and each term as a DefinedTerm', () => {
		const set = jsonLdOf('/glossary/').find((thing) => thing['@type'] === 'DefinedTermSet');
		expect(set?.hasDefinedTerm).toEqual(expect.arrayContaining([expect.objectContaining({ '@type': 'DefinedTerm' })]));
		const termPage = pages.find((page) => /^\/glossary\/[^/]+\/$/.test(page))!;
		const term = jsonLdOf(termPage).find((thing) => thing['@type'] === 'DefinedTerm');
		expect(term?.description).toEqual(expect.any(String));
		// The set names the term by the @id under which its page describes it in full.
		expect(set?.hasDefinedTerm).toEqual(expect.arrayContaining([expect.objectContaining({ '@id': term?.['@id'] })]));
	});
});
