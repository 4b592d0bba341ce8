import { describe, it } from 'vitest';
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

/** Where each element of the first screen sits, and the colours of the page and its text. */
async function firstScreen(path: string, colorScheme: 'light' | 'dark', width: number, criticalOnly: boolean) {
	const context = await site.browser.newContext({
		viewport: { width, height: 800 },
		colorScheme,
		serviceWorkers: 'block',
	});
	try {
		const page = await context.newPage();
		// The deferred stylesheet never arrives: the page as it first paints, with the inlined CSS alone.
		if (criticalOnly) await page.route(/\.css$/, (route) => route.abort());
		await page.goto(site.url(path), { waitUntil: 'networkidle' });
		return await page.evaluate(() => {
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
	} finally {
		await context.close();
	}
}

describe('the first paint, with only the inlined critical CSS, looks as the finished page', () => {
	for (const [colorScheme, width] of [
		['dark', 390],
		['light', 1280],
	] as const) {
		// A few pages at a time (the browser project's maxConcurrency): their waits overlap.
		it.concurrent.for(targets)(
			`%s, ${colorScheme} theme, ${width} px wide: same layout and colours (no shift, no flash)`,
			async (path, { expect }) => {
				const critical = await firstScreen(path, colorScheme, width, true);
				const full = await firstScreen(path, colorScheme, width, false);
				expect(critical.colours).toEqual(full.colours);
				expect(critical.boxes).toEqual(full.boxes);
			},
		);
	}
});
