import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblems } from '../../src/lib/content/check.ts';
import { checkContentDir } from '../../src/lib/content/check-dir.ts';
import { astroBuild, projectRoot } from '../support/build.ts';

const fixtures = path.join(projectRoot, 'tests/fixtures');
const work = mkdtempSync(path.join(tmpdir(), 'atacms-fixtures-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Lays one case's files over the small valid content set, in a folder of its own. */
function contentFor(name: string): string {
	const content = path.join(work, name, 'content');
	cpSync(path.join(fixtures, '_base'), content, { recursive: true });
	cpSync(path.join(fixtures, name), content, { recursive: true });
	return content;
}

// Each kind of bad content and its message: tests/unit/content-errors.test.ts, through the same
// content check, in-process.
describe('a build of bad content', () => {
	it('stops before writing anything, with the content check’s message and a hint', async () => {
		const content = contentFor('unknown-speaker');
		const outDir = path.join(work, 'built');
		const { status, output } = await astroBuild({ CONTENT_DIR: content, OUT_DIR: outDir });
		expect(status, output).not.toBe(0);
		expect(existsSync(outDir), 'no output folder is written').toBe(false);
		const { problems } = await checkContentDir(projectRoot, content);
		// Astro's own error report: the message, then the hint.
		expect(output).toContain(formatProblems(problems));
		expect(output).toMatch(/Hint:\s+Fix the fields named above, then build again\./);
	});
});
