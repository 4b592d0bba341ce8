import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, watch } from '../support/browser.ts';

const siteUrl = inject('siteUrl');
const origin = new URL(siteUrl).origin;
let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

describe('home page', () => {
	it('has the site title, logs no error and asks nothing of any other host', async () => {
		const page = await browser.newPage();
		const problems = watch(page, origin);
		const response = await page.goto(siteUrl, { waitUntil: 'networkidle' });
		expect(response?.status()).toBe(200);
		expect(await page.title()).toMatch(/The ATACMS decision, explained/);
		await expect(page.locator('h1').first().textContent()).resolves.toMatch(/ATACMS/);
		expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
		await page.close();
	});
});
