import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runGlossaryCli } from '../../src/lib/glossary/cli.ts';
import { loadGlossaryIndex } from '../../src/lib/glossary/source.ts';
import { projectRoot } from '../support/build.ts';

const index = await loadGlossaryIndex(projectRoot);

describe('terminal glossary lookup', () => {
	it("defines ATACMS when asked with the report's spelling", () => {
		const result = runGlossaryCli(['ATACMs'], index);
		expect(result.code).toBe(0);
		expect(result.stdout.split('\n')[0]).toBe('ATACMS');
		expect(result.stdout).toContain('Also written: ATACMs');
		expect(result.stdout).toContain(index.terms.find((term) => term.s === 'atacms')!.d);
	});

	it('says when it shows the closest match for a typo', () => {
		const result = runGlossaryCli(['apek'], index);
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/^Closest match for "apek":\n\nAPEC\n/);
	});

	it('exits non-zero with one short line when nothing matches', () => {
		const result = runGlossaryCli(['qqqqzzzz'], index);
		expect(result.code).toBe(1);
		expect(result.stdout).toBe('');
		expect(result.stderr.trim().split('\n')).toHaveLength(1);
		expect(result.stderr).toContain('No glossary term matches "qqqqzzzz"');
	});

	it('shows usage with no term', () => {
		expect(runGlossaryCli([], index).code).toBe(2);
		expect(runGlossaryCli([], index).stderr).toMatch(/^Usage: npm run glossary -- <term>/);
	});

	it('shortens a very long query in its message', () => {
		const result = runGlossaryCli(['x'.repeat(10_000)], index);
		expect(result.code).toBe(1);
		expect(result.stderr.length).toBeLessThan(200);
	});

	it('runs as `npm run glossary` without a stack trace', () => {
		const run = spawnSync('npm', ['run', '--silent', 'glossary', '--', '<script>alert(1)</script>'], {
			cwd: projectRoot,
			encoding: 'utf8',
		});
		expect(run.status).not.toBe(0);
		expect(run.stderr).toContain('No glossary term matches');
		expect(run.stderr).not.toMatch(/\n\s+at /);
	});
});
