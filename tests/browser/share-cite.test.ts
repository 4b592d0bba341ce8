import { describe, expect, it } from 'vitest';
import { useSite } from '../support/site.ts';

const site = useSite();

describe('cite this page, in the browser', () => {
	it('copies a citation by keyboard and announces it', async () => {
		const context = await site.browser.newContext();
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
		const page = await context.newPage();
		await page.goto(site.url('/story/background/'));
		const button = page.locator('[data-cite-copy="cite-apa"]');
		await expect(button.isVisible()).resolves.toBe(true);
		await button.focus();
		await page.keyboard.press('Enter');
		const status = page.locator('[data-cite-status]');
		await page.waitForFunction(() => document.querySelector('[data-cite-status]')?.textContent !== '');
		await expect(status.textContent()).resolves.toBe('APA (7th edition) copied.');
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		const shown = await page.locator('#cite-apa').innerText();
		expect(copied).toBe(shown.trim());
		expect(copied).toMatch(/\(\d{4}, [A-Z][a-z]+ \d{1,2}\)/);
		await context.close();
	});

	it('shows and copies the page’s full address in a build without SITE_URL', async () => {
		const address = site.url('/story/background/');
		expect(address).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/story\/background\/$/);
		const context = await site.browser.newContext();
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
		const page = await context.newPage();
		await page.goto(site.url('/story/background/#cite-heading'));
		expect(await page.locator('#cite-apa').innerText()).toContain(address);
		await page.locator('[data-cite-copy="cite-apa"]').click();
		await page.waitForFunction(() => document.querySelector('[data-cite-status]')?.textContent !== '');
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toContain(address);
		// The other formats, in the disclosure, carry it too; the title names the site.
		await page.locator('.cite-page summary').click();
		for (const id of ['mla', 'chicago-bib', 'bibtex', 'ris'])
			expect(await page.locator(`#cite-${id}`).innerText(), id).toContain(address);
		expect(await page.locator('#cite-apa').innerText()).toMatch(/^Background – .+\. \(/);
		await context.close();
	});

	it('shows the citations, without copy buttons, when scripts are off', async () => {
		const context = await site.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(site.url('/glossary/'));
		await expect(page.locator('#cite-apa').isVisible()).resolves.toBe(true);
		await expect(page.locator('[data-cite-copy]').first().isVisible()).resolves.toBe(false);
		// The disclosure opens without scripts.
		await page.locator('.cite-page summary').click();
		await expect(page.locator('#cite-mla').isVisible()).resolves.toBe(true);
		await context.close();
	});
});
