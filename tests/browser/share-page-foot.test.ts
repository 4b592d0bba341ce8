import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/site-build.ts';
import { readContentDir } from '../../src/lib/content/files.ts';
import { storyChapters } from '../../src/lib/content/reading-order.ts';
import { contentDirFrom } from '../../src/lib/site/env.ts';
import { builtPages } from '../support/dist.ts';
import { useSite } from '../support/site.ts';

const site = useSite();
const phone = { width: 390, height: 844 };
const chapters = builtPages(site.distDir).filter((page) => page.startsWith('/story/'));
// The chapter the story ends with, which has no next chapter to link.
const { entries } = await readContentDir(projectRoot, contentDirFrom(process.env, projectRoot));
const lastChapter = `/${storyChapters(entries.filter((entry) => entry.collection === 'docs')).at(-1)!.id}/`;

async function onPhone<T>(path: string, run: (page: Page) => Promise<T>): Promise<T> {
	const context = await site.browser.newContext({ viewport: phone });
	const page = await context.newPage();
	try {
		await page.goto(site.url(path), { waitUntil: 'networkidle' });
		return await run(page);
	} finally {
		await context.close();
	}
}

describe('the end of a chapter, on a phone', () => {
	it('has chapters to measure', () => {
		expect(chapters.length).toBeGreaterThanOrEqual(4);
	});

	// Every chapter but the last links the next one right after its text, before the sources.
	it.each(chapters)('%s: “Next” comes at most one and a half screens after the last paragraph', async (path) => {
		const { gap, next } = await onPhone(path, (page) =>
			page.evaluate(() => {
				const paragraphs = [...document.querySelectorAll('.sl-markdown-content p')].filter(
					(p) => !p.closest('.page-sources, .cite-page, aside, figure, details, nav, .term-definitions'),
				);
				const last = paragraphs.at(-1)!.getBoundingClientRect();
				const link = document.querySelector('.sl-markdown-content a[rel="next"]');
				return {
					next: Boolean(link),
					gap: link ? link.getBoundingClientRect().top - last.bottom : 0,
				};
			}),
		);
		expect(next, 'a link to the next chapter').toBe(path !== lastChapter);
		expect(gap).toBeLessThanOrEqual(1.5 * phone.height);
	});

	it.each(chapters)('%s: the sources stay in view, “Cite this page” is one closed disclosure', async (path) => {
		await onPhone(path, async (page) => {
			await expect(page.locator('.page-sources li').first().isVisible()).resolves.toBe(true);
			await expect(page.locator('.cite-page details').count()).resolves.toBe(1);
			await expect(page.locator('.cite-page details').getAttribute('open')).resolves.toBeNull();
			await expect(page.locator('#cite-apa').isVisible()).resolves.toBe(true);
			await expect(page.locator('#cite-bibtex').isVisible()).resolves.toBe(false);
			await page.locator('.cite-page summary').click();
			await expect(page.locator('#cite-bibtex').isVisible()).resolves.toBe(true);
		});
	});

	it.each(chapters)('%s: “On this page” lists Sources and Cite this page, and leads to them', async (path) => {
		await onPhone(path, async (page) => {
			const toc = page.locator('mobile-starlight-toc');
			await toc.locator('summary').click();
			const links = toc.locator('a');
			const names = await links.allInnerTexts();
			expect(names.slice(-2).map((name) => name.trim())).toEqual(['Sources', 'Cite this page']);
			await links.filter({ hasText: 'Cite this page' }).click();
			await page.waitForFunction(() => location.hash === '#cite-heading');
			const top = await page.locator('#cite-heading').evaluate((heading) => heading.getBoundingClientRect().top);
			expect(top).toBeGreaterThanOrEqual(0);
			expect(top).toBeLessThan(phone.height);
		});
	});
});
