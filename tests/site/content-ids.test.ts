import { describe, expect, it } from 'vitest';
import { readContentDir } from '../../src/lib/content/files.ts';
import { entryPath } from '../../src/lib/site/urls.ts';
import { projectRoot } from '../support/build.ts';
import { builtPages, idsIn, readHtml } from '../support/dist.ts';
import { useDist } from '../support/site.ts';

const { distDir } = useDist();
const { entries } = await readContentDir(projectRoot, `${projectRoot}/src/content`);
const pages = new Set(builtPages(distDir));

/**
 * The content check reads the content with a reader of its own (src/lib/content/files.ts), and
 * Astro's glob loader decides the real ids: the two must agree, or the check would pass content
 * whose links lead nowhere. Every id the reader gives has its page, or its place on a shared page.
 */
describe('the content check and Astro agree on every entry’s id', () => {
	it.each(['docs', 'glossary', 'people', 'places'] as const)('%s: each id is a built page', (collection) => {
		const ids = entries.filter((entry) => entry.collection === collection).map((entry) => entry.id);
		expect(ids.length).toBeGreaterThan(3);
		const missing = ids.filter((id) => !pages.has(`/${entryPath(collection, id)}`));
		expect(missing).toEqual([]);
	});

	it.each(['events', 'sources'] as const)('%s: each id is an anchor on its page', (collection) => {
		const ids = entries.filter((entry) => entry.collection === collection).map((entry) => entry.id);
		expect(ids.length).toBeGreaterThan(3);
		const page = collection === 'events' ? '/timeline/' : '/sources/';
		const anchors = idsIn(readHtml(distDir, page));
		const missing = ids.filter((id) => !anchors.has(entryPath(collection, id).split('#')[1]!));
		expect(missing).toEqual([]);
	});
});
