import { describe, expect, it } from 'vitest';
import { exists, fileFor, readHtml } from '../support/dist.ts';
import { attributeOf, descendants, elementsOf } from '../support/html.ts';
import { useDist } from '../support/site.ts';

const { distDir } = useDist();
const storyPages = [
	'/',
	'/story/background/',
	'/story/the-decision/',
	'/story/reactions/',
	'/story/open-questions/',
	'/timeline/',
];

/** The site paths of the people and places a page's main content links to. */
function peopleAndPlacesLinkedFrom(page: string): string[] {
	const main = elementsOf(readHtml(distDir, page)).find((element) => element.tagName === 'main')!;
	return descendants(main)
		.map((element) => (element.tagName === 'a' ? attributeOf(element, 'href') : undefined))
		.filter((href): href is string => href !== undefined)
		.map((href) => new URL(href, `https://site.test${page}`).pathname)
		.filter((target) => /^\/(people|places)\//.test(target));
}

describe('the people and places the story names', () => {
	it('have a page each, which says where the story mentions them', () => {
		const targets = new Set(storyPages.flatMap(peopleAndPlacesLinkedFrom));
		expect(targets.size).toBeGreaterThan(10);
		for (const target of targets) {
			expect(exists(fileFor(distDir, target)), `${target} is built`).toBe(true);
			const isIndex = /^\/(people|places)\/$/.test(target);
			const mentions = elementsOf(readHtml(distDir, target)).filter(
				(element) => attributeOf(element, 'id') === 'mentioned-in',
			);
			expect(mentions.length, `${target}: its "mentioned in" section`).toBe(isIndex ? 0 : 1);
		}
	});
});
