import { readFileSync } from 'node:fs';
import path from 'node:path';
import Beasties from 'beasties';
import postcss from 'postcss';
import { hoverOnly, undecidableSelector } from '../lib/html/css-selectors.ts';
import { filesUnder, rewriteHtmlFiles } from '../lib/site/built-files.ts';
import { HtmlEditor, type Element } from '../lib/html/editor.ts';
import type { BuildStep } from './post-build.ts';

/** Marks a stylesheet beasties switches on by script (the one inline script it adds, whose text never changes). */
const deferredMediaAttribute = 'data-beasties-media';
/** Tells beasties to leave a stylesheet alone. */
const skipAttribute = 'data-beasties-skip';
/** Marks the empty `<template>` that stands in for a part of the page beasties does not see. */
const cutAttribute = 'data-critical-css-cut';

const isStylesheet = (editor: HtmlEditor, element: Element) =>
	element.tagName === 'link' && editor.attribute(element, 'rel') === 'stylesheet';

interface Prepared {
	/** The page as beasties gets it. */
	html: string;
	/** How many screen stylesheets the page links. */
	screenSheets: number;
	/** The parts replaced by stand-ins, put back afterwards. */
	cuts: string[];
}

/**
 * The page as beasties should see it, from one parse:
 * - print stylesheets marked to be left alone: their rules must not be inlined as if they were
 *   for the screen, and they never block the first paint anyway;
 * - what the first paint never shows cut out, with an empty stand-in `<template>` each: closed
 *   `<dialog>`s (the search box opens one) and `<template>`s. Their rules stay in the full
 *   stylesheet, which has arrived long before a reader opens a dialog, and the inlined CSS of
 *   every page is smaller by that much.
 */
function prepare(html: string): Prepared {
	const editor = new HtmlEditor(html);
	const cuts: string[] = [];
	let screenSheets = 0;
	let cutUntil = -1;
	for (const element of editor.elements()) {
		const { startOffset, endOffset } = element.sourceCodeLocation!;
		if (startOffset < cutUntil) continue;
		if (isStylesheet(editor, element)) {
			if (editor.attribute(element, 'media') !== 'print') screenSheets++;
			else editor.setAttribute(element, skipAttribute, '');
		}
		if (
			element.tagName === 'template' ||
			(element.tagName === 'dialog' && editor.attribute(element, 'open') === undefined)
		) {
			editor.replaceElement(element, `<template ${cutAttribute}="${cuts.length}"></template>`);
			cuts.push(editor.source(element));
			cutUntil = endOffset;
		}
	}
	return { html: editor.toString(), screenSheets, cuts };
}

/** Puts the cut parts back; throws when beasties lost a stand-in. */
function restore(html: string, cuts: readonly string[], sitePath: string): string {
	const editor = new HtmlEditor(html);
	const standIns = editor.elements().filter((element) => editor.attribute(element, cutAttribute) !== undefined);
	for (const standIn of standIns)
		editor.replaceElement(standIn, cuts[Number(editor.attribute(standIn, cutAttribute))]!);
	if (standIns.length !== cuts.length)
		throw new Error(
			`critical-css: ${sitePath}: ${cuts.length - standIns.length} cut <dialog> or <template> stand-in(s) went missing.`,
		);
	return editor.toString();
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

// Every page inlines mostly the same few hundred selectors: each is parsed once per process.
const hoverOnlyBySelector = new Map<string, boolean>();
function isHoverOnly(selector: string): boolean {
	let answer = hoverOnlyBySelector.get(selector);
	if (answer === undefined) hoverOnlyBySelector.set(selector, (answer = hoverOnly(selector)));
	return answer;
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
		const kept = rule.selectors.filter((selector) => !isHoverOnly(selector));
		if (kept.length === 0) rule.remove();
		else if (kept.length < rule.selectors.length) rule.selectors = kept;
	});
	pruneCustomProperties(root, markup);
	return root.toString();
}

/**
 * The selectors of the site's stylesheets that beasties cannot decide from the built page (see
 * `undecidableSelector`): their rules are inlined on every page. Without them the first paint
 * has the wrong colours in one theme and a layout that shifts (tests/site/budget.test.ts and the
 * bench check both).
 */
function undecidableSelectors(dir: string): string[] {
	const found = new Set<string>();
	for (const file of filesUnder(dir).filter((name) => name.endsWith('.css'))) {
		postcss.parse(readFileSync(path.join(dir, file), 'utf8')).walkRules((rule) => {
			for (const selector of rule.selectors) if (undecidableSelector(selector)) found.add(selector);
		});
	}
	return [...found].sort();
}

interface CriticalCssOptions {
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
function criticalCssTransformer({ dir, base }: CriticalCssOptions) {
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
		allowRules: undecidableSelectors(dir),
		compress: true,
		logLevel: 'warn',
	});
	return async (html: string, sitePath: string): Promise<string> => {
		const prepared = prepare(html);
		if (prepared.screenSheets === 0) return html;
		const output = restore(await beasties.process(prepared.html), prepared.cuts, sitePath);
		// What beasties did, from one parse: the <style> it wrote (the last one before the first
		// deferred stylesheet), the stylesheets it deferred, and the skip marks to take out again.
		const editor = new HtmlEditor(output);
		let lastStyle: Element | undefined;
		let style: Element | undefined;
		let deferred = 0;
		for (const element of editor.elements()) {
			if (element.tagName === 'style') lastStyle = element;
			if (!isStylesheet(editor, element)) continue;
			if (editor.attribute(element, deferredMediaAttribute) !== undefined && deferred++ === 0) style = lastStyle;
			editor.removeAttribute(element, skipAttribute);
		}
		if (!style) {
			throw new Error(`critical-css: ${sitePath}: beasties wrote no <style> before the deferred stylesheet.`);
		}
		if (deferred !== prepared.screenSheets) {
			throw new Error(
				`critical-css: ${sitePath} links ${prepared.screenSheets} screen stylesheet(s) but ${deferred} were inlined and deferred; check that the stylesheet files exist under the build folder and start with the base path "${base}".`,
			);
		}
		// The page's markup without the inlined CSS itself: what the custom-property pruning reads.
		const { startTag, endTag } = style.sourceCodeLocation!;
		const markup = output.slice(0, startTag!.endOffset) + output.slice(endTag!.startOffset);
		editor.replaceContent(style, trimInlinedCss(editor.rawText(style), markup));
		return editor.toString();
	};
}

/**
 * Inlines each page's critical CSS and defers its stylesheets. The CSP hashes come after it, to
 * cover the new `<style>` and `<script>`. Not in the copy opened from disk, whose stylesheets
 * arrive at once.
 */
export const criticalCss: BuildStep = {
	name: 'critical-css',
	async run({ dir, base, logger }) {
		const transform = criticalCssTransformer({ dir, base });
		const { pages, changed } = await rewriteHtmlFiles(dir, transform);
		logger.info(`critical CSS inlined, stylesheets deferred on ${changed} of ${pages} pages`);
	},
};
