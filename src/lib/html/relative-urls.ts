import { HtmlEditor } from './editor.ts';
import { toRelative } from '../site/urls.ts';

/** Attributes holding one URL. `data-*-href` and `data-*-src` (such as the glossary search's link pattern) count too. */
const urlAttributes = new Set(['href', 'src', 'action', 'formaction', 'poster', 'cite', 'data', 'xlink:href']);
const isUrlAttribute = (name: string) => urlAttributes.has(name) || /^data-(?:.+-)?(?:href|src)$/.test(name);
/** Attributes holding a list of "url descriptor" candidates. */
const srcsetAttributes = new Set(['srcset', 'imagesrcset']);

/** Rewrites the root-absolute `url(…)` references of a piece of CSS. */
export function relativizeCss(css: string, pagePath: string): string {
	return css.replace(
		/url\(\s*(["']?)(\/(?!\/)[^"')\s]*)\1\s*\)/g,
		(_all, quote: string, url: string) => `url(${quote}${toRelative(url, pagePath)}${quote})`,
	);
}

const relativizeSrcset = (list: string, pagePath: string) =>
	list
		.split(',')
		.map((candidate) => candidate.trim().replace(/^(\S+)/, (url) => toRelative(url, pagePath)))
		.join(', ');

/**
 * Rewrites every root-absolute URL of a page with `toRelative`: URL attributes however they are
 * quoted, `srcset` lists, and CSS `url(/…)` in style attributes and `<style>` elements. Every
 * page links the site's own pages, so a page where nothing was rewritten means the markup is not
 * what this expects: that throws, naming the page.
 */
export function relativizeHtml(html: string, pagePath: string): string {
	const editor = new HtmlEditor(html);
	for (const element of editor.elements()) {
		for (const { name, value } of element.attrs) {
			let rewritten = value;
			if (isUrlAttribute(name)) rewritten = toRelative(value, pagePath);
			else if (srcsetAttributes.has(name)) rewritten = relativizeSrcset(value, pagePath);
			else if (name === 'style') rewritten = relativizeCss(value, pagePath);
			if (rewritten !== value) editor.setAttribute(element, name, rewritten);
		}
		if (element.tagName === 'style') {
			const css = editor.rawText(element);
			const rewritten = relativizeCss(css, pagePath);
			if (rewritten !== css) editor.replaceContent(element, rewritten);
		}
	}
	if (editor.editCount === 0) {
		throw new Error(
			`${pagePath}: no root-absolute link found to make relative; the page is not what the offline copy expects`,
		);
	}
	return editor.toString();
}
