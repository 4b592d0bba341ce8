/**
 * Citation markers in MDX, as readers need them: writers put `<Cite id="…" />` after a sentence,
 * one per source and with spaces between; this remark plugin turns each run of them into one
 * marker ("[1, 4, 5]") glued to the word before it, numbers the markers in page order, and lists
 * them in the page's remark frontmatter (`citations`) so the source list can link back to each.
 *
 * It works on the syntax tree, where a marker is a `Cite` element and nothing else is, so it
 * cannot catch other markup; a post-build pass over HTML would have to recognise markers by
 * their rendered shape.
 */
import type { Root } from 'mdast';

/** One marker on a page, in reading order. */
export interface CitationPlace {
	/** The sources it cites, in the order written, e.g. ["report-2024-11-17", "pentagon-2024-11-04"]. */
	ids: string[];
	/** The heading of the section it sits in, for the back-link's name; none before the first heading. */
	section?: string;
}

interface Node {
	type: string;
	value?: string;
	name?: string | null;
	attributes?: { type: string; name?: string; value?: unknown }[];
	children?: Node[];
}

interface VFileLike {
	data: { astro?: { frontmatter?: Record<string, unknown> } };
}

/** The id of a marker for the source list's back-links: "cite-ref-3" for the third on the page. */
export const citationAnchor = (n: number) => `cite-ref-${n}`;

const isMarker = (node: Node | undefined, component: string) =>
	(node?.type === 'mdxJsxTextElement' || node?.type === 'mdxJsxFlowElement') && node.name === component;

const isSpace = (node: Node | undefined) => node?.type === 'text' && /^\s*$/.test(node.value ?? '');

const attribute = (node: Node, name: string) => node.attributes?.find((each) => each.name === name)?.value;

const textOf = (node: Node): string =>
	node.type === 'text' || node.type === 'inlineCode' ? (node.value ?? '') : (node.children ?? []).map(textOf).join('');

/**
 * Merges adjacent `<Cite id="…" />` elements into one `<Cite id="a" ids="a b" n="2" />` and
 * removes the space before it (the component keeps it on the line with that word).
 */
export function remarkCiteGroups({ component = 'Cite' } = {}) {
	return () => (tree: Root, file: VFileLike) => {
		const places: CitationPlace[] = [];
		let section: string | undefined;
		const walk = (parent: Node) => {
			const children = parent.children ?? [];
			for (let i = 0; i < children.length; i++) {
				const node = children[i]!;
				if (node.type === 'heading') {
					section = textOf(node).trim();
					continue;
				}
				if (!isMarker(node, component)) {
					walk(node);
					continue;
				}
				let end = i + 1;
				const run = [node];
				for (;;) {
					if (isMarker(children[end], component)) run.push(children[end++]!);
					else if (isSpace(children[end]) && isMarker(children[end + 1], component)) {
						run.push(children[end + 1]!);
						end += 2;
					} else break;
				}
				const ids = run.map((marker) => attribute(marker, 'id')).filter((id): id is string => typeof id === 'string');
				places.push({ ids, ...(section ? { section } : {}) });
				node.attributes = [
					{ type: 'mdxJsxAttribute', name: 'id', value: ids[0] },
					{ type: 'mdxJsxAttribute', name: 'ids', value: ids.join(' ') },
					{ type: 'mdxJsxAttribute', name: 'n', value: String(places.length) },
				];
				children.splice(i + 1, end - i - 1);
				const before = children[i - 1];
				if (before?.type === 'text') {
					before.value = (before.value ?? '').replace(/\s+$/, '');
					if (before.value === '') children.splice(--i, 1);
				}
			}
		};
		walk(tree as Node);
		file.data.astro ??= {};
		file.data.astro.frontmatter ??= {};
		file.data.astro.frontmatter.citations = places;
	};
}
