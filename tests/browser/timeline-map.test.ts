import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { MAP_SIZE } from '../../src/lib/map/projection.ts';
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
const story = yaml.load(readFileSync(path.join(projectRoot, 'src/content/story/story.yaml'), 'utf8')) as {
	reportDate: Date;
	reportEvent: string;
	phases: Record<string, { label: string }>;
	decisionWeek: { start: Date; end: Date };
};
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

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
		const headings = await page.locator('main h2').allTextContents();
		for (const label of Object.values(story.phases).map((phase) => phase.label)) {
			expect(headings.some((heading) => heading.startsWith(`${label} (`))).toBe(true);
		}
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

	it('takes at most about 160 px of a phone screen per event, headlines larger than summaries', async () => {
		const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
		await page.goto(site.url('/timeline/'), { waitUntil: 'networkidle' });
		const { entries, height } = await page.evaluate(() => {
			const lists = [...document.querySelectorAll('main ol.timeline')];
			return {
				entries: document.querySelectorAll('main ol.timeline > li').length,
				height: lists.at(-1)!.getBoundingClientRect().bottom - lists[0]!.getBoundingClientRect().top,
			};
		});
		expect(entries).toBe(eventCount);
		expect(height / entries).toBeLessThanOrEqual(160);
		const size = (selector: string) =>
			page
				.locator(selector)
				.first()
				.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
		expect(await size('main .event .event-title')).toBeGreaterThanOrEqual(18);
		expect(await size('main .event .event-title')).toBeGreaterThan(await size('main .event .event-summary'));
		// Each entry opens to its summary, the people, places and terms it involves, and its sources.
		const closed = page.locator('main .event:not(.event-report)').first();
		await closed.locator('summary').click();
		expect(await closed.locator('.event-summary').isVisible()).toBe(true);
		expect(await closed.locator('.event-meta').last().textContent()).toMatch(/^Sources?: /);
		await page.close();
	});

	it('says how each later event is known, where its file says so', async () => {
		const words = { official: 'on the record', report: 'reported, citing officials', claim: 'one side’s claim' };
		const page = await site.browser.newPage();
		await page.goto(site.url('/timeline/'));
		const dir = path.join(projectRoot, 'src/content/events');
		const withEvidence = readdirSync(dir)
			.map((file) => ({
				id: file.replace(/\.yaml$/, ''),
				...(yaml.load(readFileSync(path.join(dir, file), 'utf8')) as { evidence?: keyof typeof words }),
			}))
			.filter((event) => event.evidence);
		expect(withEvidence.length).toBeGreaterThan(0);
		for (const event of withEvidence) {
			expect(await page.locator(`#event-${event.id} .event-date`).textContent(), event.id).toContain(
				`· ${words[event.evidence!]}`,
			);
		}
		await page.close();
	});

	it('shows the report as a card of its own, open, first on its day', async () => {
		const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
		await page.goto(site.url('/timeline/'));
		const report = page.locator('main .event-report');
		expect(await report.count()).toBe(1);
		expect(await report.getAttribute('id')).toBe(`event-${story.reportEvent}`);
		expect(await report.locator('.event-badge').textContent()).toBe('The report');
		expect(await report.locator('.event-summary').isVisible()).toBe(true);
		const sameDay = await page
			.locator(`main ol.timeline > li:has(time[datetime="${isoDay(story.reportDate)}"])`)
			.evaluateAll((items) => items.map((item) => item.id));
		expect(sameDay[0]).toBe(`event-${story.reportEvent}`);
		const tint = await report.evaluate((el) => getComputedStyle(el).backgroundColor);
		expect(tint).not.toBe('rgba(0, 0, 0, 0)');
		// A link to another entry opens it.
		const other = sameDay[1]!;
		await page.goto(site.url(`/timeline/#${other}`));
		await page.waitForFunction((id) => (document.querySelector(`#${id} details`) as HTMLDetailsElement)?.open, other);
		await page.close();
	});

	it('jumps by part and by month, each link with the number of events it leads to', async () => {
		const page = await site.browser.newPage();
		await page.goto(site.url('/timeline/'));
		const links = await page
			.locator('nav.timeline-filter a')
			.evaluateAll((as) =>
				as.map((a): [string, string] => [a.getAttribute('href')!, a.textContent!.replace(/\s+/g, ' ').trim()]),
			);
		const counted = links.filter(([, text]) => /\(\d+\)$/.test(text));
		let parts = 0;
		let months = 0;
		for (const [href, text] of counted) {
			const n = Number(/\((\d+)\)$/.exec(text)![1]);
			const target = page.locator(href);
			expect(await target.count(), href).toBe(1);
			if (href.startsWith('#phase-')) {
				parts += n;
				expect(await page.locator(`section:has(> ${href}) ol.timeline > li`).count(), href).toBe(n);
			} else {
				months += n;
				// The month's events, across the parts it spans.
				const month = href.slice(-7);
				expect(await page.locator(`main ol.timeline > li time[datetime^="${month}"]`).count(), href).toBe(n);
				expect(await target.textContent(), href).toMatch(/\(\d+ events?\)/);
			}
		}
		expect(parts).toBe(eventCount);
		expect(months).toBe(eventCount);
		await page.close();
	});

	it('shows the decision week on the overview as a short plain list with one link to the timeline', async () => {
		const html = readHtml(site.distDir, '/');
		const week = html.slice(html.indexOf('class="decision-week"'));
		const list = week.slice(0, week.indexOf('</ol>'));
		const dates = [...list.matchAll(/<time datetime="(\d{4}-\d{2}-\d{2})"/g)].map((m) => m[1]!);
		expect(dates.length).toBeGreaterThanOrEqual(5);
		expect(dates.length).toBeLessThanOrEqual(8);
		const [start, end] = [isoDay(story.decisionWeek.start), isoDay(story.decisionWeek.end)];
		expect(dates.every((date) => date >= start && date <= end)).toBe(true);
		expect(list).not.toContain('<a ');
		const block = week.slice(0, week.indexOf('</div>'));
		expect([...block.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1])).toEqual(['/timeline/']);
	});
});

