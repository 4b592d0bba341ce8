import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/build.ts';
import { readHtml } from '../support/dist.ts';
import { elementsOf, hasClass, textOf, type Element } from '../support/html.ts';
import { useDist } from '../support/site.ts';

const { distDir } = useDist();

/** The text of every element matching `test`, whitespace collapsed as a browser shows it. */
const textsOf = (html: string, test: (element: Element) => boolean): string[] =>
	elementsOf(html)
		.filter(test)
		.map((element) => textOf(element));

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
		const [line] = textsOf(html, (element) => hasClass(element, 'person-role'));
		expect(line).toContain(role);
		if (role.includes(country)) expect(line).not.toContain(`(${country})`);
	});

	it('quote credits keep a space between the speaker, the setting and the source', () => {
		const captions = ['/story/reactions/', '/story/the-decision/'].flatMap((page) =>
			textsOf(readHtml(distDir, page), (element) => element.tagName === 'figcaption' && !hasClass(element, 'sr-only')),
		);
		const credits = captions.filter((caption) => caption.includes('Source:'));
		expect(credits.length).toBeGreaterThan(0);
		for (const credit of credits) expect(credit).not.toMatch(/\.[A-Z]/);
	});
});
