import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, readHtml } from '../support/dist.ts';
import { useSite } from '../support/site.ts';

// The Data page's examples, run against the built site: a stale example fails here.
const site = useSite();
const root = path.resolve(import.meta.dirname, '../..');
const guide = readFileSync(path.join(root, 'src/content/docs/data.md'), 'utf8');
const blocks = [...guide.matchAll(/^```(\w+)(?: title="([^"]*)")?[^\n]*\n([\s\S]*?)^```$/gm)].map((m) => ({
	lang: m[1]!,
	title: m[2] ?? '',
	code: m[3]!,
}));
const examples = blocks.flatMap((block, i) =>
	['sh', 'js'].includes(block.lang) && blocks[i + 1]?.title.startsWith('Output')
		? [{ ...block, output: blocks[i + 1]!.code }]
		: [],
);
const readJson = (file: string) =>
	JSON.parse(readFileSync(path.join(site.distDir, file), 'utf8')) as { terms: Record<string, unknown>[] };
// The shared build has no SITE_URL: its files hold site-relative addresses where the guide shows https://example.org.
const builtOrigin = () => {
	const url = String(readJson('glossary.json').terms[0]!.url);
	return url.startsWith('http') ? new URL(url).origin : '';
};
const served = site.url('/').replace(/\/$/, '');
const tidy = (text: string) =>
	text
		.split('\n')
		.map((line) => line.trimEnd())
		.join('\n')
		.trim();

function run(example: { lang: string; code: string }): string {
	const code = example.code.replaceAll('https://example.org', served);
	if (example.lang === 'sh')
		return execFileSync('bash', ['-c', code], { cwd: root, encoding: 'utf8', timeout: 60_000 });
	const file = path.join(mkdtempSync(path.join(tmpdir(), 'data-guide-')), 'example.mjs');
	writeFileSync(file, code);
	return execFileSync(process.execPath, [file], { encoding: 'utf8', timeout: 60_000 });
}

const typesOf = (value: Record<string, unknown>) =>
	Object.fromEntries(Object.entries(value).map(([key, v]) => [key, Array.isArray(v) ? 'array' : typeof v]));

describe('the Data page’s examples', () => {
	it('has a command or snippet with its output for curl + jq, JavaScript, the terminal, the feed and citations', () => {
		expect(examples.map((example) => example.code.match(/jq|fetch|npm run|feed\.xml|cite\//)?.[0])).toEqual([
			'jq',
			'fetch',
			'npm run',
			'feed.xml',
			'cite/',
		]);
	});

	it.each(examples.map((example) => [example.code.split('\n')[0]!, example] as const))(
		'`%s` prints what the page says',
		(_, example) => {
			expect(tidy(run(example))).toBe(tidy(example.output.replaceAll('https://example.org', builtOrigin())));
		},
	);

	it.each([
		['glossary.json', 'glossary.json (one of the terms)', 'slug'],
		['glossary-index.json', 'glossary-index.json (one of the terms)', 's'],
	])('shows the real shape of %s', (file, title, slugKey) => {
		const shown = JSON.parse(blocks.find((block) => block.title === title)!.code) as Record<string, unknown>;
		const real = readJson(file).terms.find((term) => term[slugKey] === shown[slugKey])!;
		expect(typesOf(shown)).toEqual(typesOf(real));
	});
});

describe('build-time highlighting', () => {
	it('highlights every code block of the Data page with shiki, for light and dark themes', () => {
		const html = readHtml(site.distDir, '/data/');
		const highlighted =
			html.match(/<figure class="code-block">(?:<figcaption>[^<]+<\/figcaption>)?<pre class="shiki /g) ?? [];
		expect(highlighted).toHaveLength(blocks.length);
		expect(html).toMatch(/<span style="--shiki-light:#[0-9a-fA-F]{6};--shiki-dark:#[0-9a-fA-F]{6}">/);
		for (const block of blocks) if (block.title) expect(html).toContain(`<figcaption>${block.title}</figcaption>`);
	});

	it('adds no code-block styles or scripts to pages without code blocks', () => {
		for (const page of builtPages(site.distDir).filter((p) => p.startsWith('/story/') || p === '/')) {
			const html = readHtml(site.distDir, page);
			expect(html, page).not.toMatch(/expressive-code|\/ec\.[\w-]+\.(css|js)|class="code-block"/);
		}
	});
});
