import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import Beasties from 'beasties';
import { rewriteHtmlFiles } from '../lib/site/files.ts';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import postcss from 'postcss';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Marks a stylesheet beasties switches on by script (the one inline script it adds, whose text never changes). */
export const deferredMediaAttribute = 'data-beasties-media';
/** Tells beasties to leave a stylesheet alone. */
const skipAttribute = 'data-beasties-skip';

const attribute = (element: Element, name: string) => element.attrs.find((item) => item.name === name)?.value;

/** Stands in for a part of the page that beasties does not see (`cuts[n]`). */
const placeholder = (n: number) => `<!--critical-css:${n}-->`;

interface Prepared {
	/** The page as beasties gets it. */
	html: string;
	/** How many screen stylesheets the page links. */
	screenSheets: number;
	/** The parts replaced by placeholders, put back afterwards. */
	cuts: string[];
}

/**
 * The page as beasties should see it, from one parse:
 * - print stylesheets marked to be left alone: their rules must not be inlined as if they were
 *   for the screen, and they never block the first paint anyway;
 * - what the first paint never shows cut out, with a placeholder each: closed `<dialog>`s (the
 *   search box opens one) and `<template>`s. Their rules stay in the full stylesheet, which has
 *   arrived long before a reader opens a dialog, and the inlined CSS of every page is smaller by
 *   that much.
 */
function prepare(html: string): Prepared {
	const edits: { start: number; end: number; text: string }[] = [];
	const cuts: string[] = [];
	let screenSheets = 0;
	const walk = (node: Node) => {
		if ('tagName' in node) {
			const location = node.sourceCodeLocation!;
			if (node.tagName === 'link' && attribute(node, 'rel') === 'stylesheet') {
				if (attribute(node, 'media') !== 'print') screenSheets++;
				else {
					const at = location.startTag!.startOffset + '<link'.length;
					edits.push({ start: at, end: at, text: ` ${skipAttribute}` });
				}
			}
			if (node.tagName === 'template' || (node.tagName === 'dialog' && attribute(node, 'open') === undefined)) {
				edits.push({ start: location.startOffset, end: location.endOffset, text: placeholder(cuts.length) });
				cuts.push(html.slice(location.startOffset, location.endOffset));
				return;
			}
		}
		if ('childNodes' in node) for (const child of node.childNodes) walk(child);
	};
	walk(parse(html, { sourceCodeLocationInfo: true }));
	let out = html;
	// From the last to the first, so the offsets of those still to edit stay valid.
	for (const { start, end, text } of edits.sort((x, y) => y.start - x.start)) {
		out = out.slice(0, start) + text + out.slice(end);
	}
	return { html: out, screenSheets, cuts };
}

/** Puts the cut parts back; throws when beasties lost a placeholder (its serialiser dropped comments). */
function restore(html: string, cuts: readonly string[], sitePath: string): string {
	let out = html;
	cuts.forEach((cut, n) => {
		const at = out.indexOf(placeholder(n));
		if (at < 0)
			throw new Error(`critical-css: ${sitePath}: the placeholder of a cut <dialog> or <template> is missing.`);
		out = out.slice(0, at) + cut + out.slice(at + placeholder(n).length);
	});
	return out;
}

