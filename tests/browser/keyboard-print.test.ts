import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../support/site.ts';

const site = useSite();

interface Stop {
	label: string;
	where: string;
	ringVisible: boolean;
}

/** Presses Tab and describes what got focus and whether a focus indicator is drawn around it. */
async function tab(page: Page): Promise<Stop> {
	await page.keyboard.press('Tab');
	return page.evaluate(() => {
		const el = document.activeElement as HTMLElement;
		const style = getComputedStyle(el);
		const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
		const shadow = style.boxShadow !== 'none';
		const rect = el.getBoundingClientRect();
		return {
			label: (el.getAttribute('aria-label') ?? el.textContent ?? el.tagName).trim().replace(/\s+/g, ' ').slice(0, 40),
			where:
				el === document.body || el === document.documentElement
					? 'body'
					: el.closest('#starlight__sidebar')
						? 'sidebar'
						: el.closest('header')
							? 'header'
							: el.closest('main')
								? 'main'
								: 'other',
			ringVisible: el.matches(':focus-visible') && (outline || shadow) && rect.width > 0 && rect.height > 0,
		};
	});
}

const pageTypes = [
	'/',
	'/story/the-decision/',
	'/glossary/',
	'/glossary/atacms/',
	'/people/joe-biden/',
	'/places/sumy/',
	'/timeline/',
];

describe('keyboard only', () => {
	it.each(pageTypes)(
		'%s: Tab reaches the skip link, search, theme, sidebar and content, each with a visible focus ring',
		async (path) => {
			const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
			await page.goto(site.url(path));
			const stops: Stop[] = [];
			// Walk the tab order until it leaves the page (focus back on <body>) or 40 stops.
			for (let i = 0; i < 40; i++) {
				const stop = await tab(page);
				if (stop.where === 'body') break;
				stops.push(stop);
			}
			expect(stops[0]!.label).toMatch(/skip to content/i);
			const labels = stops.map((stop) => stop.label);
			expect(labels.some((label) => label.startsWith('Search'))).toBe(true);
			expect(stops.some((stop) => stop.where === 'header' && /theme|auto|dark|light/i.test(stop.label))).toBe(true);
			expect(stops.some((stop) => stop.where === 'sidebar')).toBe(true);
			expect(stops.filter((stop) => !stop.ringVisible)).toEqual([]);
			await page.close();
		},
	);

	it('follows the skip link to the content and opens a glossary preview from the keyboard', async () => {
		const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(site.url('/story/the-decision/'));
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		// Starlight's skip link leads to the page title, id "_top" (the navigation may land after Enter returns).
		await page.waitForURL(/#_top$/);
		expect(await page.evaluate(() => document.querySelector(':target')?.tagName)).toBe('H1');
		let stop: Stop | undefined;
		for (let i = 0; i < 60; i++) {
			stop = await tab(page);
			if (await page.evaluate(() => document.activeElement?.classList.contains('term-link'))) break;
		}
		expect(stop?.where).toBe('main');
		await page.getByRole('tooltip').waitFor({ state: 'visible' });
		await page.close();
	});
});

describe('print', () => {
	it('prints a story page without sidebars, with link addresses and its sources', async () => {
		const page = await site.browser.newPage();
		await page.goto(site.url('/story/background/'));
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('#starlight__sidebar').isVisible()).toBe(false);
		expect(await page.locator('.right-sidebar-container').isVisible()).toBe(false);
		expect(await page.locator('.page-sources').isVisible()).toBe(true);
		const shown = await page.evaluate(() => {
			const link = document.querySelector('.sl-markdown-content p a[href]:not(.term-link):not([href^="#"])');
			return link && { href: link.getAttribute('href'), after: getComputedStyle(link, '::after').content };
		});
		// Chromium reports the rule as written, or with attr(href) already resolved.
		expect([`" (" attr(href) ")"`, `" (${shown?.href})"`]).toContain(shown?.after);
		const pdf = await page.pdf({ format: 'A4' });
		expect(pdf.byteLength).toBeGreaterThan(10_000);
		await page.close();
	});
});
