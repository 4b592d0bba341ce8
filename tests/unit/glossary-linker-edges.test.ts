import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import {
	buildMatcher,
	linkGlossaryTerms,
	remarkGlossary,
	type LinkableTerm,
} from '../../src/lib/markdown/glossary-links.ts';

const terms: LinkableTerm[] = [
	{ slug: 'atacms', names: ['ATACMS', 'ATACMs'], definition: 'A ballistic missile.' },
	{ slug: 'nato', names: ['NATO'] },
	{ slug: 'ballistic-missile', names: ['ballistic missile'], definition: 'A missile on an arc.' },
	{ slug: 'us', names: ['U.S.'] },
	{ slug: 'box', names: ['box'] },
];
const href = (slug: string) => `/glossary/${slug}/`;
const parse = (markdown: string) => unified().use(remarkParse).parse(markdown) as Root;

/** The (slug, text) of every link the linker added, in document order. */
function linksIn(tree: Root): string[] {
	const found: string[] = [];
	const walk = (node: { type: string; children?: unknown[]; url?: string; value?: string }) => {
		if (node.type === 'link') {
			const text = (node.children as { value?: string }[]).map((child) => child.value).join('');
			found.push(`${node.url}:${text}`);
		}
		for (const child of (node.children ?? []) as (typeof node)[]) walk(child);
	};
	walk(tree);
	return found;
}

function link(markdown: string, skipSlug?: string) {
	const tree = parse(markdown);
	const linked = linkGlossaryTerms(tree, { terms, href }, skipSlug);
	return { tree, linked, links: linksIn(tree) };
}

describe('glossary matcher', () => {
	const matcher = buildMatcher(terms)!;

	it('gives nothing to match when no term has a name', () => {
		expect(buildMatcher([])).toBeUndefined();
		expect(buildMatcher([{ slug: 'empty', names: [] }])).toBeUndefined();
	});

	it.each([
		['ATACMS', 'atacms'],
		['ATACMs', 'atacms'],
		// "ATACMs" is not all capitals, so that spelling of the name matches in any case.
		['atacms', 'atacms'],
		['NATO', 'nato'],
		['NATOs', undefined],
		['nato', undefined],
		['Nato', undefined],
		['ballistic missile', 'ballistic-missile'],
		['Ballistic Missile', 'ballistic-missile'],
		['ballistic missiles', 'ballistic-missile'],
		['boxes', 'box'],
		['U.S.', 'us'],
		['unknown', undefined],
	])('reads %j as %s', (text, slug) => {
		expect(matcher.slugFor(text)).toBe(slug);
	});

	it('matches whole words only, with the names taken literally', () => {
		const matches = (text: string) => [...text.matchAll(matcher.pattern)].map((m) => m[0]);
		expect(matches('NATOland and preNATO and NATO2')).toEqual([]);
		expect(matches('UXSX, U.S. and ATACMS.')).toEqual(['U.S.', 'ATACMS']);
		expect(matches('ballistic missiles, boxes, boxs, boxess')).toEqual(['ballistic missiles', 'boxes', 'boxs']);
	});

	it('leaves a name to the first term that claims it', () => {
		const shared = buildMatcher([
			{ slug: 'first', names: ['Storm'] },
			{ slug: 'second', names: ['storm', 'Gale'] },
		])!;
		expect(shared.slugFor('storm')).toBe('first');
		expect(shared.slugFor('Gale')).toBe('second');
	});

	it('lets an acronym match any case when the same term also has it as an ordinary word', () => {
		const mixed = buildMatcher([{ slug: 'radar', names: ['RADAR', 'radar'] }])!;
		expect(mixed.slugFor('Radar')).toBe('radar');
	});
});

