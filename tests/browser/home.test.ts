import { readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/build.ts';
import { watch } from '../support/browser.ts';
import { useSite } from '../support/site.ts';

const site = useSite();
const phone = { width: 390, height: 844 };
const overview = readFileSync(path.join(projectRoot, 'src/content/docs/index.mdx'), 'utf8');
const { title } = yaml.load(overview.split('---')[1]!) as { title: string };

describe('home page', () => {
	it('has its headline, logs no error and asks nothing of any other host', async () => {
		const page = await site.browser.newPage();
		const problems = watch(page, site.origin);
		const response = await page.goto(site.url('/'), { waitUntil: 'networkidle' });
		expect(response?.status()).toBe(200);
		expect(await page.locator('h1').first().textContent()).toBe(title);
		expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
		await page.close();
	});

	// The four chapter cards come right after the key points (src/content/docs/index.mdx), so on a
	// phone the whole set is in reach within three screens. The dated "Where things stand" box comes
	// next, before the map: two years on, what became known matters more than the map, which starts
	// on the fourth screen.
	it('says what happened on the first phone screen, with all four chapter cards within three', async () => {
		const page = await site.browser.newPage({ viewport: phone });
		await page.goto(site.url('/'), { waitUntil: 'networkidle' });
		const top = async (selector: string) => {
			const box = await page.locator(selector).first().boundingBox();
			if (!box) throw new Error(`${selector} is not on the page`);
			return { top: box.y, bottom: box.y + box.height };
		};
		const lead = await top('main .lead');
		expect(lead.bottom).toBeLessThanOrEqual(phone.height);
		expect((await top('main h2:text-is("What you need to know"), main .starlight-aside__title')).top).toBeLessThan(
			phone.height * 1.5,
		);
		const map = await top('main :is(img, svg[role="img"])');
		expect(map.top).toBeLessThan(phone.height * 4);
		const since = await top('main .starlight-aside:has(a[href*="#what-we-know-now"])');
		expect(since.top).toBeLessThan(map.top);
		const cards = page.locator('main .card-grid .sl-link-card:has(a[href*="/story/"])');
		expect(await cards.count()).toBe(4);
		for (const card of await cards.all()) {
			const box = (await card.boundingBox())!;
			expect(box.y + box.height, (await card.textContent()) ?? '').toBeLessThanOrEqual(phone.height * 3);
		}
		await page.close();
	});

	it('sets “In numbers” out two by two on desktop, every card the same height', async () => {
		const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(site.url('/'));
		const boxes = await page.locator('main .key-figures > li').evaluateAll((items) =>
			items.map((item) => {
				const { x, y, width, height } = item.getBoundingClientRect();
				return { x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height) };
			}),
		);
		expect(boxes).toHaveLength(4);
		expect(new Set(boxes.map((box) => box.x)).size).toBe(2);
		expect(new Set(boxes.map((box) => box.y)).size).toBe(2);
		expect(new Set(boxes.map((box) => box.height)).size).toBe(1);
		await page.close();
	});

	it('gives a few big numbers instead of a table of figures and dates', async () => {
		const page = await site.browser.newPage();
		await page.goto(site.url('/'));
		const figures = await page.locator('main .key-figures li').count();
		expect(figures).toBeGreaterThanOrEqual(4);
		expect(figures).toBeLessThanOrEqual(5);
		expect(await page.locator('main table:has-text("Key figures"), main h2:text-is("Key figures")').count()).toBe(0);
		await page.close();
	});
});
