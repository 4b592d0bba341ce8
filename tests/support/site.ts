import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';

/** One Chromium per test file, on the site the global setup built and serves. */
export function useSite() {
	const siteUrl = inject('siteUrl');
	const site = {
		url: (path: string) => new URL(path.replace(/^\//, ''), siteUrl).href,
		origin: new URL(siteUrl).origin,
		distDir: inject('distDir'),
		browser: undefined as unknown as Browser,
	};
	beforeAll(async () => {
		site.browser = await launchBrowser();
	});
	afterAll(async () => {
		await site.browser?.close();
	});
	return site;
}
