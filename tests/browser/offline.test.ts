import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { startServer } from '../../scripts/static-server.ts';
import { watch } from '../support/browser.ts';
import { serviceWorker } from '../../src/integrations/service-worker.ts';
import { builtPages, onePageOfEachKind } from '../support/dist.ts';
import { useSite } from '../support/site.ts';

const site = useSite();
const scratch = mkdtempSync(path.join(tmpdir(), 'atacms-offline-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Opens a page and waits until the service worker has precached the site and controls the page. */
async function installServiceWorker(context: BrowserContext, url: string): Promise<Page> {
	const page = await context.newPage();
	await page.goto(url);
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
	return page;
}

/** Writes sw.js for a built folder with the build's own service-worker step, as a new build would. */
async function writeServiceWorker(dir: string) {
	const hook = serviceWorker().hooks['astro:build:done'] as (options: {
		dir: URL;
		logger: { info: (message: string) => void; warn: (message: string) => void };
	}) => Promise<void>;
	await hook({
		dir: pathToFileURL(`${dir}/`),
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

describe('offline after one visit (service worker)', () => {
	it('serves the glossary, its search, story pages and full-text search with the network cut', async () => {
		const context = await site.browser.newContext();
		const page = await installServiceWorker(context, site.url('/'));
		await context.setOffline(true);
		expect(await page.evaluate(() => navigator.onLine)).toBe(false);

		await page.goto(site.url('/glossary/'));
		expect(await searchGlossary(page, 'apec')).toContain('APEC');

		await page.goto(site.url('/story/the-decision/'));
		expect(await page.locator('h1').textContent()).toBe('The decision');

		await page.getByRole('button', { name: 'Search' }).click();
		await page.locator('#starlight__search input').fill('Lima');
		await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 15_000 });
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
	it('is offered by the service worker, and once accepted replaces the old version', async () => {
		const live = path.join(scratch, 'live');
		cpSync(site.distDir, live, { recursive: true });
		const server = await startServer({ dir: live });
		const context = await site.browser.newContext();
		const page = await installServiceWorker(context, new URL('data/', server.url).href);
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

		// The precache holds only the new revision of the changed page.
		const revisions = await page.evaluate(async () => {
			const names = await caches.keys();
			const keys = (await Promise.all(names.map(async (name) => (await caches.open(name)).keys()))).flat();
			return keys.map((request) => request.url).filter((url) => url.includes('/data/index.html'));
		});
		expect(revisions).toHaveLength(1);
		await context.close();
		await server.close();
	}, 120_000);
});
