import {
	chromium,
	type Browser,
	type BrowserContext,
	type ConsoleMessage,
	type Page,
	type Request,
	type Response,
} from 'playwright-core';
import { chromiumArgs, findChromium } from './chromium.ts';

export async function launchBrowser(): Promise<Browser> {
	const executablePath = findChromium();
	if (!executablePath) throw new Error('Chromium not found: run `npm run ensure:test-tools` or set CHROME_PATH.');
	return chromium.launch({ executablePath, args: chromiumArgs, headless: true });
}

/** What went wrong while a page was open: console errors, failed requests, requests to other hosts. */
export interface PageProblems {
	consoleErrors: string[];
	failedRequests: string[];
	foreignRequests: string[];
}

/**
 * Watches a page (or every page of a context) for errors and for requests leaving the allowed
 * origin, until `stop()` (for a page that goes on to another test).
 */
export function watch(target: Page | BrowserContext, allowedOrigin: string): PageProblems & { stop: () => void } {
	const problems: PageProblems = { consoleErrors: [], failedRequests: [], foreignRequests: [] };
	const detach: (() => void)[] = [];
	const attach = (page: Page) => {
		const onConsole = (message: ConsoleMessage) => {
			if (message.type() === 'error') problems.consoleErrors.push(`${page.url()}: ${message.text()}`);
		};
		const onPageError = (error: Error) => problems.consoleErrors.push(`${page.url()}: ${error.message}`);
		const onRequestFailed = (request: Request) =>
			problems.failedRequests.push(`${request.url()} (${request.failure()?.errorText})`);
		const onResponse = (response: Response) => {
			if (response.status() >= 400) problems.failedRequests.push(`${response.url()} (${response.status()})`);
		};
		const onRequest = (request: Request) => {
			const url = request.url();
			if (!url.startsWith(allowedOrigin) && !url.startsWith('data:') && !url.startsWith('blob:'))
				problems.foreignRequests.push(url);
		};
		page.on('console', onConsole);
		page.on('pageerror', onPageError);
		page.on('requestfailed', onRequestFailed);
		page.on('response', onResponse);
		page.on('request', onRequest);
		detach.push(() => {
			page.off('console', onConsole);
			page.off('pageerror', onPageError);
			page.off('requestfailed', onRequestFailed);
			page.off('response', onResponse);
			page.off('request', onRequest);
		});
	};
	if ('goto' in target) attach(target);
	else {
		target.on('page', attach);
		detach.push(() => target.off('page', attach));
	}
	// Not enumerable: `expect(problems).toEqual({…})` compares the lists only.
	return Object.defineProperty(problems, 'stop', {
		value: () => detach.splice(0).forEach((off) => off()),
	}) as PageProblems & {
		stop: () => void;
	};
}

/**
 * Tabs of one context lent to tests in turn. Opening a tab costs Chromium about as much as
 * loading a page in it, so concurrent tests reuse a few instead of opening one each. A tab goes
 * back to about:blank before it is lent again; a tab whose test failed is closed.
 */
export class TabPool {
	private readonly idle: Page[] = [];
	private readonly context: BrowserContext;
	// No parameter property: the benchmark imports this file under Node's type stripping, which has none.
	constructor(context: BrowserContext) {
		this.context = context;
	}

	/** Closes the context, and every tab with it. */
	close(): Promise<void> {
		return this.context.close();
	}

	async use<T>(run: (page: Page) => Promise<T>): Promise<T> {
		const page = this.idle.pop() ?? (await this.context.newPage());
		try {
			const result = await run(page);
			await page.goto('about:blank');
			this.idle.push(page);
			return result;
		} catch (error) {
			await page.close().catch(() => {});
			throw error;
		}
	}
}
