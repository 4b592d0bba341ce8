import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, describe, expect, inject, it, vi } from 'vitest';
import { startServer } from '../../scripts/static-server.ts';
import { watch } from '../support/browser.ts';
import { precachedFiles, serviceWorker } from '../../src/integrations/service-worker.ts';
import { builtPages, onePageOfEachKind } from '../support/dist.ts';
import { useSite } from '../support/site.ts';

const site = useSite();
const scratch = mkdtempSync(path.join(tmpdir(), 'atacms-offline-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** How many files a built site's service worker lists to precache. */
const precacheSize = (dir: string) => precachedFiles(readFileSync(path.join(dir, 'sw.js'), 'utf8')).length;

/** The files in the page's precache (the cache whose name ends in " precache"), as their cache keys. */
function precachedKeys(page: Page): Promise<string[]> {
	return page.evaluate(async () => {
		const name = (await caches.keys()).find((each) => each.endsWith(' precache'));
		return name ? (await (await caches.open(name)).keys()).map((request) => request.url) : [];
	});
}

/**
 * Opens a page and waits until the service worker controls it and has downloaded the whole
 * precache list in the background (the page asks for it once loaded and idle).
 */
async function installServiceWorker(context: BrowserContext, url: string, files: number): Promise<Page> {
	const page = await context.newPage();
	await page.goto(url);
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
	await vi.waitFor(
		async () => {
			const held = (await precachedKeys(page)).length;
			if (held !== files) throw new Error(`the precache holds ${held} of ${files} files`);
		},
		{ timeout: 60_000, interval: 200 },
	);
	return page;
}

/** Writes sw.js for a built folder with the build's own service-worker step, as a new build would. */
async function writeServiceWorker(dir: string) {
	await serviceWorker.run({
		dir,
		base: '/',
		site: undefined,
		logger: { info: () => {}, warn: (message) => expect(message).toBe('') },
	});
}

async function searchGlossary(page: Page, query: string) {
	await page.locator('glossary-search[data-ready]').waitFor({ state: 'attached' });
	const input = page.getByLabel('Search the glossary');
	await input.fill(query);
	const first = page.locator('.glossary-results li').first();
	await first.waitFor();
	return first.textContent();
}

/** A request for one of the site's pages (not a file a page uses). */
const isPageRequest = (request: Request) => /\/$|\.html$/.test(new URL(request.url()).pathname);

/** Pretends the reader's browser says `hints` about the connection (the Network Information API). */
async function connection(context: BrowserContext, hints: { saveData: boolean; effectiveType: string }) {
	await context.addInitScript((value) => {
		Object.defineProperty(navigator, 'connection', { value, configurable: true });
	}, hints);
}

describe('offline after one visit (service worker)', () => {
	it('serves every page, the maps, the glossary and its search with the network cut', async ({ expect }) => {
		const context = await site.browser.newContext();
		const page = await installServiceWorker(context, site.url('/'), precacheSize(site.distDir));
		await context.setOffline(true);
		expect(await page.evaluate(() => navigator.onLine)).toBe(false);

		await page.goto(site.url('/glossary/'));
		expect(await searchGlossary(page, 'apec')).toContain('APEC');

		await page.goto(site.url('/story/the-decision/'));
		expect(await page.locator('h1').textContent()).toBe('The decision');

		// Full-text search (Pagefind's index is not precached) says it needs the network, and where to search instead.
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await page.getByRole('button', { name: 'Search' }).click();
		const note = page.locator('#starlight__search .search-offline');
		await note.waitFor({ timeout: 15_000 });
		expect(await note.textContent()).toMatch(/needs a connection/);
		expect(await note.getByRole('link').getAttribute('href')).toBe('/glossary/');
		expect(errors).toEqual([]);

		// A page never opened: its map image comes from the precache too.
		const place = builtPages(site.distDir).find(
			(page) =>
				/^\/places\/[^/]+\/$/.test(page) &&
				readFileSync(path.join(site.distDir, page, 'index.html'), 'utf8').includes('class="map-img'),
		)!;
		await page.goto(site.url(place));
		await page.locator('img.map-img').waitFor();
		await expect
			.poll(() =>
				page.locator('img.map-img').evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth),
			)
			.toBeGreaterThan(0);
		await context.close();
	});

	it('starts the background download only after the page has loaded', async ({ expect }) => {
		const context = await site.browser.newContext();
		const page = await context.newPage();
		let loaded = false;
		page.once('load', () => (loaded = true));
		// Requests the service worker makes (its own script included), and which of them came before the load event.
		const fromWorker: string[] = [];
		const early: string[] = [];
		context.on('request', (request) => {
			if (!request.serviceWorker() && !request.url().endsWith('/sw.js')) return;
			fromWorker.push(request.url());
			if (!loaded) early.push(request.url());
		});
		// The page's stylesheets are held back, so the load event cannot come before they are let go.
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route(/\.css$/, async (route) => {
			await held;
			await route.continue();
		});
		const opened = page.goto(site.url('/'), { waitUntil: 'load' });
		await page.waitForURL(site.url('/'), { waitUntil: 'domcontentloaded' });
		// Let the page's scripts run and the browser go idle: a worker registered now would already show.
		await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => requestIdleCallback(resolve))));
		expect(await page.evaluate(() => document.readyState)).not.toBe('complete');
		expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) === undefined)).toBe(true);
		release();
		await opened;

		await expect
			.poll(async () => (await precachedKeys(page)).length, { timeout: 60_000 })
			.toBe(precacheSize(site.distDir));
		expect(early).toEqual([]);
		expect(fromWorker.length).toBeGreaterThan(precacheSize(site.distDir) / 2);
		await context.close();
	});

	it('with save-data on, downloads nothing in the background, yet keeps the pages read for offline', async ({
		expect,
	}) => {
		const context = await site.browser.newContext();
		await connection(context, { saveData: true, effectiveType: '4g' });
		const pages: string[] = [];
		context.on('request', (request) => {
			if (isPageRequest(request)) pages.push(new URL(request.url()).pathname);
		});
		const page = await context.newPage();
		await page.goto(site.url('/story/the-decision/'));
		expect(await page.evaluate(() => (navigator as { connection?: { saveData?: boolean } }).connection?.saveData)).toBe(
			true,
		);
		// The worker keeps this first page (which loaded before it was there) once the page is idle.
		await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
		await expect.poll(() => page.evaluate(async () => (await caches.match(location.href)) !== undefined)).toBe(true);
		// A second page goes through the worker, which keeps it as it passes.
		await page.goto(site.url('/glossary/'));
		await page.locator('glossary-search[data-ready]').waitFor({ state: 'attached' });
		await expect.poll(() => page.evaluate(async () => (await caches.match(location.href)) !== undefined)).toBe(true);

		expect(await page.evaluate(() => caches.keys())).not.toContainEqual(expect.stringMatching(/precache/));
		expect(await precachedKeys(page)).toEqual([]);
		expect(new Set(pages)).toEqual(new Set(['/story/the-decision/', '/glossary/']));

		await context.setOffline(true);
		await page.reload();
		expect(await searchGlossary(page, 'apec')).toContain('APEC');
		await page.goto(site.url('/story/the-decision/'));
		expect(await page.locator('h1').textContent()).toBe('The decision');
		// Styled from the kept stylesheet, not bare HTML.
		expect(
			await page.evaluate(() =>
				getComputedStyle(document.documentElement).getPropertyValue('--sl-color-accent').trim(),
			),
		).not.toBe('');
		await context.close();
	});

	it('on a 2G connection, downloads nothing in the background either', async ({ expect }) => {
		const context = await site.browser.newContext();
		await connection(context, { saveData: false, effectiveType: '2g' });
		const page = await context.newPage();
		await page.goto(site.url('/'));
		await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
		await expect.poll(() => page.evaluate(async () => (await caches.match(location.href)) !== undefined)).toBe(true);
		expect(await page.evaluate(() => caches.keys())).not.toContainEqual(expect.stringMatching(/precache/));
		await context.close();
	});
});

