import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, readHtml } from '../support/dist.ts';
import { useDist } from '../support/site.ts';

const { distDir } = useDist();
const pages = builtPages(distDir).filter((page) => page !== '/404.html');
const metaOf = (html: string, key: string) =>
	html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`))?.[1];
const imageFile = (page: string) => {
	const image = metaOf(readHtml(distDir, page), 'og:image')!;
	return path.join(distDir, new URL(image, 'http://site.invalid/').pathname);
};

describe('link-preview images in the built site', () => {
	it.each(pages)('%s has its own 1200×630 og:image under 150 KB, with alt text', (page) => {
		const html = readHtml(distDir, page);
		expect(metaOf(html, 'og:image'), `${page} og:image`).toBeDefined();
		expect(metaOf(html, 'og:image:width')).toBe('1200');
		expect(metaOf(html, 'og:image:height')).toBe('630');
		expect(metaOf(html, 'og:image:alt')).toMatch(/\S/);
		expect(metaOf(html, 'twitter:image')).toBe(metaOf(html, 'og:image'));
		const file = imageFile(page);
		expect(existsSync(file), `${page}: ${file}`).toBe(true);
		const png = readFileSync(file);
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
		expect(png.length).toBeLessThan(150 * 1024);
	});

	it('draws a different image for each story page', () => {
		const story = pages.filter((page) => page.startsWith('/story/'));
		const hashes = story.map((page) =>
			createHash('sha256')
				.update(readFileSync(imageFile(page)))
				.digest('hex'),
		);
		expect(story.length).toBeGreaterThanOrEqual(4);
		expect(new Set(hashes).size).toBe(story.length);
	});
});
