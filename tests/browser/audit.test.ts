import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { HtmlValidate } from 'html-validate';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { watch } from '../support/browser.ts';
import { brokenLinks, builtPages, fileFor } from '../support/dist.ts';
import { useSite } from '../support/site.ts';

const site = useSite();
const pages = builtPages(site.distDir);
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// The recommended preset, with two rules set to what HTML5 allows: Starlight's heading anchor
// id "_top" (valid-id), and Astro writing some void elements as <meta /> (void-style).
const htmlValidate = new HtmlValidate({
	extends: ['html-validate:recommended'],
	rules: { 'valid-id': ['error', { relaxed: true }], 'void-style': 'off' },
});

describe('every built page, statically', () => {
	it('found the whole site', () => {
		expect(pages.length).toBeGreaterThan(60);
		expect(pages).toEqual(expect.arrayContaining(['/', '/glossary/', '/timeline/', '/404.html']));
	});

	it.each(pages)('%s passes html-validate', async (page) => {
		const report = await htmlValidate.validateFile(fileFor(site.distDir, page));
		const messages = report.results.flatMap((result) =>
			result.messages.map((m) => `${m.ruleId} at ${m.line}: ${m.message}`),
		);
		expect(messages).toEqual([]);
	});

	it.each(pages)('%s has no broken internal link or #fragment', (page) => {
		expect(brokenLinks(site.distDir, page)).toEqual([]);
	});
});

for (const colorScheme of ['light', 'dark'] as const) {
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

		it.each(pages)('%s: no console error, failed or foreign request, CSP violation or axe violation', async (path) => {
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
		});
	});
}
