import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../scripts/static-server.ts';
import { useSite } from '../support/site.ts';

const site = useSite();
// One page of each type: the home page, a story page, the glossary and a term, a person, a place,
// the timeline, sources, data and the 404 page.
const firstIn = (folder: string) =>
	`/${folder}/${readdirSync(path.join(site.distDir, folder), { withFileTypes: true }).find((entry) => entry.isDirectory())!.name}/`;
const pages = [
	'/',
	'/story/background/',
	'/glossary/',
	firstIn('glossary'),
	firstIn('people'),
	firstIn('places'),
	'/timeline/',
	'/sources/',
	'/data/',
	'/no-such-page/',
];

let server: RunningServer;
beforeAll(async () => {
	server = await startServer({ dir: site.distDir, hostHeaders: true });
});
afterAll(() => server?.close());

describe('the site served with its _headers applied', () => {
	it.each(pages)('%s gets the headers and loads with no CSP violation', async (pathname) => {
		const page = await site.browser.newPage();
		await page.addInitScript(() => {
			const seen: string[] = [];
			(window as unknown as { cspViolations: string[] }).cspViolations = seen;
			document.addEventListener('securitypolicyviolation', (event) =>
				seen.push(`${event.violatedDirective} ${event.blockedURI}`),
			);
		});
		const errors: string[] = [];
		page.on('console', (message) => {
			if (message.type() === 'error') errors.push(message.text());
		});
		const response = await page.goto(new URL(pathname.slice(1), server.url).href, { waitUntil: 'load' });
		const headers = response!.headers();
		expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
		expect(headers['content-security-policy']).toContain("script-src 'self'");
		expect(headers['x-content-type-options']).toBe('nosniff');
		expect(headers['permissions-policy']).toContain('camera=()');
		await page.waitForTimeout(300);
		expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
		expect(errors.filter((text) => /Content Security Policy|Permissions-Policy/i.test(text))).toEqual([]);
		await page.close();
	});

	it('refuses to be framed', async () => {
		const page = await site.browser.newPage();
		const blocked = new Promise<boolean>((resolve) => {
			page.on('console', (message) => {
				if (/frame-ancestors/.test(message.text())) resolve(true);
			});
			setTimeout(() => resolve(false), 5000);
		});
		await page.setContent(`<iframe src="${server.url}"></iframe>`);
		expect(await blocked).toBe(true);
		await page.close();
	});

	it('caches hashed assets for a year', async () => {
		const asset = readdirSync(path.join(site.distDir, '_astro')).find((name) => name.endsWith('.css'))!;
		const response = await fetch(new URL(`_astro/${asset}`, server.url));
		expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
	});
});
