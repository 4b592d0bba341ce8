/**
 * Links to other sites (a source's own page, an outlet's article): marked for every reader, and
 * spelled out in the copy opened from disk, where they cannot be followed. The same rules serve
 * components (src/components/SourceLink.astro) and Markdown (rehypeExternalLinks below).
 */
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** The class of every link to another site (src/styles/share.css draws its arrow). */
export const externalLinkClass = 'external-link';

/** What a screen reader hears after the link text; sighted readers see the arrow. */
export const externalLinkNote = ' (external site)';

/** The class of the address shown after an external link in the copy opened from disk. */
export const externalAddressClass = 'external-address';

/**
 * Whether an href leads to another site: an http(s) address whose origin is not the site's own
 * (`SITE_URL`, when the build has one). Site paths, fragments, mailto: and data: are not.
 */
export function isExternalHref(href: string, site?: string | URL): boolean {
	if (!/^https?:\/\//i.test(href)) return false;
	return !site || new URL(href).origin !== new URL(site).origin;
}

/**
 * The address a reader of the copy opened from disk sees after the link text, to type or copy
 * later: the URL without its scheme or a lone trailing slash, e.g. "www.defense.gov/News/Transcripts/…".
 */
export function displayAddress(href: string): string {
	return href.replace(/^https?:\/\//i, '').replace(/^([^/?#]+)\/$/, '$1');
}

export interface ExternalLinkOptions {
	/** The copy opened from disk: show each address after its link. */
	offline: boolean;
	/** The site's own address (`SITE_URL`), whose links are not external. */
	site?: string;
}

const text = (value: string): ElementContent => ({ type: 'text', value });

/**
 * Rehype plugin for Markdown and MDX pages: every link to another site gets the external class
 * and the note screen readers hear, and, in the copy opened from disk, its address after it.
 * Links stay in the same tab, as every other link does.
 */
export function rehypeExternalLinks({ offline, site }: ExternalLinkOptions) {
	return () => (tree: Root) => {
		visit(tree, 'element', (node: Element, index, parent) => {
			const href = node.properties.href;
			if (node.tagName !== 'a' || typeof href !== 'string' || !isExternalHref(href, site)) return;
			const classes = node.properties.className;
			node.properties.className = [...(Array.isArray(classes) ? classes : []), externalLinkClass];
			node.children.push({
				type: 'element',
				tagName: 'span',
				properties: { className: ['sr-only'] },
				children: [text(externalLinkNote)],
			});
			if (offline && parent && index !== undefined) {
				parent.children.splice(index + 1, 0, {
					type: 'element',
					tagName: 'span',
					properties: { className: [externalAddressClass] },
					children: [text(` (${displayAddress(href)})`)],
				});
			}
		});
	};
}
