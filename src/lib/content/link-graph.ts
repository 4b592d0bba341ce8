/** A page or event that points at entries, as the link graph sees it. */
export interface LinkSource {
	/** Where a reader goes to see the mention, e.g. "/story/background/" or "/timeline/#2024-11-17-decision-reported". */
	url: string;
	title: string;
	/** Ids referenced per collection, e.g. { glossary: ["atacms"], people: ["joe-biden"] }. */
	refs: Partial<Record<'glossary' | 'people' | 'places' | 'events' | 'sources', readonly string[]>>;
}

export type Backlinks = Map<string, { url: string; title: string }[]>;

/** The key of an entry in the backlinks map: "glossary:atacms". */
export const entryKey = (collection: string, id: string) => `${collection}:${id}`;

/**
 * Inverts "page → entries it mentions" into "entry → pages that mention it", in the order the
 * sources are given, each page once. Backlinks are computed, never written by hand.
 */
export function buildBacklinks(sources: readonly LinkSource[]): Backlinks {
	const backlinks: Backlinks = new Map();
	for (const source of sources) {
		for (const [collection, ids] of Object.entries(source.refs)) {
			for (const id of new Set(ids)) {
				const key = entryKey(collection, id);
				const list = backlinks.get(key) ?? [];
				if (!list.some((item) => item.url === source.url)) list.push({ url: source.url, title: source.title });
				backlinks.set(key, list);
			}
		}
	}
	return backlinks;
}
