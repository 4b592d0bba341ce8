import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	headerPolicy,
	headersFile,
	headersFor,
	nginxHeaderLines,
	parseHeadersFile,
	patternMatches,
	unitePolicies,
} from '../../src/lib/hosting/headers.ts';
import { metaPolicy } from '../../src/integrations/host-headers.ts';

describe('host headers', () => {
	it('unites the pages’ policies directive by directive, in first-seen order', () => {
		expect(
			unitePolicies([
				"default-src 'self'; script-src 'self' 'sha256-a'",
				"default-src 'self'; script-src 'self' 'sha256-b'",
			]),
		).toBe("default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'");
	});

	it('adds frame-ancestors, which only a header can set', () => {
		expect(headerPolicy("default-src 'self'")).toBe("default-src 'self'; frame-ancestors 'none'");
	});

	it('writes a _headers file it can read back, under the base path', () => {
		const file = headersFile({ base: '/atacms/', pagesPolicy: "default-src 'self'" });
		const rules = parseHeadersFile(file);
		expect(rules.map((rule) => rule.pattern)).toEqual([
			'/atacms/*',
			'/atacms/_astro/*',
			'/atacms/sw.js',
			'/atacms/glossary.json',
			'/atacms/glossary-index.json',
		]);
		const page = headersFor(rules, '/atacms/story/one/');
		expect(page).toMatchObject({
			'Content-Security-Policy': "default-src 'self'; frame-ancestors 'none'",
			'X-Content-Type-Options': 'nosniff',
			'Referrer-Policy': 'strict-origin-when-cross-origin',
		});
		expect(page['Permissions-Policy']).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
		expect(page['Cache-Control']).toBeUndefined();
		expect(headersFor(rules, '/atacms/_astro/page.abc123.js')['Cache-Control']).toBe(
			'public, max-age=31536000, immutable',
		);
	});

	it('matches splats across slashes, as Netlify and Cloudflare Pages do', () => {
		expect(patternMatches('/_astro/*', '/_astro/a/b.css')).toBe(true);
		expect(patternMatches('/sw.js', '/sw.jsx')).toBe(false);
	});

	it('names the line it cannot read', () => {
		expect(() => parseHeadersFile('  X-Orphan: 1')).toThrowErrorMatchingInlineSnapshot(
			`[Error: _headers: "X-Orphan: 1" is not a "Name: value" line under a path]`,
		);
	});

	it('copies a page’s policy from its <meta>, or names the page', () => {
		expect(
			metaPolicy(
				'<html><head><meta http-equiv="content-security-policy" content="default-src \'self\'"></head></html>',
				'a.html',
			),
		).toBe("default-src 'self'");
		expect(() => metaPolicy('<html></html>', 'b.html')).toThrow(/^b\.html: no Content-Security-Policy <meta>/);
	});

	it('the README’s nginx snippet sends the same headers', () => {
		const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
		const snippet = readme.match(/```nginx\n([\s\S]*?)```/)?.[1] ?? '';
		const lines = snippet.split('\n').map((line) => line.trim());
		for (const line of nginxHeaderLines()) expect(lines, 'README.md nginx snippet').toContain(line);
		expect(
			snippet.match(/add_header (X-Content-Type-Options|Referrer-Policy|Permissions-Policy|Content-Security-Policy)/g),
		).toHaveLength(nginxHeaderLines().length);
	});
});
