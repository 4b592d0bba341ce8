import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { addInlineHashes } from '../../src/lib/html/csp.ts';
import { HtmlEditor } from '../../src/lib/html/editor.ts';
import { relativizeCss, relativizeHtml } from '../../src/lib/html/relative-urls.ts';
import { toRelative } from '../../src/lib/site/urls.ts';

describe('editing HTML through the parser', () => {
	it('changes only what it is told to, keeping quoting and spelling elsewhere', () => {
		const html = `<p class='a' data-x=1>Tom &amp; Jerry</p><img alt=x src=/a.png>`;
		const editor = new HtmlEditor(html, { fragment: true });
		const [p, img] = editor.elements();
		editor.setAttribute(p!, 'data-x', 'say "hi" & go');
		editor.setAttribute(img!, 'loading', 'lazy');
		editor.removeAttribute(img!, 'alt');
		expect(editor.toString()).toBe(
			`<p class='a' data-x="say &quot;hi&quot; &amp; go">Tom &amp; Jerry</p><img loading="lazy" src=/a.png>`,
		);
	});
	it('reads raw script text and finds elements inside <template>', () => {
		const editor = new HtmlEditor('<template><a href="/x/">x</a></template><script>a < b && c()</script>');
		const elements = editor.elements();
		expect(elements.map((element) => element.tagName)).toEqual(['template', 'a', 'script']);
		expect(editor.rawText(elements.at(-1)!)).toBe('a < b && c()');
	});
});

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
	it('rewrites URL attributes however they are quoted, srcset lists and data-*-href patterns', () => {
		const html =
			`<a href="/timeline/">t</a><a href='/people/'>p</a><a href=/places/>q</a>` +
			`<img src="/a.png" srcset="/a.png 1x, /b.png 2x"><a href="#x">x</a><a href="https://example.org/">e</a>` +
			`<glossary-search data-term-href="/glossary/"></glossary-search>`;
		expect(relativizeHtml(html, '/places/sumy/')).toBe(
			`<a href="../../timeline/index.html">t</a><a href="../../people/index.html">p</a><a href="../index.html">q</a>` +
				`<img src="../../a.png" srcset="../../a.png 1x, ../../b.png 2x"><a href="#x">x</a><a href="https://example.org/">e</a>` +
				`<glossary-search data-term-href="../../glossary/index.html"></glossary-search>`,
		);
	});
	it('rewrites links inside <noscript> too', () => {
		expect(relativizeHtml('<head><noscript><link rel="stylesheet" href="/a.css"></noscript></head>', '/x/')).toBe(
			'<head><noscript><link rel="stylesheet" href="../a.css"></noscript></head>',
		);
	});
	it('rewrites CSS url(/…) in style attributes and <style> elements', () => {
		expect(relativizeCss(`a{background:url(/a.svg)} b{mask:url('/m/b.svg')} c{x:url("data:x")}`, '/glossary/')).toBe(
			`a{background:url(../a.svg)} b{mask:url('../m/b.svg')} c{x:url("data:x")}`,
		);
		const html = `<style>p{background:url("/bg.png")}</style><div style="background-image: url(/x.png)"></div>`;
		expect(relativizeHtml(html, '/')).toBe(
			`<style>p{background:url("./bg.png")}</style><div style="background-image: url(./x.png)"></div>`,
		);
	});
	it('fails, naming the page, when a page has nothing to rewrite', () => {
		expect(() => relativizeHtml('<a href="./x/">x</a>', '/glossary/')).toThrowErrorMatchingInlineSnapshot(
			`[Error: /glossary/: no root-absolute link found to make relative; the page is not what the offline copy expects]`,
		);
	});
});

describe('CSP hashes for inline elements', () => {
	const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
	const page = (policy: string, body: string) =>
		`<head><meta http-equiv="content-security-policy" content="${policy}"></head>${body}`;
	const policyOf = (html: string) => /content="([^"]*)"/.exec(html)![1];

	it('adds each inline script and style once, and skips data blocks and external scripts', () => {
		const html = page(
			"script-src 'self'; style-src 'self'",
			'<script>a()</script><script>a()</script><script type="module">b()</script><script type="application/ld+json">{}</script><script src="/x.js"></script><style>p{}</style>',
		);
		expect(policyOf(addInlineHashes(html, '/'))).toBe(
			`script-src 'self' ${sha('a()')} ${sha('b()')}; style-src 'self' ${sha('p{}')}`,
		);
	});
	it('reads the policy however the attribute is written, and adds a missing directive', () => {
		const html = `<meta content="default-src 'self'" HTTP-EQUIV=Content-Security-Policy><style media=print>p{}</style>`;
		expect(addInlineHashes(html, '/')).toBe(
			`<meta content="default-src 'self'; style-src 'self' ${sha('p{}')}" HTTP-EQUIV=Content-Security-Policy><style media=print>p{}</style>`,
		);
	});
	it('keeps only the hashes of the page’s own inline elements (Astro lists every page’s)', () => {
		const html = page(
			`script-src 'self' ${sha('other()')} ${sha('a()')}; style-src 'self' ${sha('q{}')}`,
			'<script>a()</script>',
		);
		expect(policyOf(addInlineHashes(html, '/'))).toBe(`script-src 'self' ${sha('a()')}; style-src 'self'`);
	});
	it('is idempotent and leaves a page without inline elements as it was', () => {
		const html = page("script-src 'self'", '<script>a()</script>');
		expect(addInlineHashes(addInlineHashes(html, '/'), '/')).toBe(addInlineHashes(html, '/'));
		const plain = page("script-src 'self';", '<script src="/a.js"></script>');
		expect(addInlineHashes(plain, '/')).toBe(plain);
	});
	it('fails, naming the page, when the page has no policy', () => {
		expect(() => addInlineHashes('<script>a()</script>', '/glossary/')).toThrowErrorMatchingInlineSnapshot(
			`[Error: /glossary/: no <meta http-equiv="content-security-policy"> to add inline hashes to; is security.csp still on in src/plugin.ts?]`,
		);
	});
});
