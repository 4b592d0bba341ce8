import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { isRootAbsolute, withBase } from '../site/urls.ts';

interface JsxAttribute {
	type: string;
	name?: string;
	value?: unknown;
}

/**
 * Writers link pages as "/story/the-decision/"; under a sub-path such as "/atacms/" that must
 * become "/atacms/story/the-decision/". This remark plugin prefixes every root-absolute link,
 * in Markdown links and in the `href` of components written in MDX (`<LinkCard href="/…" />`).
 */
export function remarkBaseLinks(base: string) {
	const rebase = (url: string) => (isRootAbsolute(url) && !url.startsWith(base) ? withBase(base, url) : url);
	return () => (tree: Root) => {
		if (base === '/') return;
		visit(tree, ['link', 'definition'], (node) => {
			const target = node as { url: string };
			target.url = rebase(target.url);
		});
		visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (node) => {
			for (const attribute of (node as { attributes?: JsxAttribute[] }).attributes ?? []) {
				if (attribute.type === 'mdxJsxAttribute' && attribute.name === 'href' && typeof attribute.value === 'string') {
					attribute.value = rebase(attribute.value);
				}
			}
		});
	};
}
