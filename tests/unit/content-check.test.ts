import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { parseEntry, type RawEntry } from '../../src/lib/content/files.ts';
import { readContentDir } from '../../src/lib/content/files.ts';
import path from 'node:path';
import { projectRoot } from '../support/build.ts';

const glossary = (id: string, data: Record<string, unknown>): RawEntry => ({
	collection: 'glossary',
	id,
	file: `src/content/glossary/${id}.md`,
	body: '',
	data: { definition: 'A definition long enough to pass.', category: 'weapons', sources: ['report'], ...data },
});
const source: RawEntry = {
	collection: 'sources',
	id: 'report',
	file: 'src/content/sources/report.yaml',
	body: '',
	data: { title: 'Report', short: 'Report', publisher: 'Wire', kind: 'report', note: 'The report.', noUrl: 'None.' },
};

describe('content check', () => {
	it('passes the real content', async () => {
		const { entries, problems } = await readContentDir(projectRoot, path.join(projectRoot, 'src/content'));
		expect(checkContent(entries, problems)).toEqual([]);
	});

	it('passes the small valid fixture the build tests start from', async () => {
		const { entries, problems } = await readContentDir(projectRoot, path.join(projectRoot, 'tests/fixtures/_base'));
		expect(entries.length).toBeGreaterThan(5);
		expect(checkContent(entries, problems)).toEqual([]);
	});

	it('lets one entry repeat its own name in another case', () => {
		expect(checkContent([source, glossary('atacms', { term: 'ATACMS', aliases: ['ATACMs'] })])).toEqual([]);
	});

	it('treats names that differ only in accents or case as the same name', () => {
		const problems = checkContent([
			source,
			glossary('a', { term: 'Zelenskyy doctrine' }),
			glossary('b', { term: 'Other', aliases: ['ZELÉNSKYY DOCTRINE'] }),
		]);
		expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual(['src/content/glossary/b.md aliases[0]']);
	});

	it('reports a problem in every file at once, sorted by file', () => {
		const problems = checkContent([source, glossary('b', { term: '' }), glossary('a', { related: ['nope'] })]);
		expect(problems.map((p) => `${p.file}: ${p.message}`)).toEqual([
			'src/content/glossary/a.md: `term` is missing; add a `term:` line (src/schemas/ says what it holds)',
			'src/content/glossary/b.md: `term` is empty; fill it in',
		]);
	});

	it('reads a YAML date as written, so an impossible day is not rolled over', () => {
		const entry = parseEntry('events', 'x.yaml', 'events/x.yaml', 'date: 2024-02-30\n');
		expect('data' in entry && entry.data.date).toBe('2024-02-30');
	});
});
