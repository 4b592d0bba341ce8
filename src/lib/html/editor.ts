import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];
export type Element = DefaultTreeAdapterMap['element'];

interface Edit {
	start: number;
	end: number;
	text: string;
}

const escapeAttribute = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/**
 * Edits HTML through a parser while keeping every byte it does not touch: parse5 finds the
 * elements and where each tag, attribute and text sits in the source, and edits are spliced in
 * at those offsets. Quoting style, entity spelling and formatting elsewhere stay as they were,
 * so an edit changes only what it names (which keeps builds byte-identical and diffs small).
 */
export class HtmlEditor {
	readonly #html: string;
	readonly #edits: Edit[] = [];
	readonly #root: ParentNode;

	/** `fragment` parses a piece of markup (a component's output) rather than a whole page. */
	constructor(html: string, { fragment = false } = {}) {
		this.#html = html;
		// Without scripting, <noscript> content is markup (links, styles) rather than raw text.
		const options = { sourceCodeLocationInfo: true, scriptingEnabled: false };
		this.#root = fragment ? parseFragment(html, options) : parse(html, options);
	}

	/** Every element, in document order (the contents of `<template>` included). */
	elements(): Element[] {
		const found: Element[] = [];
		const walk = (node: Node) => {
			if ('tagName' in node) {
				// Elements parse5 invented (an implied <html>, <head>, <body>) have no source to edit.
				if (node.sourceCodeLocation) found.push(node);
				if (node.tagName === 'template') walk((node as DefaultTreeAdapterMap['template']).content);
			}
			if ('childNodes' in node) for (const child of node.childNodes) walk(child);
		};
		walk(this.#root);
		return found;
	}

	/** The decoded value of an attribute, or undefined. */
	attribute(element: Element, name: string): string | undefined {
		return element.attrs.find((attribute) => attribute.name === name)?.value;
	}

	/** The raw source of an element's content: for `<script>` and `<style>`, exactly what a CSP hash covers. */
	rawText(element: Element): string {
		const location = element.sourceCodeLocation!;
		if (!location.startTag || !location.endTag) return '';
		return this.#html.slice(location.startTag.endOffset, location.endTag.startOffset);
	}

	/** The raw source of a whole element, tags and content, as written. */
	source(element: Element): string {
		const location = element.sourceCodeLocation!;
		return this.#html.slice(location.startOffset, location.endOffset);
	}

	/** Sets an attribute: rewrites it where it is, or adds it right after the tag name. */
	setAttribute(element: Element, name: string, value: string): void {
		const written = `${name}="${escapeAttribute(value)}"`;
		const location = element.sourceCodeLocation!.attrs?.[name];
		if (location) {
			this.#edits.push({ start: location.startOffset, end: location.endOffset, text: written });
		} else {
			const at = element.sourceCodeLocation!.startTag!.startOffset + 1 + element.tagName.length;
			this.#edits.push({ start: at, end: at, text: ` ${written}` });
		}
	}

	/** Removes an attribute with the whitespace before it. */
	removeAttribute(element: Element, name: string): void {
		const location = element.sourceCodeLocation!.attrs?.[name];
		if (!location) return;
		let start = location.startOffset;
		while (start > 0 && /\s/.test(this.#html[start - 1]!)) start--;
		this.#edits.push({ start, end: location.endOffset, text: '' });
	}

	/** Replaces a whole element, tags and content, with other markup ('' removes it). */
	replaceElement(element: Element, markup: string): void {
		const location = element.sourceCodeLocation!;
		this.#edits.push({ start: location.startOffset, end: location.endOffset, text: markup });
	}

	/** Replaces an element's content (for `<style>`, `<script>`: raw text, written as given). */
	replaceContent(element: Element, markup: string): void {
		const location = element.sourceCodeLocation!;
		if (!location.startTag || !location.endTag) throw new Error(`<${element.tagName}> has no end tag to edit inside`);
		this.#edits.push({ start: location.startTag.endOffset, end: location.endTag.startOffset, text: markup });
	}

	/** How many edits are waiting. */
	get editCount(): number {
		return this.#edits.length;
	}

	/** The HTML with every edit applied. Edits must not overlap. */
	toString(): string {
		const edits = [...this.#edits].sort((a, b) => a.start - b.start || a.end - b.end);
		let out = '';
		let cursor = 0;
		for (const edit of edits) {
			if (edit.start < cursor) throw new Error('HtmlEditor: two edits overlap');
			out += this.#html.slice(cursor, edit.start) + edit.text;
			cursor = edit.end;
		}
		return out + this.#html.slice(cursor);
	}
}
