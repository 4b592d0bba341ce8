import type { DefaultTreeAdapterMap } from 'parse5';
import { HtmlEditor, type Element } from '../../src/lib/html/editor.ts';

export type Node = DefaultTreeAdapterMap['node'];
export type { Element };

/** A node's children: elements, text and comments ([] for a text or comment node). */
export const childrenOf = (node: Node): Node[] => ('childNodes' in node ? (node.childNodes as Node[]) : []);

/** Every element of a page, in document order, parsed with parse5 (as the build's own edits are). */
export const elementsOf = (html: string): Element[] => new HtmlEditor(html).elements();

/** An attribute's decoded value, or undefined. */
export const attributeOf = (element: Element, name: string) =>
	element.attrs.find((attribute) => attribute.name === name)?.value;

/** Whether an element has a class among its classes. */
export const hasClass = (element: Element, name: string) =>
	(attributeOf(element, 'class') ?? '').split(/\s+/).includes(name);

/** The nearest element around `element` (not itself) that `test` accepts, or undefined. */
export function ancestor(element: Element, test: (candidate: Element) => boolean): Element | undefined {
	for (let node = element.parentNode; node && 'tagName' in node; node = node.parentNode) {
		if (test(node)) return node;
	}
	return undefined;
}

/** The elements inside `root` (not itself), in document order. */
export function descendants(root: Element): Element[] {
	const found: Element[] = [];
	const walk = (node: Node) => {
		for (const child of childrenOf(node)) {
			if ('tagName' in child) found.push(child);
			walk(child);
		}
	};
	walk(root);
	return found;
}

/** An element's text, as its text nodes hold it; `collapse` folds whitespace as a browser shows it. */
export function textOf(node: Node, { collapse = true } = {}): string {
	const text =
		node.nodeName === '#text' && 'value' in node
			? node.value
			: childrenOf(node)
					.map((child) => textOf(child, { collapse: false }))
					.join('');
	return collapse ? text.replace(/\s+/g, ' ').trim() : text;
}
