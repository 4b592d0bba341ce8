import { afterAll, describe, it } from 'vitest';
import { TabPool } from '../support/browser.ts';
import { builtPages } from '../support/dist.ts';
import { useSite } from '../support/site.ts';

const site = useSite();
const pages = builtPages(site.distDir);
const first = (pattern: RegExp) => pages.find((page) => pattern.test(page)) ?? '/';
// The six page types of the benchmark, the detail pages picked from the build.
const targets = [
	'/',
	'/story/the-decision/',
	'/glossary/',
	'/timeline/',
	first(/^\/glossary\/[^/]+\/$/),
	first(/^\/places\/[^/]+\/$/),
];

type Screen = { colorScheme: 'light' | 'dark'; width: number };

/** One context per colour scheme and width, its tabs reused (see TabPool); opened on first use. */
const pools = new Map<string, Promise<TabPool>>();
const poolFor = ({ colorScheme, width }: Screen) => {
	const key = `${colorScheme} ${width}`;
	if (!pools.has(key)) {
		pools.set(
			key,
			site.browser
				.newContext({ viewport: { width, height: 800 }, colorScheme, serviceWorkers: 'block' })
				.then((context) => new TabPool(context)),
		);
	}
	return pools.get(key)!;
};
afterAll(async () => {
	await Promise.all([...pools.values()].map(async (pool) => (await pool).close()));
});

/** Where each element of the first screen sits, and the colours of the page and its text. */
async function firstScreen(path: string, screen: Screen, criticalOnly: boolean) {
	return (await poolFor(screen)).use(async (page) => {
		// The deferred stylesheet never arrives: the page as it first paints, with the inlined CSS alone.
		// (Routing a request also keeps it out of the HTTP cache, so the other mode fetches its own.)
		if (criticalOnly) await page.route(/\.css$/, (route) => route.abort());
		await page.goto(site.url(path), { waitUntil: 'networkidle' });
		// Network idle can come before the page's module scripts have run on a busy machine; `load`
		// cannot. (Once, "Cite this page" measured 351 px shorter: its six copy buttons, which a
		// script unhides, were still hidden.)
		await page.waitForLoadState('load');
		const found = await page.evaluate(() => {
			// The phone table of contents' label is filled in by a script, whenever it runs.
			const visible = [...document.querySelectorAll('body *:not(.display-current)')].filter((element) => {
				const box = element.getBoundingClientRect();
				return box.width > 0 && box.top < innerHeight && box.bottom > 0;
			});
			const style = getComputedStyle(document.body);
			return {
				colours: [style.backgroundColor, style.color],
				boxes: visible.map((element) => {
					const box = element.getBoundingClientRect();
					return `${element.tagName}.${element.className} ${Math.round(box.x)},${Math.round(box.y)} ${Math.round(box.width)}×${Math.round(box.height)}`;
				}),
			};
		});
		if (criticalOnly) await page.unrouteAll();
		return found;
	});
}

describe('the first paint, with only the inlined critical CSS, looks as the finished page', () => {
	for (const screen of [
		{ colorScheme: 'dark', width: 390 },
		{ colorScheme: 'light', width: 1280 },
	] as const) {
		// A few pages at a time (the browser project's maxConcurrency): their waits overlap.
		it.concurrent.for(targets)(
			`%s, ${screen.colorScheme} theme, ${screen.width} px wide: same layout and colours (no shift, no flash)`,
			async (path, { expect }) => {
				const critical = await firstScreen(path, screen, true);
				const full = await firstScreen(path, screen, false);
				expect(critical.colours).toEqual(full.colours);
				expect(critical.boxes).toEqual(full.boxes);
			},
		);
	}
});
