import type { Link, Nodes, Root, PhrasingContent } from 'mdast';
import { findAndReplace, type RegExpMatchObject } from 'mdast-util-find-and-replace';

/** A glossary entry as the linker needs it: where it lives and the names it answers to. */
export interface LinkableTerm {
	slug: string;
	names: string[];
}

export interface GlossaryLinkerOptions {
	terms: LinkableTerm[];
	/** Builds the link for a term, e.g. (slug) => `/glossary/${slug}/`. */
	href: (slug: string) => string;
}

/** Where the linker never adds a link: headings, links, code, quotes and footnote text. */
const ignoredParents = ['heading', 'link', 'linkReference', 'definition', 'blockquote', 'inlineCode', 'code', 'footnoteDefinition'];

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Acronyms (ATACMS, NATO, G20) only match as written; other names match in any case. */
function isAcronym(name: string): boolean {
	return /^[\p{Lu}\p{N}-]{2,}$/u.test(name);
}

/** One regular expression for every name, longest first so "M270 MLRS" wins over "M270". */
export function buildMatcher(terms: readonly LinkableTerm[]): { pattern: RegExp; slugFor: (match: string) => string | undefined } | undefined {
	const bySpelling = new Map<string, { slug: string; exact: boolean; name: string }>();
	for (const { slug, names } of terms) {
		for (const name of names) {
			const key = name.toLowerCase();
			if (!bySpelling.has(key)) bySpelling.set(key, { slug, exact: isAcronym(name), name });
		}
	}
	if (bySpelling.size === 0) return undefined;
	const alternatives = [...bySpelling.values()]
		.map(({ name }) => name)
		.sort((a, b) => b.length - a.length || a.localeCompare(b))
		.map(escapeRegExp);
	const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?:e?s)?(?![\\p{L}\\p{N}])`, 'giu');
	const slugFor = (match: string) => {
		const candidates = [match, match.replace(/e?s$/i, ''), match.replace(/s$/i, '')];
		for (const candidate of candidates) {
			const found = bySpelling.get(candidate.toLowerCase());
			if (found && (!found.exact || found.name === candidate)) return found.slug;
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
	findAndReplace(
		tree as Nodes,
		[
			matcher.pattern,
			(value: string, _match: RegExpMatchObject): Link | false => {
				const slug = matcher.slugFor(value);
				if (!slug || slug === skipSlug || linked.includes(slug)) return false;
				linked.push(slug);
				const child: PhrasingContent = { type: 'text', value };
				return {
					type: 'link',
					url: options.href(slug),
					children: [child],
					data: { hProperties: { className: ['term-link'], 'data-term': slug } },
				};
			},
		],
		{ ignore: ignoredParents },
	);
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
