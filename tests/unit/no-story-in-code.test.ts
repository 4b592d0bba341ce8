import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { readContentDir } from '../../src/lib/content/files.ts';
import { storyWords, wordPattern } from '../support/story-words.ts';

/**
 * Code is the engine, content is the story: outside src/content/, no line of code may name the
 * story it happens to render. The words to look for come from the content itself (glossary
 * names, people, places, dates, source ids), so the test keeps working for the next story.
 * Comments may use story examples; only code is scanned.
 */
const projectRoot = path.resolve(import.meta.dirname, '../..');
const codeRoots = ['src', 'scripts', 'bench', 'astro.config.mjs'];
const contentRoot = 'src/content';
const codeExtensions = /\.(ts|mts|mjs|js|astro|css)$/;

/** TypeScript or JavaScript source with its comments removed (the compiler's printer drops them). */
function scriptCode(source: string, fileName: string): string {
	const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
	return ts.createPrinter({ removeComments: true }).printFile(file);
}

const withoutBlockComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, ' ');

/** An .astro file's code: frontmatter and scripts without comments, template without HTML or {/* *\/} comments. */
function astroCode(source: string, fileName: string): string {
	const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
	let template = frontmatter ? source.slice(frontmatter[0].length) : source;
	const parts = frontmatter ? [scriptCode(frontmatter[1] ?? '', fileName)] : [];
	template = template.replace(/<script\b[^>]*>([\s\S]*?)<\/script>/g, (_all, body: string) => {
		parts.push(scriptCode(body, fileName));
		return ' ';
	});
	template = template.replace(/<style\b[^>]*>([\s\S]*?)<\/style>/g, (_all, body: string) => {
		parts.push(withoutBlockComments(body));
		return ' ';
	});
	parts.push(withoutBlockComments(template.replace(/<!--[\s\S]*?-->|\{\s*\/\*[\s\S]*?\*\/\s*\}/g, '')));
	return parts.join('\n');
}

export function codeOf(file: string, source: string): string {
	if (file.endsWith('.astro')) return astroCode(source, file);
	if (file.endsWith('.css')) return withoutBlockComments(source);
	return scriptCode(source, file);
}

/**
 * The project's code files under codeRoots, as git sees the working tree: tracked files and new
 * ones it does not ignore. What the builds and the benchmark write (bench/out/ holds whole Astro
 * projects with their node_modules) is ignored, as it is by ESLint.
 */
function codeFiles(): string[] {
	const listed = spawnSync(
		'git',
		['ls-files', '--cached', '--others', '--exclude-standard', '-z', '--', ...codeRoots],
		{
			cwd: projectRoot,
			encoding: 'utf8',
		},
	);
	if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr || listed.error?.message}`);
	return listed.stdout
		.split('\0')
		.filter((file) => file !== '' && !file.startsWith(`${contentRoot}/`) && codeExtensions.test(file))
		.filter((file) => existsSync(path.join(projectRoot, file)))
		.sort();
}

/** Every code line naming story words, as 'file: `line` names "word" (where the content has it)'. */
export function findStoryWords(files: { file: string; code: string }[], words: Map<string, string>): string[] {
	const patterns = [...words].map(([word, origin]) => ({
		word,
		origin,
		pattern: wordPattern(word),
	}));
	const found: string[] = [];
	for (const { file, code } of files) {
		for (const line of code.split('\n')) {
			const named = patterns.filter(({ pattern }) => pattern.test(line));
			if (named.length === 0) continue;
			const words = named.map(({ word, origin }) => `"${word}" (${origin})`).join(', ');
			found.push(`${file}: \`${line.trim().slice(0, 120)}\` names ${words}`);
		}
	}
	return found;
}

describe('no story in code', () => {
	it('derives the story words from the content', async () => {
		const { entries } = await readContentDir(projectRoot, path.join(projectRoot, 'tests/fixtures/_base'));
		const words = storyWords(entries);
		expect(words.has('ATACMS')).toBe(true);
		expect(words.has('Biden')).toBe(true);
		expect(words.has('17 November 2024')).toBe(true);
		expect(words.has('2024-11-17')).toBe(true);
		expect(words.has('report-2024-11-17')).toBe(true);
		// The kinds the last review found in code: a month and year, an acronym in lower case (a
		// project's name as a key), a glossary group's heading, a timeline phase's heading.
		expect(words.has('November 2024')).toBe(true);
		expect(words.has('atacms')).toBe(true);
		expect(words.has('Weapons and systems')).toBe(true);
		expect(words.has('Before the decision')).toBe(true);
	});

	it('finds a story word in code but not in a comment', () => {
		const words = new Map([['Sumy', 'places test']]);
		const files = [
			{ file: 'a.ts', code: codeOf('a.ts', '// near Sumy\nconst a = 1; /* Sumy */\n') },
			{
				file: 'b.astro',
				code: codeOf('b.astro', '---\n// Sumy\nconst x = 1;\n---\n<!-- Sumy --><p>{/* Sumy */}near Sumy</p>\n'),
			},
			{ file: 'c.ts', code: codeOf('c.ts', "const label = 'Sumy border';\n") },
		];
		expect(findStoryWords(files, words)).toEqual([
			'b.astro: `<p>near Sumy</p>` names "Sumy" (places test)',
			'c.ts: `const label = "Sumy border";` names "Sumy" (places test)',
		]);
	});

	it('finds no word of this story in src/, scripts/, bench/ or astro.config.mjs outside src/content/', async () => {
		const { entries } = await readContentDir(projectRoot, path.join(projectRoot, contentRoot));
		const words = storyWords(entries);
		expect(words.size).toBeGreaterThan(20);
		const files = codeFiles().map((file) => ({
			file,
			code: codeOf(file, readFileSync(path.join(projectRoot, file), 'utf8')),
		}));
		expect(files.length).toBeGreaterThan(20);
		const offenders = findStoryWords(files, words);
		expect(
			offenders,
			`Code names the story; move these into content or the story settings (src/content/story/story.yaml):\n${offenders.join('\n')}`,
		).toEqual([]);
	});
});
