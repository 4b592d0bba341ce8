import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { fieldDocs } from '../../scripts/new-entry/template.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import { readContentDir, splitFrontmatter } from '../../src/lib/content/files.ts';
import { projectRoot } from '../support/build.ts';

const work = mkdtempSync(path.join(tmpdir(), 'new-entry-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A fresh copy of the small valid content set. */
function contentCopy(name: string): string {
	const dir = path.join(work, name);
	cpSync(path.join(projectRoot, 'tests/fixtures/_base'), dir, { recursive: true });
	return dir;
}

function runNew(content: string, ...args: string[]) {
	const result = spawnSync(process.execPath, [path.join(projectRoot, 'scripts/new-entry.ts'), ...args], {
		cwd: projectRoot,
		env: { ...process.env, CONTENT_DIR: content },
		encoding: 'utf8',
	});
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function problemsIn(content: string, file: string) {
	const { entries, problems } = await readContentDir(projectRoot, content);
	return checkContent(entries, problems)
		.filter((problem) => problem.file.endsWith(file))
		.map((problem) => problem.message);
}

/** What an editor would write in the blanks, per kind, over the ids the base fixture has. */
const fillIns: Record<string, { file: string; data: Record<string, unknown> }> = {
	term: {
		file: 'glossary/storm-shadow.md',
		data: {
			definition: 'A long-range cruise missile made in Britain and France.',
			category: 'weapons',
			sources: ['report'],
		},
	},
	person: {
		file: 'people/jane-doe.yaml',
		data: { role: 'Spokesperson', country: 'Nowhere', summary: 'Spoke for the office.', sources: ['report'] },
	},
	place: {
		file: 'places/jane-doe.yaml',
		data: { kind: 'city', country: 'Nowhere', lat: 10, lon: 20, summary: 'A town.', sources: ['report'] },
	},
	event: {
		file: 'events/jane-doe.yaml',
		data: { date: '2024-11-16', summary: 'Something happened.', phase: 'before', sources: ['report'] },
	},
	source: {
		file: 'sources/jane-doe.yaml',
		data: { short: 'Doe', publisher: 'Wire', kind: 'statement', note: 'A statement.', noUrl: 'A made-up statement.' },
	},
	correction: {
		file: 'corrections/jane-doe.yaml',
		data: {
			date: '2024-11-18',
			severity: 'low',
			touches: { glossary: ['atacms'] },
			said: 'It said one thing.',
			saysNow: 'It says another.',
			why: 'The source says so.',
		},
	},
};

// Each run starts Node on the TypeScript sources: a few seconds on a busy machine.
describe('npm run new', { timeout: 60_000 }, () => {
	it('reads each field’s comment from the schema source', () => {
		const docs = fieldDocs(`
			const helper = z.object({ /** not this one */ label: z.string() });
			export const thingSchema = () => z.object({
				/** The name, e.g. "Storm Shadow". */
				name: z.string(),
				/**
				 * Where it comes from,
				 * by id.
				 */
				sources: z.array(z.string()),
				plain: z.string(),
				/** Enough fields to be the entry. */
				more: z.string(),
			});
		`);
		expect([...docs]).toEqual([
			['name', 'The name, e.g. "Storm Shadow".'],
			['sources', 'Where it comes from, by id.'],
			['more', 'Enough fields to be the entry.'],
		]);
	});

	it('writes a glossary term with every field, each under its schema comment', () => {
		const content = contentCopy('term');
		const result = runNew(content, 'term', 'Storm Shadow');
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		const text = readFileSync(path.join(content, 'glossary/storm-shadow.md'), 'utf8');
		expect(text).toContain('# The term as a reader sees it in the heading, e.g. "ATACMS".\nterm: "Storm Shadow"\n');
		// The choices come from the content's story settings (the fixture's two categories).
		expect(text).toContain("# One of: weapons, policy.\ncategory: ''\n");
		expect(text).toContain('sources: []');
		expect(text).toContain('# aliases: []');
		expect(splitFrontmatter(text)).toBeDefined();
	});

	it('refuses an id that exists with one line and exit code 1', () => {
		const content = contentCopy('existing');
		const result = runNew(content, 'term', 'ATACMS');
		expect(result.code).toBe(1);
		expect(result.stderr.trim().split('\n')).toHaveLength(1);
		expect(result.stderr).toContain('glossary already has `atacms`');
		expect(readFileSync(path.join(content, 'glossary/atacms.md'), 'utf8')).toContain('term: ATACMS');
	});

	it('refuses an empty name and an unknown kind with one line and exit code 1', () => {
		const content = contentCopy('empty');
		for (const args of [['term', '  '], ['term'], ['gadget', 'X'], []]) {
			const result = runNew(content, ...args);
			expect(result.code, args.join(' ')).toBe(1);
			expect(result.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
			expect(result.stdout).toBe('');
		}
	});

	it.each(Object.entries(fillIns))('starts a %s that passes the content check once filled in', async (kind, fill) => {
		const content = contentCopy(`fill-${kind}`);
		const result = runNew(content, kind, kind === 'term' ? 'Storm Shadow' : 'Jane Doe');
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		const file = path.join(content, fill.file);
		// Left blank, the content check names what to fill in.
		expect((await problemsIn(content, fill.file)).length).toBeGreaterThan(0);

		const text = readFileSync(file, 'utf8');
		const split = splitFrontmatter(text);
		const blanks = yaml.load(split ? split.yaml : text) as Record<string, unknown>;
		// Text fields the schema has gained since this test was written get a sentence too.
		for (const [key, value] of Object.entries(blanks)) if (value === '') blanks[key] = 'Filled in by the test.';
		const data = { ...blanks, ...fill.data };
		const filled = yaml.dump(data);
		writeFileSync(file, split ? `---\n${filled}---\n${split.body}` : filled);
		expect(await problemsIn(content, fill.file)).toEqual([]);
	});
});
