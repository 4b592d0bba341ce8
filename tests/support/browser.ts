import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { chromiumArgs, findChromium } from './chromium.ts';

export async function launchBrowser(): Promise<Browser> {
	const executablePath = findChromium();
	if (!executablePath) throw new Error('Chromium not found: run `node scripts/ensure-chromium.ts` or set CHROME_PATH.');
	return chromium.launch({ executablePath, args: chromiumArgs, headless: true });
}

/** What went wrong while a page was open: console errors, failed requests, requests to other hosts. */
export interface PageProblems {
	consoleErrors: string[];
	failedRequests: string[];
	foreignRequests: string[];
}

/** Watches a page (or every page of a context) for errors and for requests leaving the allowed origin. */
export function watch(target: Page | BrowserContext, allowedOrigin: string): PageProblems {
	const problems: PageProblems = { consoleErrors: [], failedRequests: [], foreignRequests: [] };
	const attach = (page: Page) => {
		page.on('console', (message) => {
			if (message.type() === 'error') problems.consoleErrors.push(`${page.url()}: ${message.text()}`);
		});
		page.on('pageerror', (error) => problems.consoleErrors.push(`${page.url()}: ${error.message}`));
		page.on('requestfailed', (request) =>
			problems.failedRequests.push(`${request.url()} (${request.failure()?.errorText})`),
		);
		page.on('response', (response) => {
			if (response.status() >= 400) problems.failedRequests.push(`${response.url()} (${response.status()})`);
		});
		page.on('request', (request) => {
			const url = request.url();
			if (!url.startsWith(allowedOrigin) && !url.startsWith('data:') && !url.startsWith('blob:'))
				problems.foreignRequests.push(url);
		});
	};
	if ('goto' in target) attach(target);
	else target.on('page', attach);
	return problems;
}
