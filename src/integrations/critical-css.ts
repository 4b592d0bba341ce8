import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import Beasties from 'beasties';
import { rewriteHtmlFiles } from '../lib/site/files.ts';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Marks a stylesheet beasties switches on by script (the one inline script it adds, whose text never changes). */
export const deferredMediaAttribute = 'data-beasties-media';
/** Tells beasties to leave a stylesheet alone. */
const skipAttribute = 'data-beasties-skip';

/**
 * Print stylesheets are left alone: their rules must not be inlined as if they were for the
 * screen, and they never block the first paint anyway. Returns the page with those marked, and
 * how many screen stylesheets it links.
 */
function markPrintSheets(html: string): { html: string; screenSheets: number } {
	let screenSheets = 0;
	let out = html;
	// From the last to the first, so the offsets of those still to edit stay valid.
	for (const link of stylesheetLinks(html).reverse()) {
		if (attribute(link, 'media') !== 'print') {
			screenSheets++;
			continue;
		}
		const at = link.sourceCodeLocation!.startTag!.startOffset + '<link'.length;
		out = `${out.slice(0, at)} ${skipAttribute}${out.slice(at)}`;
	}
	return { html: out, screenSheets };
}

const attribute = (element: Element, name: string) => element.attrs.find((item) => item.name === name)?.value;

/**
 * The page without what the first paint never shows: closed `<dialog>`s (the search box opens
 * one) and `<template>`s. Their rules stay in the full stylesheet, which has arrived long before
 * a reader opens a dialog, and the inlined CSS of every page is smaller by that much.
 */
function firstPaintProbe(html: string): string {
	const cuts: [number, number][] = [];
	const walk = (node: Node) => {
		if (
			'tagName' in node &&
			(node.tagName === 'template' || (node.tagName === 'dialog' && attribute(node, 'open') === undefined))
		) {
			cuts.push([node.sourceCodeLocation!.startOffset, node.sourceCodeLocation!.endOffset]);
			return;
		}
		if ('childNodes' in node) for (const child of node.childNodes) walk(child);
	};
	walk(parse(html, { sourceCodeLocationInfo: true }));
	let out = html;
	for (const [start, end] of cuts.reverse()) out = out.slice(0, start) + out.slice(end);
	return out;
}

/** The `<style>` beasties wrote: the last one before the first deferred stylesheet link. */
function criticalStyle(html: string): Element | undefined {
	let style: Element | undefined;
	let found: Element | undefined;
	const walk = (node: Node) => {
		if (found) return;
		if ('tagName' in node) {
			if (node.tagName === 'style') style = node;
			if (node.tagName === 'link' && attribute(node, deferredMediaAttribute) !== undefined) found = style;
		}
		if ('childNodes' in node) for (const child of node.childNodes) walk(child);
	};
	walk(parse(html, { sourceCodeLocationInfo: true }));
	return found;
}

const styleText = (html: string, style: Element) =>
	html.slice(style.sourceCodeLocation!.startTag!.endOffset, style.sourceCodeLocation!.endTag!.startOffset);

/** The page's `<link rel="stylesheet">` elements, parsed, with where each sits in the source. */
function stylesheetLinks(html: string): Element[] {
	const found: Element[] = [];
	const walk = (node: Node) => {
		if ('tagName' in node && node.tagName === 'link' && attribute(node, 'rel') === 'stylesheet') found.push(node);
		if ('childNodes' in node) for (const child of node.childNodes) walk(child);
	};
	walk(parse(html, { sourceCodeLocationInfo: true }));
	return found;
}

/**
 * Rules beasties cannot decide from the built page, kept always. It matches selectors below the
 * root element only, so rules about `<html>` itself are lost (Starlight's layout switches such as
 * `html:not([data-has-toc])`, and the theme colours of `:root[data-theme=light]`); and the built
 * page carries one theme, so rules for the other one (`[data-theme=light] …`) match nothing there.
 * Without them the first paint has the wrong colours in one theme and a layout that shifts
 * (tests/site/budget.test.ts and the bench check both).
 */
