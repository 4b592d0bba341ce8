import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/build.ts';
import { useSite } from '../support/site.ts';

const site = useSite();
const sections = ['/story/background/', '/story/the-decision/', '/story/reactions/', '/story/open-questions/'];

describe('the story sections', () => {
	it.each(sections)('%s has its text, numbered citations and a source list that matches them', async (section) => {
		const page = await site.browser.newPage();
		const response = await page.goto(site.url(section));
		expect(response?.status()).toBe(200);
		const words = (await page.locator('.sl-markdown-content').innerText()).split(/\s+/).length;
		expect(words).toBeGreaterThan(600);
		const sources = await page.locator('.page-sources li').count();
		expect(sources).toBeGreaterThan(0);
		const targets = await page.locator('sup.cite a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
		expect(targets.length).toBeGreaterThan(5);
		for (const target of new Set(targets))
			expect(await page.locator(`.page-sources li${target}`).count(), target!).toBe(1);
		await page.close();
	});

	it('lists the sections in reading order in the sidebar, with previous and next links', async () => {
		const page = await site.browser.newPage();
		await page.goto(site.url('/story/background/'));
		const sidebar = await page
			.locator('#starlight__sidebar a')
			.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		const order = sections.map((section) => sidebar.findIndex((href) => href.endsWith(section)));
		expect(order.every((index) => index >= 0)).toBe(true);
		expect([...order].sort((a, b) => a - b)).toEqual(order);
		for (const [i, section] of sections.entries()) {
			await page.goto(site.url(section));
			const next = page.locator('.pagination-links a[rel="next"]');
			if (i < sections.length - 1)
				expect(new URL((await next.getAttribute('href'))!, site.url('/')).pathname).toMatch(sections[i + 1]!);
			const prev = page.locator('.pagination-links a[rel="prev"]');
			if (i > 0) expect(new URL((await prev.getAttribute('href'))!, site.url('/')).pathname).toMatch(sections[i - 1]!);
		}
		await page.close();
	});

	it('shows every stored quote, character for character, on a story page, as a block quote or between quotation marks', async () => {
		const dir = path.join(projectRoot, 'src/content/quotes');
		const quotes = readdirSync(dir).map(
			(file) => (yaml.load(readFileSync(path.join(dir, file), 'utf8')) as { text: string }).text,
		);
		const report = readFileSync(path.join(projectRoot, 'src/content/sources/report-2024-11-17.txt'), 'utf8');
		const page = await site.browser.newPage();
		const shown = new Set<string>();
		for (const url of ['/', ...sections]) {
			await page.goto(site.url(url));
			for (const text of await page.locator('figure.quote blockquote p').allTextContents()) shown.add(text);
			const prose = (await page.locator('.sl-markdown-content').first().textContent()) ?? '';
			for (const quote of quotes) if (prose.includes(`“${quote}”`)) shown.add(quote);
		}
		for (const quote of quotes) {
			expect(shown, quote).toContain(quote);
			expect(report, 'the stored quote is in the report as written').toContain(quote);
		}
		await page.close();
	});
});
