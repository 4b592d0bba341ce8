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

	it('says what happened on the first phone screen, with the map and the chapter cards within three', async () => {
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
		expect(map.top).toBeLessThan(phone.height * 2);
		const chapters = page.locator('main .card-grid a[href*="/story/"]');
		expect(await chapters.count()).toBe(4);
		expect((await chapters.first().boundingBox())!.y).toBeLessThan(phone.height * 3);
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
