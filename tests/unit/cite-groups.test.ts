import { readFileSync } from 'node:fs';
import path from 'node:path';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { citationAnchor, remarkCiteGroups, type CitationPlace } from '../../src/lib/markdown/cite-groups.ts';

const fixture = readFileSync(path.join(import.meta.dirname, '../fixtures/markdown/citations.mdx'), 'utf8');

interface Node {
	type: string;
	value?: string;
	url?: string;
	name?: string;
	attributes?: { name: string; value: string }[];
	children?: Node[];
}

/** The text of a tree as MDX-like lines, one per paragraph: enough to see where markers went. */
function written(node: Node): string {
	const inner = () => (node.children ?? []).map(written).join('');
	switch (node.type) {
		case 'text':
			return node.value ?? '';
		case 'link':
			return `[${inner()}](${node.url})`;
		case 'mdxJsxTextElement':
		case 'mdxJsxFlowElement':
			return node.name === 'Cite'
				? `<Cite ${(node.attributes ?? []).map((a) => `${a.name}="${a.value}"`).join(' ')} />`
				: inner();
		case 'paragraph':
			return `${inner()}\n`;
		default:
			return inner();
	}
}

/** The fixture after the plugin, as text, and the citations it wrote into the remark frontmatter. */
function run(source: string) {
	const processor = unified().use(remarkParse).use(remarkMdx).use(remarkCiteGroups());
	const file = { data: {} as { astro?: { frontmatter?: { citations?: CitationPlace[] } } }, value: source };
	const tree = processor.runSync(processor.parse(source), file as never);
	return { mdx: written(tree as Node), citations: file.data.astro?.frontmatter?.citations };
}

describe('citation markers (remarkCiteGroups)', () => {
	const { mdx, citations } = run(fixture);

	it('merges markers written side by side into one, glued to the word before it', () => {
		expect(mdx).toContain('Three sources after a full stop.<Cite id="a" ids="a b c" n="2" />');
		expect(mdx).toContain('Two markers with no space between.<Cite id="c" ids="c a" n="4" />');
	});

	it('glues a marker to a link that ends the sentence', () => {
		expect(mdx).toContain('[link](/x/).<Cite id="b" ids="b a" n="3" />');
	});

	it('numbers markers in reading order, inside components too, and leaves separate markers apart', () => {
		expect(mdx).toContain('Opening line, before any heading.<Cite id="a" ids="a" n="1" />');
		expect(mdx).toContain('A marker inside a component.<Cite id="c" ids="c" n="5" />');
		expect(mdx).toContain(
			'Separate markers stay apart.<Cite id="a" ids="a" n="6" /> A sentence between.<Cite id="b" ids="b" n="7" />',
		);
		expect(mdx.match(/<Cite /g)).toHaveLength(7);
	});

	it('lists every marker with its sources and the section it is in, for the back-links', () => {
		expect(citations).toEqual([
			{ ids: ['a'] },
			{ ids: ['a', 'b', 'c'], section: 'First section' },
			{ ids: ['b', 'a'], section: 'First section' },
			{ ids: ['c', 'a'], section: 'First section' },
			{ ids: ['c'], section: 'Second section' },
			{ ids: ['a'], section: 'Second section' },
			{ ids: ['b'], section: 'Second section' },
		]);
		expect(citationAnchor(3)).toBe('cite-ref-3');
	});

	it('writes an empty list for a page without markers', () => {
		expect(run('# Title\n\nNo sources here.\n').citations).toEqual([]);
	});
});
