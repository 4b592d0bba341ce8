/** The parts of Starlight's sidebar entries this module reads and writes (see `starlightRoute.sidebar`). */
export type SidebarEntryLike =
	| { type: 'link'; href: string; isCurrent: boolean; attrs: Record<string, unknown> }
	| { type: 'group'; entries: SidebarEntryLike[] };

const links = (entries: readonly SidebarEntryLike[]): Extract<SidebarEntryLike, { type: 'link' }>[] =>
	entries.flatMap((entry) => (entry.type === 'link' ? [entry] : links(entry.entries)));

const withSlash = (path: string) => (path.endsWith('/') ? path : `${path}/`);

/**
 * On a page the sidebar does not list (e.g. "/glossary/atacms/"), marks the sidebar link of the
 * section it belongs to (e.g. "/glossary/") with `aria-current="true"`, so the reader sees where
 * they are. The section is the link with the longest path that the page's path starts with; the
 * home page ("/", or the base path) never counts. Returns the link's href, or undefined when the
 * page is in the sidebar itself or belongs to no section.
 */
export function markParentSection(
	sidebar: readonly SidebarEntryLike[],
	pathname: string,
	base = '/',
): string | undefined {
	const all = links(sidebar);
	if (all.some((link) => link.isCurrent)) return undefined;
	const path = withSlash(pathname);
	const parent = all
		.filter((link) => {
			const href = withSlash(link.href);
			return href !== withSlash(base) && href !== path && path.startsWith(href);
		})
		.sort((a, b) => b.href.length - a.href.length)[0];
	if (!parent) return undefined;
	parent.attrs = { ...parent.attrs, 'aria-current': 'true' };
	return parent.href;
}

/** One entry of Starlight's table of contents (`starlightRoute.toc.items`). */
export interface TocItemLike {
	slug: string;
	children: TocItemLike[];
}

/**
 * Whether a page has sections of its own: Starlight's table of contents always starts with an
 * "Overview" entry for the page title, so a page with no headings still has one item.
 */
export function tocHasSections(items: readonly TocItemLike[]): boolean {
	return items.length > 1 || items.some((item) => item.children.length > 0);
}
