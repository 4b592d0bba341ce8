import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { remarkBaseLinks } from '../../src/lib/markdown/base-links.ts';

function links(source: string, base: string): string[] {
	const processor = unified().use(remarkParse).use(remarkMdx).use(remarkBaseLinks(base));
	const tree = processor.runSync(processor.parse(source));
	const found: string[] = [];
	visit(tree, (node) => {
		if (node.type === 'link') found.push((node as unknown as { url: string }).url);
		for (const attribute of (node as { attributes?: { name?: string; value?: unknown }[] }).attributes ?? []) {
			if (attribute.name === 'href') found.push(String(attribute.value));
		}
	});
	return found;
}

describe('base-path links', () => {
	it('prefixes Markdown links and component hrefs under a sub-path', () => {
		const source = '[Glossary](/glossary/)\n\n<LinkCard title="One" href="/story/one/" />\n';
		expect(links(source, '/atacms/')).toEqual(['/atacms/glossary/', '/atacms/story/one/']);
	});

	it('leaves relative, external, already-prefixed and root-site links alone', () => {
		const source =
			'[a](other/) [b](https://example.org/) [c](/atacms/x/)\n\n<LinkCard title="x" href="//cdn.example/" />\n';
		expect(links(source, '/atacms/')).toEqual(['other/', 'https://example.org/', '/atacms/x/', '//cdn.example/']);
		expect(links('[a](/glossary/)', '/')).toEqual(['/glossary/']);
	});
});
