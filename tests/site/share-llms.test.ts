import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, readHtml } from '../support/dist.ts';
import { useDist } from '../support/site.ts';

const { distDir } = useDist();
const read = (file: string) => readFileSync(path.join(distDir, file), 'utf8');
const storyPages = builtPages(distDir).filter((page) => page.startsWith('/story/'));
const titleOf = (page: string) => readHtml(distDir, page).match(/<title>([^<]*?)(?: \| [^<]*)?<\/title>/)![1]!;
const descriptionOf = (page: string) =>
	readHtml(distDir, page).match(/<meta name="description" content="([^"]*)"/)![1]!;
const unescape = (text: string) =>
	text
		.replace(/&#39;|&#x27;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&');

describe('llms.txt', () => {
	const text = read('llms.txt');

	it('starts with the site name and a summary line', () => {
		expect(text).toMatch(/^# .+\n\n> .+\n/);
	});

	it('lists every story page with its description, in the sidebar’s reading order', () => {
		const listed = [...text.matchAll(/^- \[([^\]]+)\]\(([^)]+)\): (.+)$/gm)].filter((m) => m[2]!.includes('/story/'));
		const order = listed.map((m) => new URL(m[2]!, 'http://site.invalid').pathname);
		// Reading order: each page's "Next" link (Starlight's pagination) leads to the one listed after it.
		for (let i = 0; i + 1 < order.length; i++)
			expect(readHtml(distDir, order[i]!)).toMatch(new RegExp(`href="${order[i + 1]}"[^>]*rel="next"`));
		for (const [, title, url, description] of listed) {
			const page = new URL(url!, 'http://site.invalid').pathname;
			expect(unescape(titleOf(page))).toBe(title);
			expect(unescape(descriptionOf(page))).toBe(description);
		}
		expect(listed).toHaveLength(storyPages.length);
	});

	it('has a full-text variant with every story page’s text and no MDX imports', () => {
		const full = read('llms-full.txt');
		expect(full.startsWith(text.trimEnd())).toBe(true);
		for (const page of storyPages) expect(full).toContain(`## ${unescape(titleOf(page))}\n`);
		expect(full).not.toMatch(/^import /m);
		expect(full.length).toBeGreaterThan(text.length * 3);
	});
});
