import { parse } from 'parse5';
import { builtPages, readHtml } from './dist.ts';
import { attributeOf, childrenOf, type Node } from './html.ts';

/** Elements whose content a reader never sees as words. */
const hidden = new Set(['head', 'script', 'style', 'template', 'svg']);

/** What a reader of one built page gets as words: its title, its description and the text of its body. */
export interface PageText {
	page: string;
	title: string;
	description: string;
	body: string;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The reader-facing text of a built HTML page, whitespace collapsed as a browser shows it. */
export function pageText(html: string, page = ''): PageText {
	const words: string[] = [];
	let title = '';
	let description = '';
	const walk = (node: Node, inHead: boolean) => {
		if ('tagName' in node) {
			if (inHead && node.tagName === 'title')
				title = childrenOf(node)
					.map((text) => ('value' in text ? text.value : ''))
					.join('');
			if (inHead && node.tagName === 'meta' && attributeOf(node, 'name') === 'description')
				description = attributeOf(node, 'content') ?? '';
			if (node.tagName === 'head') return childrenOf(node).forEach((child) => walk(child, true));
			if (hidden.has(node.tagName)) return;
		}
		if (!inHead && node.nodeName === '#text' && 'value' in node) words.push(node.value);
		childrenOf(node).forEach((child) => walk(child, inHead));
	};
	walk(parse(html), false);
	return { page, title: collapse(title), description: collapse(description), body: collapse(words.join(' ')) };
}

/** Every built HTML page of a site with its reader-facing text. */
export function everyPageText(distDir: string): PageText[] {
	return builtPages(distDir).map((page) => pageText(readHtml(distDir, page), page));
}