describe('opened straight from disk (file://)', () => {
	it('works from a copy of dist-offline/ with every non-file request blocked', async () => {
		const copy = path.join(scratch, 'usb-stick');
		cpSync(inject('offlineDir'), copy, { recursive: true });
		const context = await site.browser.newContext();
		const blocked: string[] = [];
		await context.route('**/*', (route) => {
			const url = route.request().url();
			if (url.startsWith('file:')) return route.continue();
			blocked.push(url);
			return route.abort();
		});
		const page = await context.newPage();
		const problems = watch(page, 'file://');
		await page.goto(pathToFileURL(path.join(copy, 'index.html')).href);

		// Styles load: Starlight's custom properties and layout are there.
		expect(
			await page.evaluate(() =>
				getComputedStyle(document.documentElement).getPropertyValue('--sl-color-accent').trim(),
			),
		).not.toBe('');
		expect(await page.locator('.offline-search').textContent()).toContain('Search the glossary');

		// Links between pages resolve to files.
		await page.locator('#starlight__sidebar a', { hasText: 'Background' }).click();
		await page.waitForURL(/story\/background\/index\.html$/);
		expect(await page.locator('h1').textContent()).toBe('Background');
		await page.locator('.offline-search a').click();
		await page.waitForURL(/glossary\/index\.html$/);

		// Glossary search works with the index inlined.
		expect(await searchGlossary(page, 'atacms')).toMatch(/ATACMS.*ballistic missile/);
		await page.locator('.glossary-results a').first().click();
		await page.waitForURL(/glossary\/atacms\/index\.html$/);

		expect(problems.consoleErrors).toEqual([]);
		expect(problems.failedRequests).toEqual([]);
		expect(blocked).toEqual([]);
		await context.close();
	});
});

