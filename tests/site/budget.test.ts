import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { firstRoundTrip, openingBytes } from '../../bench/first-bytes.ts';
import { builtPages, readHtml } from '../support/dist.ts';
import { ancestor, attributeOf, elementsOf, textOf, type Element } from '../support/html.ts';
import { useDist } from '../support/site.ts';

const { distDir } = useDist();
const pages = builtPages(distDir);
const KiB = 1024;
/** The inlined critical CSS of one page, gzipped: a fraction of Starlight's whole stylesheet (about 11 KiB). */
const criticalBudget = 7.5 * KiB;

/** Elements in document order, with whether each sits inside <noscript>. */
const elements = (html: string) =>
	elementsOf(html).map((element) => ({
		element,
		inNoscript: ancestor(element, (around) => around.tagName === 'noscript') !== undefined,
	}));
const rawText = (element: Element) => textOf(element, { collapse: false });

describe('the first paint waits for no stylesheet (critical CSS inlined, the rest deferred)', () => {
	it.each(pages)('%s', (page) => {
		const html = readHtml(distDir, page);
		const all = elements(html);
		const sheets = all.filter(
			({ element }) => element.tagName === 'link' && attributeOf(element, 'rel') === 'stylesheet',
		);
		const blocking = sheets.filter(
			({ element, inNoscript }) =>
				!inNoscript &&
				attributeOf(element, 'media') !== 'print' &&
				attributeOf(element, 'data-beasties-media') === undefined,
		);
		expect(
			blocking.map(({ element }) => attributeOf(element, 'href')),
			'a stylesheet blocks the first paint',
		).toEqual([]);
		const deferred = sheets.filter(({ element }) => attributeOf(element, 'data-beasties-media') !== undefined);
		expect(
			deferred.length,
			'no deferred stylesheet: is critical CSS among the steps after the build (src/plugin.ts)?',
		).toBe(1);
		// Where scripts do not run, <noscript> loads the same stylesheet the ordinary way.
		const fallback = sheets.filter(({ inNoscript }) => inNoscript).map(({ element }) => attributeOf(element, 'href'));
		expect(fallback).toContain(attributeOf(deferred[0]!.element, 'href'));
		const critical = all.find(({ element }) => element.tagName === 'style');
		expect(critical, 'no inlined critical CSS').toBeDefined();
		expect(gzipSync(rawText(critical!.element), { level: 9 }).length).toBeLessThanOrEqual(criticalBudget);
		// The one script that switches the stylesheet on.
		expect(
			all.some(({ element }) => element.tagName === 'script' && rawText(element).includes('data-beasties-media')),
		).toBe(true);
	});
});

// The benchmark's "first round trip" rule, kept here too so that a page that grows past it fails
// the tests and not only the next benchmark: a page's heading and first paragraph arrive within
// the first 14 KiB of its gzip stream (one round trip of a new connection).
describe("each page's heading and first paragraph arrive in the first round trip (14 KiB of gzip)", () => {
	it.each(pages)('%s', (page) => {
		const opening = openingBytes(distDir, page);
		expect(opening, 'no <h1>').toBeDefined();
		expect(
			opening!.opening,
			'the heading and first paragraph arrive after the first 14 KiB: is something large (structured data, an inline image) before them?',
		).toBeLessThanOrEqual(firstRoundTrip);
	});
});
