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

	it('shows the citations, without copy buttons, when scripts are off', async () => {
		const context = await site.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(site.url('/glossary/'));
		await expect(page.locator('#cite-mla').isVisible()).resolves.toBe(true);
		await expect(page.locator('[data-cite-copy]').first().isVisible()).resolves.toBe(false);
		await context.close();
	});
});
