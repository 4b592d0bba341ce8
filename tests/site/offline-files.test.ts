import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OFFLINE_ZIP } from '../../scripts/site-build.ts';
import { brokenLinks, builtPages, readHtml } from '../support/dist.ts';
import { useDist } from '../support/site.ts';

const { distDir, subpathDir } = useDist();

describe('the copy to open from disk', () => {
	it('ships as a zip linked from the data page', () => {
		const zip = readFileSync(path.join(distDir, OFFLINE_ZIP));
		expect(zip.subarray(0, 2).toString()).toBe('PK');
		expect(readHtml(distDir, '/data/')).toContain(`href="/${OFFLINE_ZIP}"`);
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