const references = (value: string) => [...value.matchAll(/var\(\s*(--[\w-]+)/g)].map((match) => match[1]!);

/**
 * The inlined CSS without the custom properties nothing on the page reads. Starlight's theme
 * declares some 200 (`--sl-color-…`, `--sl-text-…`) and beasties keeps every `:root` rule, but a
 * page's own rules read about 120. A property is kept when a declaration that is not itself a
 * custom property reads it, or the page's markup does (`style="…var(--x)…"`), or a kept property
 * does. The full stylesheet, which arrives next, still has them all.
 */
function pruneCustomProperties(root: postcss.Root, markup: string): void {
	const custom: postcss.Declaration[] = [];
	const needed = new Set(references(markup));
	root.walkDecls((declaration) => {
		if (declaration.prop.startsWith('--')) custom.push(declaration);
		else for (const name of references(declaration.value)) needed.add(name);
	});
	for (let grew = true; grew;) {
		grew = false;
		for (const declaration of custom) {
			if (!needed.has(declaration.prop)) continue;
			for (const name of references(declaration.value)) {
				if (needed.has(name)) continue;
				needed.add(name);
				grew = true;
			}
		}
	}
	for (const declaration of custom) if (!needed.has(declaration.prop)) declaration.remove();
	removeEmpty(root);
}

/** Removes rules and at-rules left with nothing inside: `:root{}` or `@media (…){}` is bytes for nothing. */
function removeEmpty(root: postcss.Root): void {
	for (let removed = true; removed;) {
		const empty: postcss.ChildNode[] = [];
		root.walk((node) => {
			if ((node.type === 'rule' || node.type === 'atrule') && node.nodes?.length === 0) empty.push(node);
		});
		empty.forEach((node) => node.remove());
		removed = empty.length > 0;
	}
}

/**
 * Whether a selector applies only while a pointer hovers (`a:hover`), not also on keyboard focus.
 * A `:hover` inside `:not(…)` does not count: `a:not(:hover)` applies at first paint.
 */
function hoverOnly(selector: string): boolean {
	const outsideNot = selector.replace(/:not\((?:[^()]|\([^()]*\))*\)/g, '');
	return outsideNot.includes(':hover') && !selector.includes(':focus');
}

/**
 * The inlined CSS without what the first paint cannot use, then without the custom properties
 * nothing left reads (see `pruneCustomProperties`). What goes: `@media print` blocks (printing
 * uses the full stylesheet, which a print `<link>` applies at once) and hover-only selectors (a
 * phone has no pointer, and on a desktop the full stylesheet has arrived before a hover matters).
 * Focus styles stay: a keyboard reader may tab before the full stylesheet arrives.
 */
export function trimInlinedCss(css: string, markup: string): string {
	const root = postcss.parse(css);
	root.walkAtRules('media', (media) => {
		if (media.params.trim() === 'print') media.remove();
	});
	root.walkRules((rule) => {
		const kept = rule.selectors.filter((selector) => !hoverOnly(selector));
		if (kept.length === 0) rule.remove();
		else if (kept.length < rule.selectors.length) rule.selectors = kept;
	});
	pruneCustomProperties(root, markup);
	return root.toString();
}

interface Inspected {
	/** Where the text of the `<style>` beasties wrote (the last one before the first deferred stylesheet) sits. */
	style?: { start: number; end: number };
	deferred: number;
	/** Where the skip attributes sit, to take them out again. */
	skipMarks: { start: number; end: number }[];
}

/** What beasties did to the page, from one parse. */
function inspect(html: string): Inspected {
	let last: Element | undefined;
	let style: Inspected['style'];
	let deferred = 0;
	const skipMarks: Inspected['skipMarks'] = [];
	const walk = (node: Node) => {
		if ('tagName' in node) {
			if (node.tagName === 'style') last = node;
			if (node.tagName === 'link' && attribute(node, 'rel') === 'stylesheet') {
				if (attribute(node, deferredMediaAttribute) !== undefined && deferred++ === 0 && last) {
					const location = last.sourceCodeLocation!;
					style = { start: location.startTag!.endOffset, end: location.endTag!.startOffset };
				}
				const mark = node.sourceCodeLocation!.attrs?.[skipAttribute];
				if (mark) skipMarks.push({ start: mark.startOffset - 1, end: mark.endOffset });
			}
		}
		if ('childNodes' in node) for (const child of node.childNodes) walk(child);
	};
	walk(parse(html, { sourceCodeLocationInfo: true }));
	return { style, deferred, skipMarks };
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
		const prepared = prepare(html);
		if (prepared.screenSheets === 0) return html;
		let output = restore(await beasties.process(prepared.html), prepared.cuts, sitePath);
		const { style, deferred, skipMarks } = inspect(output);
		if (!style) {
			throw new Error(`critical-css: ${sitePath}: beasties wrote no <style> before the deferred stylesheet.`);
		}
		if (deferred !== prepared.screenSheets) {
			throw new Error(
				`critical-css: ${sitePath} links ${prepared.screenSheets} screen stylesheet(s) but ${deferred} were inlined and deferred; check that the stylesheet files exist under the build folder and start with the base path "${base}".`,
			);
		}
		// One pass from the end: the pruned style and the skip marks, each edit after those still to make.
		const edits = [
			...skipMarks.map((mark) => ({ ...mark, text: '' })),
			{
				...style,
				text: trimInlinedCss(
					output.slice(style.start, style.end),
					output.slice(0, style.start) + output.slice(style.end),
				),
			},
		].sort((x, y) => y.start - x.start);
		for (const { start, end, text } of edits) output = output.slice(0, start) + text + output.slice(end);
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