export const rootRules: RegExp[] = [
	// The root element alone, whatever its attributes: `:root[data-theme=light]`, `html:not([data-has-toc])`.
	/^(?::root|html)(?:[[:.][^\s>+~]*)?$/,
	/^\[[^\]]+\]:root$/,
	// A scoped selector that starts with an attribute, which beasties misreads once it drops `:where()`:
	// `:where(.astro-abc123)[data-has-sidebar]` (on <html>), `:where(.astro-abc123)[open] > summary .caret`.
	/^:where\(\.astro-[\w-]+\)\[/,
	// Anything under a theme: `[data-theme=light] .light\:sl-hidden`, `:root[data-theme=dark] pre`.
	/^(?::root|html)?\[data-theme=[^\]]+\][\s>]/,
	// A selector list inside :not() or :is(), which beasties cannot simplify to test it: Starlight's
	// `.sl-markdown-content :not(h1, h2, …) + .sl-heading-wrapper` spaces the headings.
	/^\.sl-markdown-content .*:(?:not|is)\([^)]*,/,
];

export interface CriticalCssOptions {
	/** The built site's folder. */
	dir: string;
	/** The site's base path ("/" or "/atacms/"), which stylesheet URLs start with. */
	base: string;
}

/**
 * Makes a page's stylesheets stop blocking the first paint: the rules that match the page's own
 * elements are inlined in a `<style>` in the head, and the full stylesheet (cached for the next
 * page) is switched on by one small script once it has arrived; `<noscript>` keeps it where
 * scripts cannot run. The HTML is parsed (beasties uses htmlparser2), not matched with patterns.
 * Throws, naming the page, when a page links a screen stylesheet and nothing was inlined.
 */
export function criticalCssTransformer({ dir, base }: CriticalCssOptions) {
	const beasties = new Beasties({
		path: dir,
		publicPath: base,
		preload: 'media-script',
		// The full stylesheet stays as it is: the next page finds it in the cache.
		pruneSource: false,
		// Only linked stylesheets are reduced; components' own <style> elements are left as they are.
		reduceInlineStyles: false,
		mergeStylesheets: true,
		fonts: false,
		keyframes: 'critical',
		allowRules: rootRules,
		compress: true,
		logLevel: 'warn',
	});
	return async (html: string, sitePath: string): Promise<string> => {
		const marked = markPrintSheets(html);
		if (marked.screenSheets === 0) return html;
		let output = await beasties.process(marked.html);
		// The rules are chosen on the page as the first paint shows it (see firstPaintProbe).
		const probe = await beasties.process(firstPaintProbe(marked.html));
		const [style, probeStyle] = [criticalStyle(output), criticalStyle(probe)];
		if (!style || !probeStyle) {
			throw new Error(`critical-css: ${sitePath}: beasties wrote no <style> before the deferred stylesheet.`);
		}
		output =
			output.slice(0, style.sourceCodeLocation!.startTag!.endOffset) +
			styleText(probe, probeStyle) +
			output.slice(style.sourceCodeLocation!.endTag!.startOffset);
		const links = stylesheetLinks(output);
		const deferred = links.filter((link) => attribute(link, deferredMediaAttribute) !== undefined).length;
		for (const link of links.reverse()) {
			const location = link.sourceCodeLocation!.attrs?.[skipAttribute];
			if (location) output = output.slice(0, location.startOffset - 1) + output.slice(location.endOffset);
		}
		if (deferred !== marked.screenSheets) {
			throw new Error(
				`critical-css: ${sitePath} links ${marked.screenSheets} screen stylesheet(s) but ${deferred} were inlined and deferred; check that the stylesheet files exist under the build folder and start with the base path "${base}".`,
			);
		}
		return output;
	};
}

/**
 * After the build, inlines each page's critical CSS and defers its stylesheets. Must run before
 * `cspInlineHashes()`, which then hashes the new `<style>` and `<script>`.
 */
export function criticalCss({ base }: { base: string }): AstroIntegration {
	return {
		name: 'critical-css',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const transform = criticalCssTransformer({ dir: root, base });
				const { pages, changed } = await rewriteHtmlFiles(root, transform);
				logger.info(`critical CSS inlined, stylesheets deferred on ${changed} of ${pages} pages`);
			},
		},
	};
}