describe('the map', () => {
	const mapDir = path.join(projectRoot, 'src/content/maps');
	const map = yaml.load(readFileSync(path.join(mapDir, 'region.yaml'), 'utf8')) as {
		title: string;
		places: string[];
		legend: { symbol: string; label: string }[];
		markers: { place: string; symbol: string; date: Date; reportedBy?: string }[];
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
		expect(await img.getAttribute('width')).toBe(String(MAP_SIZE.width));
		expect(await img.getAttribute('height')).toBe(String(MAP_SIZE.height));
		expect((await img.getAttribute('alt'))!.length).toBeGreaterThan(100);
		const legend = await figure.locator('.map-legend > li').evaluateAll((items) =>
			items.map((item) => {
				const copy = item.cloneNode(true) as HTMLElement;
				copy.querySelector('.map-reported')?.remove();
				return copy.textContent!.trim();
			}),
		);
		expect(legend).toEqual(map.legend.map((entry) => entry.label));
		expect(await figure.locator('.map-legend li[data-symbol="band"] svg').count()).toBe(1);
		expect(await figure.locator('.map-legend li[data-symbol="strike"] svg').count()).toBe(1);
		const svg = readFileSync(path.join(site.distDir, 'maps/region.svg'), 'utf8');
		expect(svg).toMatch(/<path class="band" d="m[^"]{200,}"/);
		expect(svg.match(/<path class="strike"/g)).toHaveLength(2);
		for (const place of shown.filter((p) => !map.markers.some((m) => m.place === p.id))) {
			expect(svg).toContain(`>${place.name}<`);
		}
		// Compact on the home page: the table waits in a closed <details>, with its note under it.
		expect(await page.locator('details.map-distances').first().getAttribute('open')).toBeNull();
		expect(await page.locator('details.map-distances summary').first().textContent()).toBe(
			'How far from the border? (km, straight line, rounded)',
		);
		const table = (await page.locator('table.map-table').first().textContent())!;
		for (const place of shown) expect(table).toContain(place.name);
		expect(await page.locator('details.map-distances table + p.map-table-note').count()).toBe(1);
		// The route of the week belongs to the world map, not under a map of Russia.
		expect(await page.locator('.story-map .map-route').count()).toBe(0);
		expect(await page.locator('details.map-note summary').first().textContent()).toBe('How this map was made');
		await page.close();
	});

	it('draws every legend swatch as the map draws its symbol, and lists who reported each later strike', async () => {
		const page = await site.browser.newPage();
		await page.goto(site.url('/'));
		const svg = readFileSync(path.join(site.distDir, 'maps/region.svg'), 'utf8');
		const styleOf = (cls: string) => new RegExp(`\\.${cls}\\{([^}]*)\\}`).exec(svg)?.[1] ?? '';
		const swatch = (symbol: string) => page.locator(`.map-legend li[data-symbol="${symbol}"] > svg`).first();
		// The area: hatched, with a solid outline, on the map and in the legend.
		expect(styleOf('area')).toMatch(/fill:url\(#hatch\)/);
		expect(styleOf('area')).not.toMatch(/dasharray/);
		const area = await swatch('area').evaluate((el) => {
			const rect = el.querySelector('rect[stroke]')!;
			return {
				fill: rect.getAttribute('fill'),
				dash: rect.getAttribute('stroke-dasharray'),
				pattern: !!el.querySelector('pattern path'),
			};
		});
		expect(area).toEqual({ fill: expect.stringMatching(/^url\(#.+-hatch\)$/), dash: null, pattern: true });
		// The star and the ring, in the strike colour, on the map and in the legend.
		expect(svg).toMatch(/<path class="strike"/);
		expect(svg).toMatch(/<circle class="reported"/);
		expect(await swatch('strike').locator('path').count()).toBe(1);
		expect(await swatch('reported').locator('circle[fill="none"]').count()).toBe(1);
		const strikeColour = /\.strike\{fill:(#[0-9a-f]+)/.exec(svg)![1];
		expect(await swatch('reported').locator('circle[fill="none"]').getAttribute('stroke')).toBe(strikeColour);
		expect(styleOf('reported')).toContain(`stroke:${strikeColour}`);
		// Under the legend: each later strike with its date and who reported it, linking to its place.
		const reported = map.markers.filter((marker) => marker.symbol === 'reported');
		const items = page.locator('.map-legend .map-reported > li');
		expect(await items.count()).toBe(reported.length);
		for (const [i, marker] of reported.entries()) {
			const item = items.nth(i);
			expect(await item.locator('a').getAttribute('href')).toMatch(new RegExp(`/places/${marker.place}/$`));
			expect(await item.locator('time').getAttribute('datetime')).toBe(marker.date.toISOString().slice(0, 10));
			expect(await item.textContent()).toContain(marker.reportedBy!);
		}
		await page.close();
	});

	it('shows a later strike’s place on its own page, with the map marking it', async () => {
		const page = await site.browser.newPage();
		for (const marker of map.markers.filter((m) => m.symbol === 'reported')) {
			await page.goto(site.url(`/places/${marker.place}/`));
			expect(await page.locator('img.map-img').getAttribute('src')).toMatch(
				new RegExp(`/maps/region-${marker.place}\\.svg$`),
			);
			const file = readFileSync(path.join(site.distDir, `maps/region-${marker.place}.svg`), 'utf8');
			const name = places.find((p) => p.id === marker.place)!.name;
			expect(file).toMatch(new RegExp(`class="label b"[^>]*>(<tspan[^>]*>)?${name.split(' ')[0]}`));
		}
		await page.close();
	});

	it('puts the route of the decision week under the world map, the later stop marked later', async () => {
		const page = await site.browser.newPage();
		await page.goto(site.url('/places/lima/'));
		const route = (await page.locator('.map-route').textContent())!.replace(/\s+/g, ' ');
		const rio = places.find((p) => p.id === 'rio-de-janeiro')!.name;
		expect(route).toContain(`${rio} (18 Nov, later)`);
		expect(route).toMatch(/Lima \(15 Nov\)/);
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

	it('draws no two labels over each other in real text, in every map file, at phone and desktop width', async () => {
		const files = readdirSync(path.join(site.distDir, 'maps')).filter((file) => file.endsWith('.svg'));
		expect(files.length).toBeGreaterThan(10);
		for (const width of [358, 720]) {
			// Opened on its own, the file's media query sees this viewport, as it sees the <img> width in a page.
			const page = await site.browser.newPage({ viewport: { width, height: 700 } });
			for (const file of files) {
				await page.goto(site.url(`/maps/${file}`));
				const clashes = await page.evaluate(() => {
					const layer = [...document.querySelectorAll('g.layer')].find((g) => getComputedStyle(g).display !== 'none')!;
					const boxOf = (el: Element) => (el as SVGGraphicsElement).getBBox();
					const texts = [...layer.querySelectorAll('text')].map((t) => ({ name: t.textContent!, box: boxOf(t) }));
					const symbols = [...layer.querySelectorAll('.dot, .strike, .reported, .callout')].map((el) => ({
						name: el.getAttribute('class')!,
						box: boxOf(el),
					}));
					const meet = (a: DOMRect, b: DOMRect) =>
						a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
					const found: string[] = [];
					texts.forEach((a, i) => {
						for (const b of texts.slice(i + 1)) if (meet(a.box, b.box)) found.push(`${a.name} / ${b.name}`);
						for (const b of symbols) if (meet(a.box, b.box)) found.push(`${a.name} / a ${b.name}`);
					});
					return found;
				});
				expect(clashes, `${file} at ${width} px`).toEqual([]);
			}
			await page.close();
		}
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
