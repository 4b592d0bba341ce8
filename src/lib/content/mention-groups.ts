/** One link in "Mentioned in": a page, or an entry on a page (a URL with a #fragment). */
export interface Mention {
	url: string;
	title: string;
}

/** Mentions that belong together: one page, or the entries of one kind ("Timeline: …", "Glossary: …"). */
export interface MentionGroup {
	/** Where the group lives: the page, or the folder its entries share (e.g. "/glossary/"). */
	url: string;
	/** The page's title, or the name its entries' titles start with. */
	title: string;
	/** The entries, titled without that name; empty when the group is one page. */
	items: Mention[];
}

/**
 * "Timeline" of "Timeline: Talks open" at "/timeline/#talks-open": the name before the colon,
 * when the URL has it as a folder. Undefined otherwise (a page title that holds a colon).
 */
function kindOf({ url, title }: Mention): string | undefined {
	const kind = /^([^:]+): ./.exec(title)?.[1];
	if (!kind) return undefined;
	const folder = kind.toLowerCase().replace(/\s+/g, '-');
	return url.split('#')[0]!.split('/').includes(folder) ? kind : undefined;
}

/** The longest folder ("/a/b/") every URL starts with, fragments and file names left out. */
function commonFolder(urls: readonly string[]): string {
	const folders = urls.map((url) =>
		url
			.split('#')[0]!
			.replace(/[^/]*$/, '')
			.split('/'),
	);
	const shared: string[] = [];
	for (let index = 0; folders.every((parts) => index < parts.length); index++) {
		const part = folders[0]![index]!;
		if (!folders.every((parts) => parts[index] === part)) break;
		shared.push(part);
	}
	const folder = shared.join('/');
	return folder.endsWith('/') ? folder : `${folder}/`;
}

/**
 * Groups mentions, in the order they are first met: a page titled on its own ("The decision")
 * stays one link, and entries titled "Kind: name" (twenty timeline events, a dozen glossary
 * terms) become one group per kind, linked to the folder they share.
 */
export function groupMentions(mentions: readonly Mention[]): MentionGroup[] {
	const groups = new Map<string, Mention[]>();
	for (const mention of mentions) {
		const key = kindOf(mention) ?? `page:${mention.url}`;
		groups.set(key, [...(groups.get(key) ?? []), mention]);
	}
	return [...groups].map(([key, list]) => {
		if (key.startsWith('page:')) return { url: list[0]!.url, title: list[0]!.title, items: [] };
		return {
			url: commonFolder(list.map((mention) => mention.url)),
			title: key,
			items: list.map((mention) => ({ url: mention.url, title: mention.title.slice(key.length + 2) })),
		};
	});
}

/** Splits a list into the first `shown` and the rest; nothing is folded away when only one would be. */
export function splitShown<T>(items: readonly T[], shown: number): { visible: T[]; hidden: T[] } {
	if (items.length <= shown + 1) return { visible: [...items], hidden: [] };
	return { visible: items.slice(0, shown), hidden: items.slice(shown) };
}
