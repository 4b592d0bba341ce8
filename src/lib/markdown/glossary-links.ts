import type { Link, Nodes, Root, PhrasingContent } from 'mdast';
import { findAndReplace, type RegExpMatchObject } from 'mdast-util-find-and-replace';

/** A glossary entry as the linker needs it: where it lives and the names it answers to. */
export interface LinkableTerm {
	slug: string;
	names: string[];
	/** The one-sentence definition, given to assistive technology as the link's description. */
	definition?: string;
}

export interface GlossaryLinkerOptions {
	terms: LinkableTerm[];
	/** Builds the link for a term, e.g. (slug) => `/glossary/${slug}/`. */
	href: (slug: string) => string;
}

/** Where the linker never adds a link: headings, links, code, quotes and footnote text. */
const ignoredParents = [
	'heading',
	'link',
	'linkReference',
	'definition',
	'blockquote',
	'inlineCode',
	'code',
	'footnoteDefinition',
];

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Acronyms (ATACMS, NATO, G20) only match as written; other names match in any case. */
function isAcronym(name: string): boolean {
	return /^[\p{Lu}\p{N}-]{2,}$/u.test(name);
}

/** One regular expression for every name, longest first so "M270 MLRS" wins over "M270". */
export function buildMatcher(
	terms: readonly LinkableTerm[],
): { pattern: RegExp; slugFor: (match: string) => string | undefined } | undefined {
	// Names fold to one key per spelling-insensitive form ("ATACMS", "ATACMs"); a key of acronyms
	// only matches as one of its written spellings, any other key matches in any case.
	const byKey = new Map<string, { slug: string; spellings: Set<string>; anyCase: boolean }>();
	for (const { slug, names } of terms) {
		for (const name of names) {
			const key = name.toLowerCase();
			const known = byKey.get(key) ?? { slug, spellings: new Set<string>(), anyCase: false };
			if (known.slug !== slug) continue;
			known.spellings.add(name);
			known.anyCase ||= !isAcronym(name);
			byKey.set(key, known);
		}
	}
	if (byKey.size === 0) return undefined;
	const alternatives = [...byKey.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b)).map(escapeRegExp);
	const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?:e?s)?(?![\\p{L}\\p{N}])`, 'giu');
	const slugFor = (match: string) => {
		const exact = byKey.get(match.toLowerCase());
		if (exact && (exact.anyCase || exact.spellings.has(match))) return exact.slug;
		// A plural ("ballistic missiles") links ordinary terms only: "NATOs" is not NATO.
		for (const singular of [match.replace(/es$/i, ''), match.replace(/s$/i, '')]) {
			const found = byKey.get(singular.toLowerCase());
			if (found?.anyCase) return found.slug;
		}
		return undefined;
	};
	return { pattern, slugFor };
}

/**
 * Links the first mention of each glossary term on a page to its entry, and reports which
 * terms it linked (the "Mentioned in" backlinks are built from that report).
 */
export function linkGlossaryTerms(tree: Root, options: GlossaryLinkerOptions, skipSlug?: string): string[] {
	const matcher = buildMatcher(options.terms);
	if (!matcher) return [];
	const linked: string[] = [];
	const definitions = new Map(
		options.terms.filter((term) => term.definition).map((term) => [term.slug, term.definition!]),
	);
	findAndReplace(
		tree as Nodes,
		[
			matcher.pattern,
			(value: string, _match: RegExpMatchObject): Link | false => {
				const slug = matcher.slugFor(value);
				if (!slug || slug === skipSlug || linked.includes(slug)) return false;
				linked.push(slug);
				const child: PhrasingContent = { type: 'text', value };
				const described = definitions.has(slug) ? { 'aria-describedby': `term-def-${slug}` } : {};
				return {
					type: 'link',
					url: options.href(slug),
					children: [child],
					data: { hProperties: { className: ['term-link'], 'data-term': slug, ...described } },
				};
			},
		],
		{ ignore: ignoredParents },
	);
	const described = linked.filter((slug) => definitions.has(slug));
	if (described.length > 0) {
		// The definitions the links point at with aria-describedby: hidden, so they are read as
		// descriptions without JavaScript and shown by the preview script with it.
		tree.children.push({
			type: 'paragraph',
			children: [],
			data: {
				hName: 'div',
				hProperties: { hidden: true, className: ['term-definitions'], dataPagefindIgnore: '' },
				hChildren: described.map((slug) => ({
					type: 'element',
					tagName: 'span',
					properties: { id: `term-def-${slug}` },
					children: [{ type: 'text', value: definitions.get(slug)! }],
				})),
			},
		});
	}
	return linked;
}

interface VFileLike {
	path?: string;
	data: { astro?: { frontmatter?: Record<string, unknown> } };
}

/**
 * The remark plugin. It records the linked slugs as `glossaryLinks` in the page's
 * remark frontmatter, and leaves a glossary entry's own name unlinked on its own page.
 */
export function remarkGlossary(options: GlossaryLinkerOptions) {
	return () => (tree: Root, file: VFileLike) => {
		const self = file.path?.match(/[\\/]glossary[\\/]([^\\/]+)\.md$/)?.[1];
		const linked = linkGlossaryTerms(tree, options, self);
		file.data.astro ??= {};
		file.data.astro.frontmatter ??= {};
		file.data.astro.frontmatter.glossaryLinks = linked;
	};
}
