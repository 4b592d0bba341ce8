import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pageText } from '../support/page-text.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContentDir } from '../../src/lib/content/files.ts';
import { astroBuild, projectRoot } from '../support/build.ts';
import { storyWords, wordPattern } from '../support/story-words.ts';

/**
 * One engine, any story: a small, plainly fictional story (tests/fixtures/second-story) builds
 * with no code change and shows only itself.
 */
const content = path.join(projectRoot, 'tests/fixtures/second-story');
const work = mkdtempSync(path.join(tmpdir(), 'second-story-'));
const distDir = path.join(work, 'dist');
let build: { status: number | null; output: string };

beforeAll(async () => {
	build = await astroBuild({ CONTENT_DIR: content, OUT_DIR: distDir, ASTRO_CACHE_DIR: path.join(work, 'cache') });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const read = (file: string) => readFileSync(path.join(distDir, file), 'utf8');
/** A page's text as a reader gets it (title, description and body; no scripts or styles), parsed with parse5. */
const text = (file: string) => {
	const { title, description, body } = pageText(read(file));
	return `${title} ${description} ${body}`;
};
const builtFiles = () =>
	readdirSync(distDir, { recursive: true })
		.map(String)
		.filter((file) => /\.(html|json|xml|txt|svg)$/.test(file));

describe('a second, fictional story', () => {
	it('builds with no code change', () => {
		expect(build.status, `build output:\n${build.output.slice(-3000)}`).toBe(0);
		expect(existsSync(path.join(distDir, 'index.html'))).toBe(true);
	});

	it('shows its own title and says it is fictional', () => {
		expect(read('index.html')).toMatch(/<title>[^<]*The Valdoria tunnel vote[^<]*<\/title>/);
		expect(text('index.html')).toContain('This story is fictional.');
		for (const page of ['story/background/index.html', 'story/the-vote/index.html']) {
			expect(text(page)).toContain('Fictional.');
		}
	});

	it('lists its own story pages in the sidebar, in reading order', () => {
		const sidebar = text('index.html');
		const order = ['Background', 'The vote', 'Open questions'].map((label) => sidebar.indexOf(label));
		expect(order.every((at) => at >= 0)).toBe(true);
		expect([...order].sort((a, b) => a - b)).toEqual(order);
	});

	it('draws its own map with its ring', () => {
		expect(text('places/valdoria/index.html')).toContain('Where the fictional tunnel would run');
		const svgs = builtFiles().filter((file) => file.endsWith('.svg') && read(file).includes('60 km (illustrative)'));
		expect(svgs.length).toBeGreaterThan(0);
		expect(read(svgs[0]!)).toContain('Valdoria');
	});

	it('shows its own timeline, with its phases in order', () => {
		const timeline = text('timeline/index.html');
		const titles = [
			'The council calls a referendum on the tunnel',
			'Valdoria votes yes to the tunnel',
			'The boring machine starts (later)',
		].map((title) => timeline.indexOf(title));
		expect(titles.every((at) => at >= 0)).toBe(true);
		expect([...titles].sort((a, b) => a - b)).toEqual(titles);
		expect(timeline).toContain('Before the vote');
		expect(timeline).toContain('After the vote');
	});

	it('searches its own glossary', () => {
		const index = JSON.parse(read('glossary-index.json')) as unknown;
		const serialised = JSON.stringify(index);
		for (const term of ['Base tunnel', 'TBM', 'Referendum', 'Regional council', 'Gradient']) {
			expect(serialised).toContain(term);
		}
		expect(read('glossary/index.html')).toContain('placeholder="e.g. TBM, referendum, tunnel"');
		const glossary = JSON.parse(read('glossary.json')) as { title: string; count: number };
		expect(glossary).toMatchObject({ title: 'Glossary: The Valdoria tunnel vote', count: 5 });
	});

	it('cites its own sources and quotes its report without reprinting it', () => {
		expect(text('story/background/index.html')).toContain('Valdoria votes yes to the tunnel (fictional report)');
		const sources = text('sources/index.html');
		expect(sources).toContain('Minutes of the Valdoria regional council (fictional)');
		expect(sources).not.toContain('The chief engineer, Tomás Ferrer, said');
		expect(sources).not.toContain('The mountain will not wait for us, but it will let us through.');
		expect(text('people/ana-quispe/index.html')).toContain('The mountain will not wait for us');
	});

	it('names nothing of the real story', async () => {
		const { entries } = await readContentDir(projectRoot, path.join(projectRoot, 'src/content'));
		const words = [...storyWords(entries).keys()].map((word) => ({ word, pattern: wordPattern(word) }));
		expect(words.length).toBeGreaterThan(20);
		const files = builtFiles();
		expect(files.length).toBeGreaterThan(20);
		const found: string[] = [];
		for (const file of files) {
			const source = read(file);
			for (const { word, pattern } of words) if (pattern.test(source)) found.push(`${file}: "${word}"`);
		}
		expect(found).toEqual([]);
	});
});
