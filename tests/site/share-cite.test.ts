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

	it.each(citable)('%s carries APA, MLA, Chicago, BibTeX and RIS', (page) => {
		const block = citeBlock(page);
		expect(block, `${page} has no "Cite this page" block`).toBeDefined();
		for (const label of [
			'APA (7th edition)',
			'MLA (9th edition)',
			'Chicago (17th edition), bibliography',
			'BibTeX',
			'RIS',
		])
			expect(block).toContain(`>${label}</dt>`);
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

	it('leaves pages that are not cited alone', () => {
		expect(citeBlock('/')).toBeUndefined();
		expect(existsSync(path.join(distDir, 'cite', 'index.ris'))).toBe(false);
	});
});
