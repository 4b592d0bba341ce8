import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';

/**
 * The site the global setup built and serves: `url()` of a page, its `origin`, the built
 * `distDir`, and (in the `browser` project only) one Chromium per test file.
 */
export function useSite() {
	const siteUrl = inject('siteUrl');
	let browser: Browser | undefined;
	const site = {
		url: (path: string) => new URL(path.replace(/^\//, ''), siteUrl).href,
		origin: new URL(siteUrl).origin,
		distDir: inject('distDir'),
		get browser(): Browser {
			if (!browser)
				throw new Error(
					inject('chromium')
						? 'Chromium is not running yet: use site.browser inside a test or hook, not at the top of the file.'
						: 'This project has no Chromium: tests that open pages belong in tests/browser/, tests/site/ reads built files only.',
				);
			return browser;
		},
	};
	if (inject('chromium')) {
		beforeAll(async () => {
			browser = await launchBrowser();
		});
		afterAll(async () => {
			await browser?.close();
		});
	}
	return site;
}

/** The built files only, for checks that need no browser: the hosted site, the copy to open from disk, the sub-path build. */
export function useDist() {
	return {
		distDir: inject('distDir'),
		offlineDir: inject('offlineDir'),
		subpathDir: inject('subpathDir'),
	};
}
