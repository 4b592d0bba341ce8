import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
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
	const mapDir = path.join(projectRoot, 'src/content/maps');
	const map = yaml.load(readFileSync(path.join(mapDir, 'region.yaml'), 'utf8')) as {
		title: string;
		places: string[];
		legend: { symbol: string; label: string }[];
		markers: { place: string }[];
	};
	const shown = places.filter((place) => map.places.includes(place.id));

	it('shows the band, the strike marker, a title and a legend on the overview, with every place labelled', async () => {
		const page = await site.browser.newPage();
		await page.goto(site.url('/'));
		const figure = page.locator('.story-map figure').first();
		expect(await figure.locator('.map-title').textContent()).toBe(map.title);
		const img = figure.locator('img.map-img');
		await img.scrollIntoViewIfNeeded();
		await page.waitForFunction(() => (document.querySelector('img.map-img') as HTMLImageElement | null)?.complete);
		expect(await img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThan(0);
		// Explicit width and height: the browser keeps the space before the file arrives.
		expect(await img.getAttribute('width')).toBe('800');
		expect(await img.getAttribute('height')).toBe('620');
		expect((await img.getAttribute('alt'))!.length).toBeGreaterThan(100);
		const legend = await figure.locator('.map-legend li').allTextContents();
		expect(legend.map((text) => text.trim())).toEqual(map.legend.map((entry) => entry.label));
		expect(await figure.locator('.map-legend li[data-symbol="band"] svg').count()).toBe(1);
		expect(await figure.locator('.map-legend li[data-symbol="strike"] svg').count()).toBe(1);
		const svg = readFileSync(path.join(site.distDir, 'maps/region.svg'), 'utf8');
		expect(svg).toMatch(/<path class="band" d="m[^"]{200,}"/);
		expect(svg.match(/<path class="strike"/g)).toHaveLength(2);
		for (const place of shown.filter((p) => !map.markers.some((m) => m.place === p.id))) {
			expect(svg).toContain(`>${place.name}<`);
		}
		// Compact on the home page: the table waits in a closed <details>, the route is one line.
		expect(await page.locator('details.map-distances').first().getAttribute('open')).toBeNull();
		const table = (await page.locator('table.map-table').first().textContent())!;
		for (const place of shown) expect(table).toContain(place.name);
		expect(await page.locator('.map-route a').allTextContents()).toEqual(
			expect.arrayContaining(places.filter((p) => /lima|manaus|rio/.test(p.id)).map((p) => p.name)),
		);
		expect(await page.locator('details.map-note summary').first().textContent()).toBe('How this map was made');
		await page.close();
	});

	it('gives distances in the table that agree with the figures the text gives', async () => {
		const page = await site.browser.newPage();
		await page.goto(site.url('/'));
		const rows = await page
			.locator('table.map-table tbody tr')
			.evaluateAll((trs) =>
				trs.map((tr) => [tr.querySelector('th')!.textContent!.trim(), Number(tr.children[2]!.textContent)]),
			);
		const table = new Map(rows as [string, number][]);
		// Every "<place> … about N km" in the built pages, within a sentence.
		const pages = ['/', '/story/background/', '/story/the-decision/', '/story/reactions/', '/story/open-questions/'];
		const claims: [string, number, string][] = [];
		for (const url of pages) {
			const text = readHtml(site.distDir, url)
				.replace(/<[^>]+>/g, '')
				.replace(/\s+/g, ' ');
			for (const name of table.keys()) {
				for (const m of text.matchAll(new RegExp(`${name}[^.]{0,80}?about (\\d+) km[^.]{0,30}?border`, 'g'))) {
					claims.push([name, Number(m[1]), url]);
				}
			}
		}
		expect(claims.length).toBeGreaterThan(0);
		// The map's note says the table, measured to town centres, may differ from reports by up to 10 km.
		for (const [name, km, url] of claims)
			expect(Math.abs(table.get(name)! - km), `${name} on ${url}`).toBeLessThanOrEqual(10);
		await page.close();
	});

	it('marks the place on its own page, and shows places far away on the world map', async () => {
		const page = await site.browser.newPage();
		await page.goto(site.url('/places/sumy/'));
		expect(await page.locator('img.map-img').getAttribute('src')).toMatch(/\/maps\/region-sumy\.svg$/);
		expect(await page.locator('details.map-distances').getAttribute('open')).not.toBeNull();
		expect(await page.locator('table.map-table tr.highlight a[aria-current="page"]').textContent()).toContain('Sumy');
		await page.goto(site.url('/places/lima/'));
		expect(await page.locator('img.map-img').getAttribute('src')).toMatch(/\/maps\/world-lima\.svg$/);
		expect(readFileSync(path.join(site.distDir, 'maps/world-lima.svg'), 'utf8')).toMatch(/class="label b"[^>]*>Lima</);
		await page.close();
	});

	it('ships no JavaScript of its own: a page with the map loads the same scripts as one without', () => {
		const withMap = scriptsOf(readHtml(site.distDir, '/places/sumy/'));
		const withoutMap = scriptsOf(readHtml(site.distDir, '/people/joe-biden/'));
		expect(withMap).toEqual(withoutMap);
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
