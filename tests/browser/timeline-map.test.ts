import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { isInFrame } from '../../src/lib/map/projection.ts';
import { projectRoot } from '../support/build.ts';
import { readHtml } from '../support/dist.ts';
import { useSite } from '../support/site.ts';

const site = useSite();
const places = readdirSync(path.join(projectRoot, 'src/content/places')).map((file) => ({
	id: file.replace(/\.yaml$/, ''),
	...(yaml.load(readFileSync(path.join(projectRoot, 'src/content/places', file), 'utf8')) as {
		name: string;
		lat: number;
		lon: number;
	}),
}));
const inFrame = places.filter((place) => isInFrame(place));
const eventCount = readdirSync(path.join(projectRoot, 'src/content/events')).length;

/** The scripts a built page loads, external and inline, as one list. */
const scriptsOf = (html: string) =>
	[...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)]
		.filter((m) => !/type="application\/(ld\+)?json"/.test(m[1] ?? ''))
		.map((m) => (m[1] ?? '') + m[2]);

describe('the timeline', () => {
	it('lists every event in date order, each with a machine-readable date, grouped by phase', async () => {
		const page = await site.browser.newPage();
		await page.goto(site.url('/timeline/'));
		const dates = await page
			.locator('ol.timeline > li time')
			.evaluateAll((times) => times.map((t) => t.getAttribute('datetime')));
		expect(dates).toHaveLength(eventCount);
		expect(dates.every((date) => /^\d{4}-\d{2}-\d{2}$/.test(date ?? ''))).toBe(true);
		expect([...dates].sort()).toEqual(dates);
		expect(await page.locator('h2').allTextContents()).toEqual(
			expect.arrayContaining(['Before the decision', 'The decision', 'What happened next']),
		);
		expect(await page.locator('.event-decision-day').count()).toBeGreaterThan(0);
		expect(await page.locator('.event-decision-day time').first().getAttribute('datetime')).toBe('2024-11-17');
		await page.close();
	});

	it('filters by phase and by person without JavaScript', async () => {
		const context = await site.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(site.url('/timeline/'));
		await page.locator('.timeline-filter a', { hasText: 'What happened next' }).click();
		expect(page.url()).toMatch(/#phase-after$/);
		const biden = page.locator('details.timeline-person', { hasText: 'Joe Biden' });
		await biden.locator('summary').click();
		const first = biden.locator('a').first();
		expect(await first.isVisible()).toBe(true);
		const target = (await first.getAttribute('href'))!;
		expect(await page.locator(target).count()).toBe(1);
		await context.close();
	});

	it('shows the decision week on the overview', async () => {
		const html = readHtml(site.distDir, '/');
		const week = html.slice(html.indexOf('id="the-decision-week"'));
		const dates = [...week.matchAll(/<time datetime="(\d{4}-\d{2}-\d{2})"/g)].map((m) => m[1]!);
		expect(dates.length).toBeGreaterThan(4);
		expect(dates.every((date) => date >= '2024-11-13' && date <= '2024-11-19')).toBe(true);
	});
});

describe('the map', () => {
	it('draws and labels every place in its frame, on the overview', async () => {
		const page = await site.browser.newPage();
		await page.goto(site.url('/'));
		const map = page.locator('svg.map').first();
		expect(await map.getAttribute('role')).toBe('img');
		expect(await map.locator('title').textContent()).toMatch(/map/i);
		expect((await map.locator('desc').textContent())!.length).toBeGreaterThan(50);
		const labels = (await map.locator('text').allTextContents()).map((text) => text.trim());
		expect(inFrame.length).toBeGreaterThanOrEqual(8);
		for (const place of inFrame) expect(labels.join(' ')).toContain(place.name);
		const table = await page.locator('table.map-table').first().innerText();
		for (const place of inFrame) expect(table).toContain(place.name);
		await page.close();
	});

	it('marks the place on its own page', async () => {
		const page = await site.browser.newPage();
		await page.goto(site.url('/places/sumy/'));
		// The map draws a desktop and a phone layer; one is shown at a time.
		expect(await page.locator('svg.map .dot.highlight:visible').count()).toBe(1);
		await page.goto(site.url('/places/lima/'));
		expect(await page.locator('svg .highlight').count()).toBeGreaterThan(0);
		await page.close();
	});

	it('ships no JavaScript of its own: a page with the map loads the same scripts as one without', () => {
		const withMap = scriptsOf(readHtml(site.distDir, '/places/sumy/'));
		const withoutMap = scriptsOf(readHtml(site.distDir, '/people/joe-biden/'));
		expect(withMap).toEqual(withoutMap);
		expect(readHtml(site.distDir, '/places/sumy/')).toContain('<svg');
	});

	it('fits a phone screen without sideways scrolling', async () => {
		const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
		for (const url of ['/', '/places/sumy/', '/timeline/']) {
			await page.goto(site.url(url));
			expect(await page.evaluate(() => document.documentElement.scrollWidth), url).toBeLessThanOrEqual(390);
		}
		await page.close();
	});
});