describe('glossary linker on a tree', () => {
	it('links each term once, in order, with its class, slug and description', () => {
		const { tree, linked, links } = link('NATO met. ATACMS and NATO and ATACMs again.');
		expect(linked).toEqual(['nato', 'atacms']);
		expect(links).toEqual(['/glossary/nato/:NATO', '/glossary/atacms/:ATACMS']);
		const paragraph = tree.children[0] as { children: { type: string; data?: { hProperties?: object } }[] };
		const [nato, atacms] = paragraph.children.filter((child) => child.type === 'link');
		expect(nato!.data?.hProperties).toEqual({ className: ['term-link'], 'data-term': 'nato' });
		expect(atacms!.data?.hProperties).toEqual({
			className: ['term-link'],
			'data-term': 'atacms',
			'aria-describedby': 'term-def-atacms',
		});
	});

	it('adds one hidden list of the definitions it pointed at, and none when no link has one', () => {
		const described = link('ATACMS and a ballistic missile and NATO.').tree.children.at(-1)!;
		expect(described.data).toMatchObject({
			hName: 'div',
			hProperties: { hidden: true, className: ['term-definitions'], dataPagefindIgnore: '' },
			hChildren: [
				{ tagName: 'span', properties: { id: 'term-def-atacms' }, children: [{ value: 'A ballistic missile.' }] },
				{
					tagName: 'span',
					properties: { id: 'term-def-ballistic-missile' },
					children: [{ value: 'A missile on an arc.' }],
				},
			],
		});
		const plain = link('Only NATO here.').tree;
		expect(plain.children).toHaveLength(1);
		expect(link('Nothing to link.').tree.children).toHaveLength(1);
	});

	it('skips the page’s own term, and links nothing when there are no terms', () => {
		expect(link('ATACMS and NATO.', 'atacms').linked).toEqual(['nato']);
		const tree = parse('ATACMS');
		expect(linkGlossaryTerms(tree, { terms: [], href })).toEqual([]);
		expect(linksIn(tree)).toEqual([]);
	});

	it.each([
		['a heading', '# NATO', []],
		['a link', '[NATO](https://example.org)', ['https://example.org:NATO']],
		['inline code', '`NATO`', []],
		['a code block', '```\nNATO\n```', []],
		['a quote', '> NATO', []],
		['a footnote', 'Text[^1].\n\n[^1]: NATO', []],
		['a link reference', '[NATO][ref]\n\n[ref]: https://example.org', []],
	])('leaves a term in %s alone', (_where, markdown, expected) => {
		const { linked, links } = link(markdown);
		expect(linked).toEqual([]);
		expect(links).toEqual(expected);
	});
});

describe('glossary remark plugin', () => {
	async function run(path: string | undefined, frontmatter?: Record<string, unknown>) {
		const tree = parse('ATACMS and NATO.');
		const file = { path, data: frontmatter ? { astro: { frontmatter } } : {} } as Parameters<
			ReturnType<ReturnType<typeof remarkGlossary>>
		>[1];
		remarkGlossary({ terms, href })()(tree, file);
		return file.data.astro?.frontmatter;
	}

	it('records the linked slugs in the frontmatter, keeping what was there', async () => {
		expect(await run('/site/src/content/docs/a.md', { title: 'A' })).toEqual({
			title: 'A',
			glossaryLinks: ['atacms', 'nato'],
		});
		expect(await run(undefined)).toEqual({ glossaryLinks: ['atacms', 'nato'] });
	});

	it('leaves a glossary entry’s own name unlinked, with either kind of slash', async () => {
		expect(await run('/site/src/content/glossary/nato.md')).toEqual({ glossaryLinks: ['atacms'] });
		expect(await run('C:\\site\\src\\content\\glossary\\nato.md')).toEqual({ glossaryLinks: ['atacms'] });
		expect(await run('/site/src/content/docs/glossary/nato.mdx')).toEqual({ glossaryLinks: ['atacms', 'nato'] });
		expect(await run('/site/src/content/glossary/nato.md.bak')).toEqual({ glossaryLinks: ['atacms', 'nato'] });
	});
});
