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

	it('opens its correction note by keyboard and leads to the entry on /corrections/', async () => {
		const page = await site.browser.newPage();
		await page.goto(site.url(`/${chapter}/`));
		const note = page.locator('.correction-note').first();
		await expect(note.isVisible()).resolves.toBe(true);
		expect(await note.textContent()).toMatch(/Corrected on \d{1,2} \w+ \d{4}/);
		const links = note.locator('a');
		if (ids!.length > 1) {
			await expect(links.first().isVisible()).resolves.toBe(false);
			await note.locator('summary').focus();
			await page.keyboard.press('Enter');
		}
		await expect(links.first().isVisible()).resolves.toBe(true);
		expect(await links.count()).toBe(ids!.length);
		await links.first().focus();
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/corrections\/#/);
		const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
		expect(ids).toContain(id);
		const heading = page.locator(`[id="${id}"]`);
		const box = await heading.boundingBox();
		expect(box, 'the entry heading is on screen').not.toBeNull();
		expect(box!.y).toBeGreaterThanOrEqual(0);
		expect(box!.y).toBeLessThan(page.viewportSize()!.height);
		await page.close();
	});

	it('shows a reading time and the day it was last updated under the title', async () => {
		const page = await site.browser.newPage();
		await page.goto(site.url(`/${chapter}/`));
		const dates = page.locator('h1 ~ .page-dates');
		expect(await dates.textContent()).toMatch(/Updated \d{1,2} \w+ \d{4} · \d+ min read/);
		await page.close();
	});
});
