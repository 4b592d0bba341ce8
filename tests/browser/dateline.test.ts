import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/lib/site/dates.ts';
import { projectRoot } from '../support/build.ts';
import { useSite } from '../support/site.ts';

const site = useSite();
const content = path.join(projectRoot, 'src/content');
const story = yaml.load(readFileSync(path.join(content, 'story/story.yaml'), 'utf8')) as {
	published: Date;
	asReportedOn: string;
	siteName?: string;
	publisher?: string;
	author?: string;
	title: string;
};
const publisher = story.publisher ?? story.siteName ?? story.title;
const chapters = readdirSync(path.join(content, 'docs/story')).map((file) => `/story/${file.replace(/\.mdx?$/, '')}/`);
const storyPages = ['/', ...chapters];
/** How many corrections touch each page, from the correction files. */
const correctionsOf = (page: string) =>
	readdirSync(path.join(content, 'corrections')).filter((file) => {
		const { touches } = yaml.load(readFileSync(path.join(content, 'corrections', file), 'utf8')) as {
			touches: { docs?: string[] };
		};
		return (touches.docs ?? []).some((doc) => (doc === 'index' ? '/' : `/${doc}/`) === page);
	}).length;

describe('the dateline', () => {
	it.each(storyPages)(
		'%s: says who publishes it, when it was published and updated, and counts its corrections as a link',
		async (url) => {
			const page = await site.browser.newPage();
			await page.goto(site.url(url));
			const dateline = page.locator('h1 ~ .page-dateline');
			expect(await dateline.getAttribute('data-pagefind-ignore')).not.toBeNull();
			expect(await dateline.locator('.page-byline').textContent()).toBe(`By ${story.author ?? publisher}`);
			const dates = (await dateline.locator('.page-dates').textContent())!.replace(/\s+/g, ' ').trim();
			expect(dates).toMatch(new RegExp(`^Published ${formatDate(story.published)}( · Updated \\d{1,2} \\w+ \\d{4})?`));
			const count = correctionsOf(url);
			if (count > 0) {
				const link = dateline.locator('a.page-corrections');
				expect(await link.textContent()).toBe(`${count} ${count === 1 ? 'correction' : 'corrections'}`);
				expect(await link.getAttribute('href')).toBe('#page-corrections');
			}
			if (url !== '/') expect(dates).toMatch(/ · \d+ min read$/);
			expect(await dateline.locator('.page-as-of').textContent()).toBe(story.asReportedOn);
			await page.close();
		},
	);

	it.each(['/glossary/', '/people/joe-biden/', '/timeline/', '/corrections/', '/data/'])(
		'%s: says when it was updated, without the story’s “as reported” line or a byline',
		async (url) => {
			const page = await site.browser.newPage();
			await page.goto(site.url(url));
			const dateline = page.locator('h1 ~ .page-dateline');
			expect(await dateline.locator('.page-dates').textContent()).toMatch(/^Updated \d{1,2} \w+ \d{4}/);
			expect(await dateline.locator('.page-as-of, .page-byline').count()).toBe(0);
			await page.close();
		},
	);

	it.each(storyPages)('%s: no coloured box stands between the headline and the first paragraph', async (url) => {
		const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
		await page.goto(site.url(url));
		const boxes = await page.evaluate(() => {
			const title = document.querySelector('main h1')!;
			const first = document.querySelector('main .sl-markdown-content > p')!;
			const page = getComputedStyle(document.body).backgroundColor;
			return [...document.querySelectorAll('main *')]
				.filter(
					(el) =>
						title.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING &&
						el.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING &&
						!el.contains(first),
				)
				.filter((el) => {
					const { backgroundColor, borderInlineStartWidth } = getComputedStyle(el);
					const painted = backgroundColor !== 'rgba(0, 0, 0, 0)' && backgroundColor !== page;
					return painted || parseFloat(borderInlineStartWidth) >= 3 || el.matches('[role="note"], aside');
				})
				.map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
		});
		expect(boxes).toEqual([]);
		await page.close();
	});
});
