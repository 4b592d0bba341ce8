import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareIndex, searchGlossary } from '../../src/lib/glossary/search.ts';
import { loadGlossaryIndex } from '../../src/lib/glossary/source.ts';
import { watch } from '../support/browser.ts';
import { projectRoot } from '../support/build.ts';
import { useSite } from '../support/site.ts';

const site = useSite();

async function glossaryPage() {
	const page = await site.browser.newPage();
	const problems = watch(page, site.origin);
	await page.goto(site.url('/glossary/'));
	await page.locator('glossary-search[data-ready]').waitFor({ state: 'attached' });
	return { page, problems };
}

describe('glossary search in the browser', () => {
	it('lists APEC while typing "apek", announces the count, and opens it with the keyboard', async ({ expect }) => {
		const { page, problems } = await glossaryPage();
		const input = page.getByLabel('Search the glossary');
		await input.pressSequentially('apek');
		const first = page.locator('.glossary-results a').first();
		await expect.poll(() => first.textContent()).toContain('APEC');
		await expect.poll(() => page.locator('glossary-search [role="status"]').textContent()).toMatch(/^\d+ terms? match/);
		await input.press('ArrowDown');
		expect(await first.evaluate((el) => el === document.activeElement)).toBe(true);
		await Promise.all([page.waitForURL(/\/glossary\/apec\/$/), page.keyboard.press('Enter')]);
		expect(await page.locator('h1').textContent()).toBe('APEC');
		expect(problems.consoleErrors).toEqual([]);
		await page.close();
	});

	it('clears on Escape', async ({ expect }) => {
		const { page } = await glossaryPage();
		const input = page.getByLabel('Search the glossary');
		await input.fill('atacms');
		await expect.poll(() => page.locator('.glossary-results li').count()).toBeGreaterThan(0);
		await input.press('Escape');
		expect(await input.inputValue()).toBe('');
		expect(await page.locator('.glossary-results li').count()).toBe(0);
		await page.close();
	});

	it('shows hostile input as text, and counts what the search finds for it', async ({ expect }) => {
		const { page, problems } = await glossaryPage();
		const input = page.getByLabel('Search the glossary');
		const status = page.locator('glossary-search [role="status"]');
		const imagesBefore = await page.locator('img').count();
		const index = prepareIndex((await loadGlossaryIndex(projectRoot)).terms);
		// HTML and scripts match nothing; "(a+)+$" is read as the letter "a", which begins terms.
		const regexLike = searchGlossary(index, '(a+)+$').length;
		expect(regexLike).toBeGreaterThan(0);
		for (const [hostile, expected] of [
			['<img src=x onerror="window.__pwned=1">', 0],
			['"><script>window.__pwned=1</script>', 0],
			['(a+)+$', regexLike],
			['🚀 صاروخ', 0],
		] as const) {
			// Cleared first, so the status read next is this query's, not the last one's.
			await input.fill('');
			await expect.poll(() => status.textContent()).toBe('');
			await input.fill(hostile);
			await expect
				.poll(() => status.textContent(), { message: hostile })
				.toMatch(expected === 0 ? /^No term matches/ : new RegExp(`^${expected} terms? match`));
			expect(await page.locator('.glossary-results li').count(), hostile).toBe(expected);
		}
		await input.fill('x'.repeat(10_000));
		expect(await page.locator('img').count()).toBe(imagesBefore);
		expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
		expect(problems.consoleErrors).toEqual([]);
		await page.close();
	});

	it('still lists every term A–Z without JavaScript', async () => {
		const context = await site.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(site.url('/glossary/'));
		const index = await loadGlossaryIndex(projectRoot);
		expect(await page.locator('.glossary-letter dt a').count()).toBe(index.terms.length);
		expect(await page.locator('glossary-search').isVisible()).toBe(false);
		await context.close();
	});
});

describe('glossary previews', () => {
	it('shows the ATACMS definition when its link on /story/the-decision/ gets keyboard focus', async () => {
		const page = await site.browser.newPage();
		await page.goto(site.url('/story/the-decision/'));
		const link = page.locator('a.term-link[data-term="atacms"]');
		const built = JSON.parse(readFileSync(path.join(site.distDir, 'glossary-index.json'), 'utf8'));
		const definition = built.terms.find((term: { s: string }) => term.s === 'atacms').d;
		// Tab until the ATACMS link has focus, as a keyboard user would.
		for (let i = 0; i < 60 && !(await link.evaluate((el) => el === document.activeElement)); i++)
			await page.keyboard.press('Tab');
		expect(await link.evaluate((el) => el === document.activeElement)).toBe(true);
		const tip = page.getByRole('tooltip');
		await tip.waitFor({ state: 'visible' });
		expect(await tip.textContent()).toBe(definition);
		const [tipBox, linkBox] = [await tip.boundingBox(), await link.boundingBox()];
		const overlaps =
			tipBox!.x < linkBox!.x + linkBox!.width &&
			linkBox!.x < tipBox!.x + tipBox!.width &&
			tipBox!.y < linkBox!.y + linkBox!.height &&
			linkBox!.y < tipBox!.y + tipBox!.height;
		expect(overlaps, 'the preview never covers its link').toBe(false);
		await page.keyboard.press('Escape');
		await tip.waitFor({ state: 'hidden' });
		await page.close();
	});

	it('opens on hover and closes when the pointer leaves', async () => {
		const page = await site.browser.newPage();
		await page.goto(site.url('/story/background/'));
		const link = page.locator('a.term-link').first();
		await link.hover();
		await page.getByRole('tooltip').waitFor({ state: 'visible' });
		await page.mouse.move(0, 0);
		await page.getByRole('tooltip').waitFor({ state: 'hidden' });
		await page.close();
	});

	it('gives term links their definition as accessible description, with or without JavaScript', async () => {
		const context = await site.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(site.url('/story/the-decision/'));
		const link = page.locator('a.term-link[data-term="atacms"]');
		expect(await link.getAttribute('href')).toMatch(/\/glossary\/atacms\/$/);
		const description = await link.evaluate(
			(el) => document.getElementById(el.getAttribute('aria-describedby')!)?.textContent,
		);
		expect(description).toMatch(/ballistic missile/);
		await context.close();
	});
});

describe('glossary on the built site', () => {
	it('auto-links terms on both MDX and Markdown pages', async () => {
		const page = await site.browser.newPage();
		for (const [path, kind] of [
			['/story/background/', 'mdx'],
			['/data/', 'md'],
		] as const) {
			await page.goto(site.url(path));
			expect(await page.locator('.sl-markdown-content a.term-link').count(), `${kind} page ${path}`).toBeGreaterThan(0);
		}
		await page.close();
	});

	it('lists "Mentioned in" backlinks computed from the pages', async () => {
		const page = await site.browser.newPage();
		await page.goto(site.url('/glossary/atacms/'));
		const mentions = await page.locator('.mentions a').allTextContents();
		expect(mentions).toEqual(expect.arrayContaining(['Background', 'The decision']));
		await page.close();
	});

	it('gives the glossary and every term schema.org JSON-LD', async () => {
		const index = await loadGlossaryIndex(projectRoot);
		const page = await site.browser.newPage();
		await page.goto(site.url('/glossary/'));
		const set = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
		expect(set['@type']).toBe('DefinedTermSet');
		expect(set.hasDefinedTerm).toHaveLength(index.terms.length);
		await page.goto(site.url('/glossary/atacms/'));
		const term = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
		expect(term).toMatchObject({
			'@type': 'DefinedTerm',
			name: 'ATACMS',
			alternateName: expect.arrayContaining(['ATACMs']),
		});
		await page.close();
	});
});
