import { readFileSync } from 'node:fs';
import path from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { buildMatcher, remarkGlossary, type LinkableTerm } from '../../src/lib/markdown/glossary-links.ts';

const terms: LinkableTerm[] = [
	{
		slug: 'atacms',
		names: ['ATACMS', 'ATACMs', 'Army Tactical Missile System'],
		definition: 'A US-made ballistic missile.',
	},
	{ slug: 'apec', names: ['APEC', 'Asia-Pacific Economic Cooperation'], definition: 'A Pacific forum.' },
	{ slug: 'nato', names: ['NATO'], definition: 'An alliance.' },
	{ slug: 'ballistic-missile', names: ['ballistic missile'] },
];

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, '../fixtures/markdown', name), 'utf8');

async function render(name: string, filePath = `/site/src/content/docs/${name}`) {
	const data: { astro?: { frontmatter?: Record<string, unknown> } } = {};
	const processor = unified().use(remarkParse);
	if (name.endsWith('.mdx')) processor.use(remarkMdx);
	processor
		.use(remarkGlossary({ terms, href: (slug) => `/glossary/${slug}/` }))
		.use(remarkRehype)
		.use(rehypeStringify);
	const file = await processor.process({ value: fixture(name), path: filePath, data });
	return { html: String(file), linked: (file.data as typeof data).astro?.frontmatter?.glossaryLinks };
}

const links = (html: string) =>
	[...html.matchAll(/<a href="\/glossary\/([^/]+)\/"[^>]*>([^<]+)<\/a>/g)].map((m) => `${m[1]}:${m[2]}`);

describe('glossary auto-linker', () => {
	it('links only the first mention of each term on a page', async () => {
		const { html, linked } = await render('first-mention.md');
		expect(links(html)).toEqual(['atacms:ATACMS', 'apec:APEC']);
		expect(linked).toEqual(['atacms', 'apec']);
	});

	it('never links inside headings, links, code or quotes', async () => {
		const { html } = await render('ignored-places.md');
		expect(links(html)).toEqual(['atacms:ATACMS']);
		expect(html).toMatch(/Finally <a href="\/glossary\/atacms\/"/);
		expect(html).toContain('<h1>ATACMS in a heading</h1>');
		expect(html).toContain('<blockquote>\n<p>ATACMS inside a quote.</p>');
	});

	it('links aliases, keeps acronyms case-sensitive and accepts plurals of ordinary terms', async () => {
		const { html } = await render('aliases.md');
		expect(links(html)).toEqual([
			'atacms:ATACMs',
			'apec:Asia-Pacific Economic Cooperation',
			'ballistic-missile:Ballistic missiles',
		]);
	});

	it('links inside MDX components and keeps JSX intact', async () => {
		const { html } = await render('component.mdx');
		expect(links(html)).toEqual(['atacms:ATACMS', 'apec:APEC']);
	});

	it('gives each link its definition as an accessible description', async () => {
		const { html } = await render('first-mention.md');
		expect(html).toContain('aria-describedby="term-def-atacms"');
		expect(html).toMatch(
			/<div hidden class="term-definitions"[^>]*><span id="term-def-atacms">A US-made ballistic missile\.<\/span>/,
		);
	});

	it('does not link a glossary entry to itself on its own page', async () => {
		const { linked } = await render('first-mention.md', '/site/src/content/glossary/atacms.md');
		expect(linked).toEqual(['apec']);
	});

	it('prefers the longest name when names overlap', () => {
		const matcher = buildMatcher([
			{ slug: 'm270', names: ['M270'] },
			{ slug: 'm270-mlrs', names: ['M270 MLRS'] },
		]);
		expect('The M270 MLRS fires.'.match(matcher!.pattern)?.[0]).toBe('M270 MLRS');
	});
});
