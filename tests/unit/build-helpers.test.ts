import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { RawEntry } from '../../src/lib/content/files.ts';
import { addInlineHashes } from '../../src/lib/site/csp.ts';
import { customPageTargets, isKnownCustomPage } from '../../src/lib/site/custom-pages.ts';
import { relativizeHtml, toRelative } from '../../src/lib/site/relative-urls.ts';

describe('links for the copy opened from disk', () => {
	it('makes root-absolute links relative and points them at index.html', () => {
		expect(toRelative('/glossary/atacms/#related', '/story/background/')).toBe(
			'../../glossary/atacms/index.html#related',
		);
		expect(toRelative('/', '/story/background/')).toBe('../../index.html');
		expect(toRelative('/_astro/page.js', '/')).toBe('./_astro/page.js');
		expect(toRelative('/404.html', '/glossary/')).toBe('../404.html');
	});
	it('leaves other links alone', () => {
		for (const url of ['#top', 'https://example.org/', '//cdn.example/x.js', 'mailto:a@b.c', '../x/']) {
			expect(toRelative(url, '/story/background/')).toBe(url);
		}
	});
	it('rewrites href, src and srcset attributes in a page', () => {
		const html = '<a href="/timeline/">t</a><img src="/a.png" srcset="/a.png 1x, /b.png 2x"><a href="#x">x</a>';
		expect(relativizeHtml(html, '/places/sumy/')).toBe(
			'<a href="../../timeline/index.html">t</a><img src="../../a.png" srcset="../../a.png 1x, ../../b.png 2x"><a href="#x">x</a>',
		);
	});
});

describe('CSP hashes for inline elements', () => {
	const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
	const page = (policy: string, body: string) =>
		`<head><meta http-equiv="content-security-policy" content="${policy}"></head>${body}`;

	it('adds each inline script and style once, and skips data blocks and external scripts', () => {
		const html = page(
			"script-src 'self'; style-src 'self'",
			'<script>a()</script><script>a()</script><script type="module">b()</script><script type="application/ld+json">{}</script><script src="/x.js"></script><style>p{}</style>',
		);
		const policy = /content="([^"]*)"/.exec(addInlineHashes(html))![1];
		expect(policy).toBe(`script-src 'self' ${sha('a()')} ${sha('b()')}; style-src 'self' ${sha('p{}')}`);
	});
	it('is idempotent and leaves pages without a policy alone', () => {
		const html = page("script-src 'self'", '<script>a()</script>');
		expect(addInlineHashes(addInlineHashes(html))).toBe(addInlineHashes(html));
		expect(addInlineHashes('<script>a()</script>')).toBe('<script>a()</script>');
	});
});

describe('links to generated pages', () => {
	const entry = (collection: RawEntry['collection'], id: string): RawEntry => ({
		collection,
		id,
		file: '',
		data: {},
		body: '',
	});
	const targets = customPageTargets(
		[
			entry('glossary', 'atacms'),
			entry('people', 'joe-biden'),
			entry('events', '2024-11-17-decision'),
			entry('sources', 'report'),
		],
		'/atacms/',
	);
	it('knows real pages and their fragments', () => {
		for (const link of [
			'/atacms/glossary/atacms/',
			'/atacms/people/joe-biden/#mentioned-in',
			'/atacms/timeline/#event-2024-11-17-decision',
			'/atacms/sources/#report',
			'/atacms/glossary/#letter-a',
		]) {
			expect(isKnownCustomPage(link, targets), link).toBe(true);
		}
	});
	it('reports typos in pages and fragments', () => {
		for (const link of [
			'/atacms/glossary/atacmz/',
			'/atacms/people/joe-bidn/',
			'/atacms/timeline/#event-nope',
			'/glossary/atacms/',
		]) {
			expect(isKnownCustomPage(link, targets), link).toBe(false);
		}
	});
});
