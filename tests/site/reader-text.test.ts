import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ELEMENT_NODE, parse, TEXT_NODE, type ElementNode, type Node } from 'ultrahtml';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/build.ts';
import { readHtml } from '../support/dist.ts';
import { useDist } from '../support/site.ts';

const { distDir } = useDist();

/** The visible text of the first element matching `test`, whitespace collapsed as a browser shows it. */
function textOf(html: string, test: (element: ElementNode) => boolean): string[] {
	const found: string[] = [];
	const text = (node: Node): string =>
		node.type === TEXT_NODE
			? String(node.value)
			: 'children' in node
				? (node.children as Node[]).map(text).join('')
				: '';
	const walk = (node: Node) => {
		if (node.type === ELEMENT_NODE && test(node as ElementNode)) found.push(text(node).replace(/\s+/g, ' ').trim());
		if ('children' in node) (node.children as Node[]).forEach(walk);
	};
	walk(parse(html));
	return found;
}

const hasClass = (name: string) => (element: ElementNode) =>
	String(element.attributes.class ?? '')
		.split(/\s+/)
		.includes(name);

const people = readdirSync(path.join(projectRoot, 'src/content/people')).map((file) => ({
	id: file.replace(/\.ya?ml$/, ''),
	...(yaml.load(readFileSync(path.join(projectRoot, 'src/content/people', file), 'utf8')) as {
		role: string;
		country: string;
	}),
}));

describe('reader-facing text', () => {
	it.each(people)('the page of $id names the country once, not "Role of X (X)"', ({ id, role, country }) => {
		const html = readHtml(distDir, `/people/${id}/`);
		const [line] = textOf(html, hasClass('person-role'));
		expect(line).toContain(role);
		if (role.includes(country)) expect(line).not.toContain(`(${country})`);
	});

	it('quote credits keep a space between the speaker, the setting and the source', () => {
		const captions = ['/story/reactions/', '/story/the-decision/'].flatMap((page) =>
			textOf(readHtml(distDir, page), (element) => element.name === 'figcaption' && !hasClass('sr-only')(element)),
		);
		const credits = captions.filter((caption) => caption.includes('Source:'));
		expect(credits.length).toBeGreaterThan(0);
		for (const credit of credits) expect(credit).not.toMatch(/\.[A-Z]/);
	});
});
