import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/build.ts';
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
		expect(full, 'a component or citation marker was left in').not.toMatch(/<[A-Z][\w.]*\b[^>]*\/>/);
		expect(full.length).toBeGreaterThan(text.length * 3);
	});

	it('lists each story page’s sources in the full text, with the address of each that has one', () => {
		const full = read('llms-full.txt');
		// Each page starts "## Title" then "Source: <its address>"; its own headings are "## …" too.
		const pages = full.split(/^## .+\n\nSource: /m).slice(1);
		expect(pages.length).toBe(storyPages.length);
		for (const page of pages) expect(page).toMatch(/^Sources:\n\n- /m);
		const sourcesDir = path.join(projectRoot, 'src/content/sources');
		for (const file of readdirSync(sourcesDir).filter((name) => name.endsWith('.yaml'))) {
			const source = yaml.load(readFileSync(path.join(sourcesDir, file), 'utf8')) as { title: string; url?: string };
			for (const line of full.split('\n').filter((each) => each.startsWith(`- ${source.title}. `)))
				if (source.url)
					expect(line, file).toMatch(new RegExp(` ${source.url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
		}
	});
});