describe('hosted under a sub-path (/atacms/)', () => {
	const subpathDir = inject('subpathDir');
	const subpathUrl = inject('subpathUrl');
	// Every link of every page resolves under /atacms/ (tests/site/offline-files.test.ts reads the
	// files); here, one page of each kind runs its scripts, whose requests are built at run time.
	const pages = onePageOfEachKind(builtPages(subpathDir));

	it('loads a page of each kind with no failed request and no console error', async () => {
		expect(pages).toEqual(expect.arrayContaining(['/', '/glossary/', '/story/background/', '/404.html']));
		const context = await site.browser.newContext({ serviceWorkers: 'block' });
		const problems = watch(context, new URL(subpathUrl).origin);
		// Four tabs share the list, so their waits for the network to settle overlap.
		const queue = [...pages];
		const tab = async () => {
			const page = await context.newPage();
			for (let path = queue.shift(); path; path = queue.shift()) {
				await page.goto(new URL(path.slice(1), subpathUrl).href, { waitUntil: 'networkidle' });
				// Starlight imports its search script when the page is idle: let that request start
				// and finish before leaving, or the navigation itself aborts it.
				await page.waitForFunction(() =>
					performance.getEntriesByType('resource').some((entry) => entry.name.includes('/pagefind-on-open.')),
				);
			}
		};
		await Promise.all([tab(), tab(), tab(), tab()]);
		expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
		await context.close();
	}, 120_000);

	it('answers a missing page with the site 404 page, and searches under the sub-path', async () => {
		const context = await site.browser.newContext();
		const page = await context.newPage();
		const missing = await page.goto(new URL('no-such-page/', subpathUrl).href);
		expect(missing?.status()).toBe(404);
		expect(await page.locator('main').textContent()).toMatch(/not found/i);

		await page.goto(new URL('glossary/', subpathUrl).href);
		expect(await searchGlossary(page, 'apek')).toContain('APEC');
		expect(await page.locator('.glossary-results a').first().getAttribute('href')).toBe('/atacms/glossary/apec/');

		await page.getByRole('button', { name: 'Search' }).click();
		await page.locator('#starlight__search input').fill('Lima');
		await page.locator('.pagefind-ui__result a').first().waitFor({ timeout: 15_000 });
		expect(await page.locator('.pagefind-ui__result a').first().getAttribute('href')).toMatch(/^\/atacms\//);

		const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
		expect(new URL(scope).pathname).toBe('/atacms/');
		await context.close();
	});
});

describe('a new build', () => {
	it('is offered by the service worker, and once accepted replaces the old version', async ({ expect }) => {
		const live = path.join(scratch, 'live');
		cpSync(site.distDir, live, { recursive: true });
		const server = await startServer({ dir: live });
		const context = await site.browser.newContext();
		const page = await installServiceWorker(context, new URL('data/', server.url).href, precacheSize(live));
		const marker = `New version published at test time ${Date.now()}`;
		expect(await page.textContent('main')).not.toContain(marker);

		// Publish a new version: one page changed, and sw.js written again by the build's own step.
		const dataPage = path.join(live, 'data/index.html');
		const html = readFileSync(dataPage, 'utf8');
		expect(html.match(/<\/main>/g), 'the data page has one <main>').toHaveLength(1);
		writeFileSync(dataPage, html.replace('</main>', `<p>${marker}</p></main>`));
		await writeServiceWorker(live);

		// The old worker still serves the old page; the new one waits and is offered.
		await page.reload();
		expect(await page.textContent('main')).not.toContain(marker);
		await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
		const banner = page.locator('.update-banner');
		await banner.waitFor({ timeout: 20_000 });
		await Promise.all([page.waitForEvent('load'), banner.getByRole('button', { name: 'Reload' }).click()]);
		expect(await page.textContent('main')).toContain(marker);

		// The precache ends up holding only the new revision of the changed page, and every file once.
		const dataKeys = async () => (await precachedKeys(page)).filter((url) => new URL(url).pathname === '/data/');
		await expect.poll(async () => (await dataKeys()).length, { timeout: 60_000 }).toBe(1);
		await expect.poll(async () => (await precachedKeys(page)).length, { timeout: 60_000 }).toBe(precacheSize(live));
		await context.setOffline(true);
		await page.reload();
		expect(await page.textContent('main')).toContain(marker);
		await context.close();
		await server.close();
	}, 120_000);
});
