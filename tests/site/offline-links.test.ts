import { describe, expect, it } from 'vitest';
import { brokenLinks, builtPages, readHtml } from '../support/dist.ts';
import { useDist } from '../support/site.ts';

const { offlineDir } = useDist();
const pages = builtPages(offlineDir);

describe('the copy to open from disk, statically', () => {
	it('has every page, each linking only files the copy has', () => {
		expect(pages.length).toBeGreaterThan(60);
		const broken = pages.flatMap((page) => brokenLinks(offlineDir, page).map((link) => `${page}: ${link}`));
		expect(broken).toEqual([]);
	});

	it('links only relative paths, and not the zip it does not contain', () => {
		for (const page of pages) {
			const html = readHtml(offlineDir, page);
			expect(html, page).not.toMatch(/\s(?:href|src)="\/(?!\/)/);
			expect(html, page).not.toMatch(/href="[^"]*\.zip"/);
		}
		expect(readHtml(offlineDir, '/data/')).toMatch(/<span>[^<]*offline copy[^<]*<\/span>/);
	});
});
