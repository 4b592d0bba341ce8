import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/**
 * Removes `aria-hidden` from the `<script>` elements of a piece of markup: HTML does not allow
 * it there (the W3C Nu checker reports it as an error). The markup is parsed with parse5 and only
 * the attributes are cut out, so every other byte stays as it was. Returns the new markup and how
 * many attributes were removed.
 */
export function removeScriptAriaHidden(html: string): { html: string; removed: number } {
	const found: { start: number; end: number }[] = [];
	const walk = (node: Node) => {
		if ('tagName' in node && node.tagName === 'script') {
			const location = (node as Element).sourceCodeLocation?.attrs?.['aria-hidden'];
			if (location) found.push({ start: location.startOffset, end: location.endOffset });
		}
		if ('childNodes' in node) for (const child of node.childNodes) walk(child);
	};
	walk(parseFragment(html, { sourceCodeLocationInfo: true }));
	let out = html;
	for (const { start, end } of found.reverse()) {
		// The attribute and the one space before it.
		const from = out[start - 1] === ' ' ? start - 1 : start;
		out = out.slice(0, from) + out.slice(end);
	}
	return { html: out, removed: found.length };
}
