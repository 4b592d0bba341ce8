import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { watch } from './browser.ts';
import { builtPages } from './dist.ts';
import { useSite } from './site.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Opens every built page in Chromium with one colour scheme and checks it logs no error, asks
 * nothing of another host, breaks no Content Security Policy rule and has no axe violation.
 * One file per scheme, so the two run on separate workers.
 */
export function auditEveryPage(colorScheme: 'light' | 'dark') {
	const site = useSite();
	const pages = builtPages(site.distDir);

	describe(`every built page in Chromium, ${colorScheme} theme`, () => {
		let context: BrowserContext;
		beforeAll(async () => {
			context = await site.browser.newContext({ colorScheme });
			// Counts Content Security Policy violations the page would otherwise only log.
			await context.addInitScript(() => {
				const seen: string[] = [];
				(window as unknown as { __csp: string[] }).__csp = seen;
				document.addEventListener('securitypolicyviolation', (event) =>
					seen.push(`${event.violatedDirective} ${event.blockedURI}`),
				);
			});
		});
		afterAll(async () => {
			await context?.close();
		});

		it('found the whole site', () => {
			expect(pages.length).toBeGreaterThan(60);
		});

		// A few pages at a time (the browser project's maxConcurrency): their waits overlap.
		it.concurrent.for(pages)(
			'%s: no console error, failed or foreign request, CSP violation or axe violation',
			async (path, { expect }) => {
				const page = await context.newPage();
				const problems = watch(page, site.origin);
				await page.goto(site.url(path), { waitUntil: 'networkidle' });
				expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(colorScheme);
				const csp = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
				await page.evaluate(axeSource);
				const violations = await page.evaluate(async () => {
					const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
					const result = await axe.run(document, {
						runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
					});
					return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
				});
				await page.close();
				expect({ ...problems, csp, violations }).toEqual({
					consoleErrors: [],
					failedRequests: [],
					foreignRequests: [],
					csp: [],
					violations: [],
				});
			},
		);
	});
}
