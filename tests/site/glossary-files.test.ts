import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGlossaryIndex } from '../../src/lib/glossary/source.ts';
import { projectRoot } from '../support/build.ts';
import { useDist } from '../support/site.ts';

const { distDir } = useDist();

describe('glossary files of the built site', () => {
	it('exports glossary.json with every term', async () => {
		const index = await loadGlossaryIndex(projectRoot);
		const exported = JSON.parse(readFileSync(path.join(distDir, 'glossary.json'), 'utf8'));
		expect(exported.terms.map((term: { slug: string }) => term.slug).sort()).toEqual(
			index.terms.map((t) => t.s).sort(),
		);
		for (const term of exported.terms)
			expect(Object.keys(term)).toEqual(expect.arrayContaining(['slug', 'term', 'aliases', 'definition', 'url']));
	});

	it('serves the same search index the terminal lookup reads', async () => {
		const built = readFileSync(path.join(distDir, 'glossary-index.json'), 'utf8');
		expect(JSON.parse(built)).toEqual(await loadGlossaryIndex(projectRoot));
	});
});
