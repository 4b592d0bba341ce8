import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, readHtml } from '../support/dist.ts';
import { useDist } from '../support/site.ts';

const { distDir } = useDist();
const pages = builtPages(distDir);
const storyPages = pages.filter((page) => page.startsWith('/story/'));
const termPages = pages.filter((page) => /^\/glossary\/[^/]+\/$/.test(page));
const citable = [...storyPages, '/glossary/', ...termPages];

const citeBlock = (page: string) => readHtml(distDir, page).match(/<section class="cite-page"[\s\S]*?<\/section>/)?.[0];

describe('cite this page, in the built site', () => {
	it('covers the story, the glossary and its terms', () => {
		expect(storyPages.length).toBeGreaterThanOrEqual(4);
		expect(termPages.length).toBeGreaterThan(10);
	});

	it.each(citable)('%s shows APA, and MLA, Chicago, BibTeX and RIS in one closed disclosure', (page) => {
		const block = citeBlock(page);
		expect(block, `${page} has no "Cite this page" block`).toBeDefined();
		const [shown, more] = block!.split(/<details class="cite-more">/);
		expect(more, `${page}: no closed disclosure`).toBeDefined();
		expect(shown).toMatch(/>\s*APA \(7th edition\):\s*<\/span>\s*<span class="cite-text" id="cite-apa">/);
		for (const label of ['MLA (9th edition)', 'Chicago (17th edition), bibliography', 'BibTeX', 'RIS'])
			expect(more).toContain(`>${label}</dt>`);
		expect(more).toMatch(/href="[^"]+\.ris" download/);
		expect(block!.match(/<details\b[^>]*>/g)).toEqual(['<details class="cite-more">']);
		expect(block).toMatch(/class="csl-entry"/);
		expect(block).toMatch(/<pre class="shiki[^"]*"[^>]*><code><span class="line"><span style="--shiki-light:/);
		// Copy buttons wait for scripts; the text is there without them.
		expect(block).toMatch(/<button type="button" class="cite-copy"[^>]* hidden>/);
		expect(block).toContain('aria-live="polite"');
	});

	it.each(citable)('%s links RIS and CSL-JSON files that parse', (page) => {
		const block = citeBlock(page)!;
		const [ris, json] = ['ris', 'json'].map((ext) => block.match(new RegExp(`href="([^"]+\\.${ext})" download`))?.[1]);
		expect(ris && json, `${page} download links`).toBeTruthy();
		const risText = readFileSync(path.join(distDir, ris!), 'utf8');
		expect(risText).toMatch(/^TY {2}- ELEC\n(?:[A-Z][A-Z0-9] {2}- .*\n)+ER {2}- \n$/);
		const items = JSON.parse(readFileSync(path.join(distDir, json!), 'utf8')) as {
			type: string;
			title: string;
			issued: unknown;
		}[];
		expect(items).toHaveLength(1);
		expect(items[0]).toMatchObject({ type: 'webpage', issued: { 'date-parts': [expect.any(Array)] } });
		expect(risText).toContain(`TI  - ${items[0]!.title}`);
	});

	it('names the site in every cited title, and leaves the address for the page to complete without SITE_URL', () => {
		const html = readHtml(distDir, '/story/background/');
		const title = html.match(/<title>([^<|]+?) \|/)![1]!;
		const cited = readFileSync(path.join(distDir, 'cite/story-background.ris'), 'utf8').match(/^TI {2}- (.+)$/m)![1]!;
		expect(cited.startsWith(`${title} – `)).toBe(true);
		expect(citeBlock('/story/background/')).toContain('data-cite-path="/story/background/"');
	});

	it('lists “Sources” and “Cite this page” in the contents of a story page', () => {
		for (const page of storyPages) {
			const toc = readHtml(distDir, page).match(/<nav aria-labelledby="starlight__on-this-page"[\s\S]*?<\/nav>/)?.[0];
			expect(toc, page).toMatch(/href="#page-sources-heading"[\s\S]*href="#cite-heading"/);
		}
	});

	it('leaves pages that are not cited alone', () => {
		expect(citeBlock('/')).toBeUndefined();
		expect(existsSync(path.join(distDir, 'cite', 'index.ris'))).toBe(false);
	});
});
