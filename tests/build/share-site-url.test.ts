import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, projectRoot } from '../support/build.ts';

/**
 * With SITE_URL set, everything that leaves the page carries a full address: citations and
 * their files, the feed, link previews, the canonical link and the structured data. The shared
 * test build has no SITE_URL, so this builds the small second story with one, under a sub-path.
 */
const site = 'https://example.org';
const base = '/tunnel/';
const home = `${site}${base}`;
const work = mkdtempSync(path.join(tmpdir(), 'site-url-'));
const distDir = path.join(work, 'dist');
let build: { status: number | null; output: string };

beforeAll(async () => {
	build = await astroBuild({
		CONTENT_DIR: path.join(projectRoot, 'tests/fixtures/second-story'),
		OUT_DIR: distDir,
		ASTRO_CACHE_DIR: path.join(work, 'cache'),
		SITE_URL: site,
		BASE_PATH: base,
	});
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const read = (file: string) => readFileSync(path.join(distDir, file), 'utf8');
const pages = () =>
	readdirSync(distDir, { recursive: true })
		.map(String)
		.filter((file) => file.endsWith('index.html') && !file.startsWith('pagefind'));
const meta = (html: string, key: 'property' | 'name', name: string) =>
	html.match(new RegExp(`<meta ${key}="${name}" content="([^"]*)"`))?.[1];

describe('a build with SITE_URL', () => {
	it('builds', () => {
		expect(build.status, build.output.slice(-3000)).toBe(0);
	});

	it('gives every page an absolute canonical link, og:url, og:image and twitter:image', () => {
		expect(pages().length).toBeGreaterThan(10);
		for (const file of pages()) {
			const html = read(file);
			const own = `${home}${file.replace(/index\.html$/, '')}`;
			expect(html.match(/<link rel="canonical" href="([^"]*)"/)?.[1], file).toBe(own);
			expect(meta(html, 'property', 'og:url'), file).toBe(own);
			expect(meta(html, 'property', 'og:image'), file).toMatch(new RegExp(`^${home}og/.+\\.png$`));
			expect(meta(html, 'name', 'twitter:image'), file).toBe(meta(html, 'property', 'og:image'));
		}
	});

	it('writes the full address into every citation on the page, with nothing left for the script', () => {
		const html = read('story/background/index.html');
		const block = html.match(/<section class="cite-page"[\s\S]*?<\/section>/)![0];
		expect(block).not.toContain('data-cite-path');
		const apa = block.match(/<span class="cite-text" id="cite-apa">([\s\S]*?)<\/span>\s*<\/p>/)![1]!;
		const texts = [apa, ...[...block.matchAll(/class="csl-entry">([\s\S]*?)<\/div>/g)].map((m) => m[1]!)];
		expect(texts.length).toBeGreaterThanOrEqual(3);
		for (const text of texts) expect(text).toContain(`${home}story/background/`);
		expect(block).not.toMatch(/[\s>{]\/tunnel\/story\/background\//);
	});

	it('writes full addresses into the citation files', () => {
		for (const file of readdirSync(path.join(distDir, 'cite'))) {
			const text = read(`cite/${file}`);
			if (file.endsWith('.ris')) expect(text, file).toMatch(new RegExp(`^UR {2}- ${home}\\S+$`, 'm'));
			else expect((JSON.parse(text) as { URL: string }[])[0]!.URL, file).toMatch(new RegExp(`^${home}`));
		}
	});

	it('writes full addresses into the feed, the glossary export and llms.txt', () => {
		const hrefs = [...read('feed.xml').matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
		expect(hrefs.length).toBeGreaterThan(2);
		for (const href of hrefs) expect(href).toMatch(new RegExp(`^${home}`));
		for (const term of (JSON.parse(read('glossary.json')) as { terms: { url: string }[] }).terms)
			expect(term.url).toMatch(new RegExp(`^${home}glossary/`));
		const links = [...read('llms.txt').matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1]!);
		expect(links.length).toBeGreaterThan(3);
		for (const link of links) expect(link).toMatch(new RegExp(`^${home}`));
	});

	it('writes full addresses into the structured data, the publisher’s logo included', () => {
		const [site, article] = [
			...read('index.html').matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g),
		].map((m) => JSON.parse(m[1]!) as { url: string; publisher: { url: string; logo: { url: string } } });
		expect(site!.url).toBe(home);
		expect(article!.url).toBe(home);
		expect(article!.publisher.logo.url).toBe(`${home}og/logo.png`);
		expect(read('og/logo.png').length).toBeGreaterThan(0);
	});
});
