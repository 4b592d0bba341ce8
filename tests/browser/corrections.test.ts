import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/build.ts';
import { useSite } from '../support/site.ts';

const site = useSite();
const dir = path.join(projectRoot, 'src/content/corrections');
// A story chapter that several corrections touch: its note is a disclosure listing them.
const byChapter = new Map<string, string[]>();
for (const file of readdirSync(dir).sort()) {
	const { touches } = yaml.load(readFileSync(path.join(dir, file), 'utf8')) as { touches: { docs?: string[] } };
	for (const doc of touches.docs ?? []) {
		if (doc.startsWith('story/')) byChapter.set(doc, [...(byChapter.get(doc) ?? []), file.replace(/\.ya?ml$/, '')]);
	}
}
const [chapter, ids] = [...byChapter].sort((a, b) => b[1].length - a[1].length)[0] ?? [];

describe('a corrected chapter', () => {
	it('has a chapter with corrections to test', () => {
		expect(chapter).toBeDefined();
	});

	it('counts its corrections in the dateline; the link leads by keyboard to their list at the foot, and each on to /corrections/', async () => {
		const page = await site.browser.newPage();
		await page.goto(site.url(`/${chapter}/`));
		const link = page.locator('h1 ~ .page-dateline a.page-corrections');
		expect(await link.textContent()).toBe(`${ids!.length} ${ids!.length === 1 ? 'correction' : 'corrections'}`);
		await link.focus();
		await page.keyboard.press('Enter');
		await page.waitForURL(/#page-corrections$/);
		const list = page.locator('#page-corrections');
		const box = await list.boundingBox();
		expect(box!.y).toBeGreaterThanOrEqual(0);
		expect(box!.y).toBeLessThan(page.viewportSize()!.height);
		// Every correction of the chapter is listed, each leading to its entry on /corrections/.
		const hrefs = await list
			.locator('li.correction-note a')
			.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).hash.slice(1)));
		expect(hrefs.sort()).toEqual([...ids!].sort());
		await list.locator('li.correction-note a').first().click();
		await page.waitForURL(/\/corrections\/#/);
		const target = decodeURIComponent(new URL(page.url()).hash.slice(1));
		expect(await page.locator(`[id="${target}"]`).count()).toBe(1);
		await page.close();
	});

	it('shows when it was published and updated, its corrections and a reading time under the title', async () => {
		const page = await site.browser.newPage();
		await page.goto(site.url(`/${chapter}/`));
		const dates = page.locator('h1 ~ .page-dateline .page-dates');
		expect((await dates.textContent())!.replace(/\s+/g, ' ')).toMatch(
			/^Published \d{1,2} \w+ \d{4}( · Updated \d{1,2} \w+ \d{4})? · \d+ corrections? · \d+ min read$/,
		);
		await page.close();
	});
});
