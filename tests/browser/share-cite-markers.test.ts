import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/dist.ts';
import { useSite } from '../support/site.ts';

const site = useSite();
const cited = ['/', ...builtPages(site.distDir).filter((page) => page.startsWith('/story/'))];

/** Every citation marker on the page: its size, whether it shares a line with the word before it, its neighbours. */
function markers(page: Page) {
	return page.evaluate(() =>
		[...document.querySelectorAll<HTMLElement>('.sl-markdown-content sup.cite')].map((sup) => {
			const link = sup.querySelector('a')!.getBoundingClientRect();
			// The last visible character before the marker, wherever it sits (a text, a link, emphasis).
			const walker = document.createTreeWalker(
				sup.closest('p, li, figcaption, td') ?? document.body,
				NodeFilter.SHOW_TEXT,
			);
			let before: { node: Text; offset: number } | undefined;
			for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
				if (sup.contains(node)) break;
				if (sup.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) break;
				const text = node.data.replace(/\s+$/, '');
				if (text) before = { node, offset: text.length };
			}
			const range = document.createRange();
			if (before) {
				range.setStart(before.node, before.offset - 1);
				range.setEnd(before.node, before.offset);
			}
			const word = before ? range.getBoundingClientRect() : undefined;
			const mark = sup.getClientRects()[0]!;
			const previous = sup.previousSibling;
			return {
				text: sup.textContent!.replace(/\u2060/g, '').trim(),
				width: link.width,
				height: link.height,
				// A marker that wrapped starts a new line, left of the word it belongs to.
				sameLine: word ? mark.left >= word.right - 1 : true,
				spaceBefore: previous?.nodeType === Node.TEXT_NODE && /\s$/.test(previous.textContent ?? ''),
				nextToAnother:
					sup.nextElementSibling?.matches('sup.cite') === true &&
					!(sup.nextSibling?.textContent ?? '').replace(/\s/g, ''),
			};
		}),
	);
}

describe('citation markers', () => {
	it.each(cited)('%s: one marker per cluster, at least 24 × 24 px, on the line of the word before it', async (path) => {
		for (const width of [320, 360, 390, 1280]) {
			const context = await site.browser.newContext({ viewport: { width, height: 844 } });
			const page = await context.newPage();
			await page.goto(site.url(path));
			const found = await markers(page);
			expect(found.length, path).toBeGreaterThan(0);
			for (const marker of found) {
				const where = `${path} at ${width} px: ${marker.text}`;
				expect(marker.text, where).toMatch(/^Sources? \[\d+(?:, \d+)*\]$/);
				expect(marker.width, where).toBeGreaterThanOrEqual(24);
				expect(marker.height, where).toBeGreaterThanOrEqual(24);
				expect(marker.sameLine, where).toBe(true);
				expect(marker.spaceBefore, where).toBe(false);
				expect(marker.nextToAnother, where).toBe(false);
			}
			await context.close();
		}
	});

	it('merges a cluster into one marker that names every source and highlights them all', async () => {
		const page = await site.browser.newPage();
		await page.goto(site.url('/story/background/'));
		const merged = page.locator('sup.cite a[data-cite-sources]').first();
		const ids = (await merged.getAttribute('data-cite-sources'))!.split(' ');
		expect(ids.length).toBeGreaterThan(1);
		expect(await merged.evaluate((link) => link.lastChild!.textContent)).toMatch(/^\[\d+(, \d+)+\]$/);
		await merged.click();
		await page.waitForFunction((first) => location.hash === `#source-${first}`, ids[0]);
		for (const id of ids) expect(await page.locator(`#source-${id}`).getAttribute('class')).toContain('cite-highlight');
		await page.close();
	});

	it('leads back from each source to every place that cites it', async () => {
		const page = await site.browser.newPage();
		await page.goto(site.url('/story/background/'));
		const markerIds = await page.locator('sup.cite a').evaluateAll((links) => links.map((a) => a.id));
		const backTargets = await page
			.locator('.page-sources a.source-back')
			.evaluateAll((links) => links.map((a) => a.getAttribute('href')!.slice(1)));
		// Every marker is reached back from each source it cites, and every back-link has a marker.
		expect(new Set(backTargets)).toEqual(new Set(markerIds));
		// What a screen reader hears: the text without the arrow, which is hidden from it.
		const names = await page.locator('.page-sources a.source-back').evaluateAll((links) =>
			links.map((a) =>
				[...a.childNodes]
					.filter((node) => !(node instanceof Element && node.getAttribute('aria-hidden') === 'true'))
					.map((node) => node.textContent)
					.join('')
					.replace(/\s+/g, ' ')
					.trim(),
			),
		);
		for (const name of names) expect(name).toMatch(/^Back to (?:where it is cited|citation [a-z]+)( \(.+\))?$/);

		const back = page.locator('.page-sources a.source-back').last();
		const target = (await back.getAttribute('href'))!;
		await page.locator(`sup.cite a${target}`).click();
		await back.click();
		await page.waitForFunction((hash) => location.hash === hash, target);
		const top = await page.locator(target).evaluate((marker) => marker.getBoundingClientRect().top);
		expect(top).toBeGreaterThanOrEqual(0);
		expect(top).toBeLessThan(900);
		await page.close();
	});
});
