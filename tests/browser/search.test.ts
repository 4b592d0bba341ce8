import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/site.ts';

const site = useSite();

/** Opens a story page on a desktop-sized screen, optionally as an Apple device, and records its requests. */
async function openPage(options: { apple?: boolean } = {}): Promise<{ page: Page; requests: string[] }> {
	const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
	// Starlight picks the shortcut from navigator.platform (the user agent is spoofed by devtools).
	if (options.apple) {
		await context.addInitScript(() =>
			Object.defineProperty(Navigator.prototype, 'platform', { get: () => 'MacIntel' }),
		);
	}
	const page = await context.newPage();
	const requests: string[] = [];
	page.on('request', (request) => requests.push(new URL(request.url()).pathname));
	await page.goto(site.url('/story/background/'), { waitUntil: 'networkidle' });
	// Starlight builds the search UI when the page is idle: give it the time to (not) do so.
	await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 300))));
	return { page, requests };
}

const pagefindRequests = (requests: string[]) => requests.filter((path) => /\/pagefind\/|ui-core/.test(path));

describe('full-text search', () => {
	it('fetches nothing of Pagefind until search opens, then focuses its field', async ({ expect }) => {
		const { page, requests } = await openPage();
		expect(pagefindRequests(requests)).toEqual([]);

		await page.getByRole('button', { name: 'Search', exact: true }).click();
		const input = page.locator('#starlight__search input');
		await input.waitFor();
		await expect.poll(() => input.evaluate((element) => element === document.activeElement)).toBe(true);
		await input.pressSequentially('the');
		await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 15_000 });
		expect(pagefindRequests(requests).length).toBeGreaterThan(0);
		await page.context().close();
	});

	it('names its button by the visible word, with the shortcut for this platform', async () => {
		const { page } = await openPage();
		const button = page.locator('button[data-open-modal]');
		expect(await button.getAttribute('type')).toBe('button');
		expect(await button.getAttribute('aria-keyshortcuts')).toBe('Control+K');
		expect((await button.innerText()).replace(/\s+/g, ' ').trim()).toBe('Search Ctrl K');
		expect(await page.getByRole('button', { name: 'Search', exact: true }).count()).toBe(1);
		await page.keyboard.press('Control+k');
		await page.locator('#starlight__search input').waitFor();
		await page.context().close();
	});

	it('shows ⌘K and announces Meta+K on Apple devices', async () => {
		const { page } = await openPage({ apple: true });
		const button = page.locator('button[data-open-modal]');
		expect(await button.getAttribute('aria-keyshortcuts')).toBe('Meta+K');
		expect((await button.locator('kbd').first().innerText()).replace(/\s+/g, '')).toBe('⌘K');
		await page.keyboard.press('Meta+k');
		expect(await page.locator('dialog[aria-label="Search"]').evaluate((dialog: HTMLDialogElement) => dialog.open)).toBe(
			true,
		);
		await page.context().close();
	});

	it('gives every header button a type', async () => {
		const { page } = await openPage();
		expect(await page.locator('header button:not([type]), .sl-menu-button:not([type])').count()).toBe(0);
		await page.context().close();
	});
});
