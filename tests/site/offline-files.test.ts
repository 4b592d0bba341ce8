import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { OFFLINE_ZIP } from '../../scripts/site-build.ts';
import { precachedFiles } from '../../src/integrations/service-worker.ts';
import { filesUnder } from '../../src/lib/site/built-files.ts';
import { brokenLinks, builtPages, readHtml } from '../support/dist.ts';
import { useDist } from '../support/site.ts';

const { distDir, offlineDir, subpathDir } = useDist();
const MiB = 1024 * 1024;

/** What the hosted site's service worker downloads in the background after a first visit. */
const precached = precachedFiles(readFileSync(path.join(distDir, 'sw.js'), 'utf8'));

/** The files a page loads as it opens: stylesheets, icons and preloads, scripts, images (read from the HTML here). */
function loadedBy(page: string): string[] {
	const html = readHtml(distDir, page);
	const targets = [...html.matchAll(/<(link|script|img|source)\b([^>]*)>/g)].flatMap(([, tag, attributes = '']) => {
		if (tag === 'link' && !/\brel="[^"]*\b(stylesheet|icon|modulepreload|preload)\b/.test(attributes)) return [];
		const target = /\b(?:href|src)="([^"]+)"/.exec(attributes)?.[1];
		return target && target.startsWith('/') && !target.startsWith('//') ? [target] : [];
	});
	return targets.map((target) => decodeURIComponent(new URL(target, 'http://site/').pathname.slice(1)));
}

describe('the background download after a first visit (the precache)', () => {
	it('holds what a reader uses offline: every page, and every file the pages load', () => {
		const pages = builtPages(distDir).filter((page) => page !== '/404.html');
		const pageFiles = pages.map((page) => `${page.slice(1)}index.html`);
		expect(pages.length).toBeGreaterThan(60);
		expect(precached).toEqual(expect.arrayContaining(pageFiles));
		const missing = pages.flatMap((page) =>
			loadedBy(page)
				.filter((file) => !precached.includes(file))
				.map((file) => `${page}: ${file}`),
		);
		expect(missing).toEqual([]);
		// The glossary search's index, which /glossary/ fetches when it opens.
		expect(precached).toContain('glossary-index.json');
	});

	it('holds no preview image, citation file, llms file, export, zip or Pagefind index', () => {
		const unwanted = precached.filter((file) =>
			/^(og|cite|pagefind)\/|^llms[^/]*\.txt$|\.zip$|^(glossary\.json|feed\.xml|404\.html|_headers|sw\.js)$/.test(file),
		);
		expect(precached.length).toBeGreaterThan(0);
		expect(unwanted).toEqual([]);
	});

	it('costs at most 1.5 MiB on the wire, gzipped as a static host serves it (sw.js included)', () => {
		const bytes = [...precached, 'sw.js'].reduce((total, file) => {
			const content = readFileSync(path.join(distDir, file));
			return total + Math.min(content.length, gzipSync(content, { level: 6 }).length);
		}, 0);
		expect(bytes).toBeLessThanOrEqual(1.5 * MiB);
	});
});

describe('the copy to open from disk', () => {
	const zip = readFileSync(`${offlineDir}.zip`);
	const entries = unzipSync(zip);

	it('ships as a zip linked from the data page, the same bytes as the one built beside the copy', () => {
		expect(zip.subarray(0, 2).toString()).toBe('PK');
		expect(readFileSync(path.join(distDir, OFFLINE_ZIP)).equals(zip)).toBe(true);
		expect(readHtml(distDir, '/data/')).toContain(`href="/${OFFLINE_ZIP}"`);
	});

	it('zips exactly the copy: every page and what they link, nothing the copy cannot show or use', () => {
		const names = Object.keys(entries).filter((name) => !name.endsWith('/'));
		expect(names.toSorted()).toEqual(filesUnder(offlineDir).toSorted());
		expect(names).toEqual(
			expect.arrayContaining(['index.html', 'glossary/index.html', 'feed.xml', 'glossary-index.json']),
		);
		// The citation files pages offer for download open from disk too.
		expect(names.some((name) => name.startsWith('cite/'))).toBe(true);
		const unwanted = names.filter((name) =>
			/^(og|pagefind)\/|^_astro\/.+\.js$|^llms[^/]*\.txt$|^(_headers|sw\.js)$|\.zip$/.test(name),
		);
		expect(unwanted).toEqual([]);
	});

	it('is at most 1.5 MB', () => {
		expect(zip.length).toBeLessThanOrEqual(1_500_000);
	});
});

describe('hosted under a sub-path (/atacms/)', () => {
	const pages = builtPages(subpathDir);

	it('has no broken link: every internal link stays under /atacms/ and resolves', () => {
		const broken = pages.flatMap((page) => brokenLinks(subpathDir, page, '/atacms/').map((link) => `${page}: ${link}`));
		expect(pages.length).toBeGreaterThan(60);
		expect(broken).toEqual([]);
	});
});
