import { describe, expect, it } from 'vitest';
import { watch } from '../support/browser.ts';
import { useSite } from '../support/site.ts';

const site = useSite();

describe('home page', () => {
	it('has the site title, logs no error and asks nothing of any other host', async () => {
		const page = await site.browser.newPage();
		const problems = watch(page, site.origin);
		const response = await page.goto(site.url('/'), { waitUntil: 'networkidle' });
		expect(response?.status()).toBe(200);
		expect(await page.title()).toMatch(/ATACMS decision/);
		expect(await page.locator('h1').first().textContent()).toMatch(/ATACMS/);
		expect(await page.getByText('As reported on 17 November 2024').count()).toBeGreaterThan(0);
		expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
		await page.close();
	});
});
