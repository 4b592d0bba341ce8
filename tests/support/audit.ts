import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TabPool, watch } from './browser.ts';
import { builtPages } from './dist.ts';
import { useSite } from './site.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe's rule sets: every WCAG 2.2 A/AA and best-practice rule, and those whose result depends on the colours. */
const allRules = { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] };
const colourRules = { type: 'rule', values: ['color-contrast', 'link-in-text-block'] };

/** Runs axe on the page, after loading it once; returns one line per violation. */
async function axeViolations(page: Page, runOnly: typeof allRules): Promise<string[]> {
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
	return page.evaluate(async (only) => {
		const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
		// Violations are all that is read: axe then keeps one node of each other result, which is faster.
		const result = await axe.run(document, {
			runOnly: only as import('axe-core').RunOnly,
			resultTypes: ['violations'],
		});
		return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
	}, runOnly);
}

/** The theme Starlight shows, once it is `theme` (it follows the system's scheme while the reader has chosen none). */
async function themeBecomes(page: Page, theme: 'light' | 'dark') {
	// Seconds on a busy 2-core machine: the switch runs in the page's own script, after axe's work.
	await page.waitForFunction((expected) => document.documentElement.dataset.theme === expected, theme, {
		timeout: 20_000,
	});
}

/**
 * Opens one share of the built pages (`part` of `parts`, every `parts`-th page, so each share
 * mixes page kinds) in Chromium and checks that each logs no error, asks nothing of another host,
 * breaks no Content Security Policy rule and has no axe violation: every rule in the light
 * theme, then, with the system switched to dark (Starlight follows it), the colour rules again.
 * The other rules do not depend on the theme. One file per share, so the shares run on separate
 * workers.
 */
export function auditPages(part: number, parts: number) {
	const site = useSite();
	const all = builtPages(site.distDir);
	const pages = all.filter((_, index) => index % parts === part);

	describe(`built pages ${part + 1} of ${parts} in Chromium, light and dark`, () => {
		let context: BrowserContext;
		let tabs: TabPool;
		beforeAll(async () => {
			context = await site.browser.newContext({ colorScheme: 'light' });
			tabs = new TabPool(context);
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
			expect(all.length).toBeGreaterThan(60);
			expect(pages.length).toBeGreaterThanOrEqual(Math.floor(all.length / parts));
		});

		// A few pages at a time (the browser project's maxConcurrency): their waits overlap.
		it.concurrent.for(pages)(
			'%s: no console error, failed or foreign request, CSP violation or axe violation in either theme',
			async (path, { expect }) => {
				const found = await tabs.use(async (page) => {
					await page.emulateMedia({ colorScheme: 'light' });
					const problems = watch(page, site.origin);
					await page.goto(site.url(path), { waitUntil: 'networkidle' });
					await themeBecomes(page, 'light');
					const light = await axeViolations(page, allRules);
					await page.emulateMedia({ colorScheme: 'dark' });
					await themeBecomes(page, 'dark');
					const dark = await axeViolations(page, colourRules);
					const csp = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
					problems.stop();
					return { ...problems, csp, light, dark };
				});
				expect(found).toEqual({
					consoleErrors: [],
					failedRequests: [],
					foreignRequests: [],
					csp: [],
					light: [],
					dark: [],
				});
			},
		);
	});
}
