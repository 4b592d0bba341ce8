import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { startServer } from '../src/lib/static-server.ts';
import { gzipFileSize } from './gzip.ts';

export interface BenchPage {
	/** What kind of page it is, e.g. "story". */
	label: string;
	/** Its path on the site, e.g. "/story/the-decision/". */
	path: string;
}

/** One file the page fetched, with its gzipped size from disk. */
export interface FetchedFile {
	path: string;
	type: string;
	gzip: number;
	renderBlocking: boolean;
}

/** Bytes a first visit fetches, gzipped. */
export interface PageWeight extends BenchPage {
	total: number;
	js: number;
	css: number;
	/** The HTML plus the stylesheets that block the first render: what must arrive before anything shows. */
	htmlAndBlockingCss: number;
	files: FetchedFile[];
	/** Requests that matched no file in the build (or went to another host): they are not counted. */
	unmatched: string[];
}

/** What a page load fetches that counts as its weight; favicons and pings are left out. */
const countedTypes = new Set(['document', 'script', 'stylesheet', 'font', 'image', 'fetch']);

async function fileFor(dir: string, pathname: string): Promise<string | undefined> {
	const relative = decodeURIComponent(pathname).replace(/^\/+/, '');
	const candidates =
		relative === '' || relative.endsWith('/')
			? [`${relative}index.html`]
			: [relative, `${relative}.html`, `${relative}/index.html`];
	for (const candidate of candidates) {
		const file = path.join(dir, candidate);
		if (!file.startsWith(dir)) continue;
		if ((await stat(file).catch(() => undefined))?.isFile()) return file;
	}
	return undefined;
}

async function measurePage(browser: Browser, siteUrl: string, dir: string, target: BenchPage): Promise<PageWeight> {
	// A fresh context is an empty cache: a first visit. Service workers are blocked because
	// their precache downloads run in the background after the page is shown.
	const context = await browser.newContext({ serviceWorkers: 'block' });
	try {
		const page = await context.newPage();
		const fetched = new Map<string, string>();
		page.on('response', (response) => {
			const type = response.request().resourceType();
			if (countedTypes.has(type)) fetched.set(response.url(), type);
		});
		await page.goto(new URL(target.path.replace(/^\//, ''), siteUrl).href, { waitUntil: 'load' });
		// Scripts may fetch more (an index, a module) right after load; wait until the network is quiet.
		await page.waitForLoadState('networkidle');
		// Chromium marks each resource as render-blocking or not; this is the browser's own verdict.
		const blocking = new Set(
			await page.evaluate(() =>
				performance
					.getEntriesByType('resource')
					.filter(
						(entry) =>
							(entry as PerformanceResourceTiming & { renderBlockingStatus?: string }).renderBlockingStatus ===
							'blocking',
					)
					.map((entry) => entry.name),
			),
		);
		const origin = new URL(siteUrl).origin;
		const files: FetchedFile[] = [];
		const unmatched: string[] = [];
		for (const [url, type] of fetched) {
			const parsed = new URL(url);
			const file = parsed.origin === origin ? await fileFor(dir, parsed.pathname) : undefined;
			if (!file) {
				unmatched.push(url);
				continue;
			}
			files.push({ path: parsed.pathname, type, gzip: await gzipFileSize(file), renderBlocking: blocking.has(url) });
		}
		const sum = (filter: (file: FetchedFile) => boolean) =>
			files.filter(filter).reduce((total, file) => total + file.gzip, 0);
		return {
			...target,
			total: sum(() => true),
			js: sum((file) => file.type === 'script'),
			css: sum((file) => file.type === 'stylesheet'),
			htmlAndBlockingCss: sum(
				(file) => file.type === 'document' || (file.type === 'stylesheet' && file.renderBlocking),
			),
			files,
			unmatched,
		};
	} finally {
		await context.close();
	}
}

/** Loads each page of a built site in Chromium and weighs what it fetched, gzipped, from the files on disk. */
export async function measureWeights(
	browser: Browser,
	dir: string,
	pages: readonly BenchPage[],
): Promise<PageWeight[]> {
	const root = path.resolve(dir);
	const server = await startServer({ dir: root });
	try {
		const weights: PageWeight[] = [];
		for (const page of pages) weights.push(await measurePage(browser, server.url, root, page));
		return weights;
	} finally {
		await server.close();
	}
}

/** Script files a page loads beyond what another page loads, e.g. the glossary search over a story page. */
export function extraScripts(page: PageWeight, baseline: PageWeight): FetchedFile[] {
	const known = new Set(baseline.files.map((file) => file.path));
	return page.files.filter((file) => file.type === 'script' && !known.has(file.path));
}
