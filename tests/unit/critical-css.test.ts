import { describe, expect, it } from 'vitest';
import { trimInlinedCss } from '../../src/integrations/critical-css.ts';
import { hoverOnly, undecidableSelector } from '../../src/lib/html/css-selectors.ts';

describe('custom properties in the inlined CSS', () => {
	it('keeps those a rule, the markup or a kept property reads, and drops the rest', () => {
		const css =
			':root{--accent:var(--blue);--blue:#00f;--unused:red;--chain-end:1px;--in-markup:2px}' +
			'[data-theme=light]:root{--unused-too:#fff}' +
			'a{color:var(--accent)}';
		const markup = '<div style="margin:var(--in-markup)"></div>';
		expect(trimInlinedCss(css, markup)).toBe(
			':root{--accent:var(--blue);--blue:#00f;--in-markup:2px}a{color:var(--accent)}',
		);
	});

	it('follows a reference through a fallback', () => {
		const css = ':root{--a:var(--b, var(--c));--b:1px;--c:2px;--d:3px}p{margin:var(--a)}';
		expect(trimInlinedCss(css, '')).toBe(':root{--a:var(--b, var(--c));--b:1px;--c:2px}p{margin:var(--a)}');
	});
});

describe('what the inlined CSS leaves to the full stylesheet', () => {
	it('drops print blocks and hover-only selectors, keeps focus styles, and then the properties only they read', () => {
		const css =
			':root{--hover:red;--focus:blue;--print:green}' +
			'@media print{a{color:var(--print)}}' +
			'a:hover{color:var(--hover)}' +
			'a:hover,a:focus-visible{outline:1px solid var(--focus)}' +
			'@layer x{@media (hover:hover){b:hover{color:red}}p{margin:0}}';
		expect(trimInlinedCss(css, '')).toBe(
			':root{--focus:blue}a:focus-visible{outline:1px solid var(--focus)}@layer x{p{margin:0}}',
		);
	});

	it('keeps a selector where hover and focus go together', () => {
		const css = 'a:is(:hover,:focus-visible){color:red}@media screen{a{color:blue}}';
		expect(trimInlinedCss(css, '')).toBe(css);
	});

	it('keeps a selector that applies while nothing hovers', () => {
		const css = 'a:not(:hover){color:red}li:not(:has(a:hover)) b{color:blue}';
		expect(trimInlinedCss(css, '')).toBe(css);
	});
});

describe('selectors beasties cannot decide from the built page', () => {
	it.each([
		':root',
		'html',
		':root[data-theme=light]',
		'[data-theme=light]:root',
		'html:not([data-has-toc])',
		'[data-theme=light] .light\\:sl-hidden',
		':root[data-theme=dark] pre',
		'html[data-theme="dark"] > body',
		':where(.astro-abc123)[data-has-sidebar]',
		':where(.astro-abc123)[open] > summary .caret',
		'.sl-markdown-content :not(h1, h2, h3) + .sl-heading-wrapper',
	])('keeps %s', (selector) => {
		expect(undecidableSelector(selector)).toBe(true);
	});

	it.each([
		'.card',
		'html .sl-markdown-content',
		':root .x',
		'[data-theme=light]',
		'[data-theme] .x',
		':where(.astro-abc123) .x',
		':where(.x)[open]',
		'.sl-markdown-content :not(h1) + .sl-heading-wrapper',
		'.other :not(h1, h2) + x',
	])('leaves %s to beasties', (selector) => {
		expect(undecidableSelector(selector)).toBe(false);
	});
});

describe('hover-only selectors', () => {
	it.each([
		['a:hover', true],
		['nav a:hover span', true],
		['a:hover, b', false],
		['a:not(:hover)', false],
		['li:not(:has(a:hover)) b', false],
		['a:is(:hover, :focus-visible)', false],
		['a:hover:focus-within', false],
		['a:has(:hover)', true],
	])('%s: %s', (selector, expected) => {
		expect(hoverOnly(selector)).toBe(expected);
	});
});
