/** What reading order needs of a docs page: its id and, from its frontmatter, `section` and `order`. */
export interface Ordered {
	id: string;
	data: { section?: unknown; order?: unknown };
}

/**
 * The story's chapters in reading order: the docs pages of the `story` section, by `order`, then
 * id. The sidebar, the chapter links, citations and the exports all list them this way.
 */
export function storyChapters<T extends Ordered>(docs: readonly T[]): T[] {
	return docs
		.filter((doc) => doc.data.section === 'story')
		.sort((a, b) => Number(a.data.order ?? 0) - Number(b.data.order ?? 0) || a.id.localeCompare(b.id));
}
