import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { withBase } from './urls.ts';

/** Whether a Markdown link is root-absolute ("/glossary/") and so needs the site's base path. */
export function isRootAbsolute(url: string): boolean {
	return url.startsWith('/') && !url.startsWith('//');
}

/**
 * Writers link pages as "/story/the-decision/"; under a sub-path such as "/atacms/" that must
 * become "/atacms/story/the-decision/". This remark plugin prefixes every root-absolute link.
 */
export function remarkBaseLinks(base: string) {
	return () => (tree: Root) => {
		if (base === '/') return;
		visit(tree, ['link', 'definition'], (node) => {
			const target = node as { url: string };
			if (isRootAbsolute(target.url) && !target.url.startsWith(base)) target.url = withBase(base, target.url);
		});
	};
}
