import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/site-build.ts';

const require = createRequire(import.meta.url);
/** A package's command-line entry, run with this Node (Node 24 under `npm test`). */
const bin = (pkg: string, file: string) => path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);

/** Runs a tool in the project and returns its exit code with everything it printed. */
function run(args: string[]): Promise<{ code: number | null; output: string }> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, args, {
			cwd: projectRoot,
			env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
		});
		let output = '';
		child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
		child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
		child.once('error', reject);
		child.once('close', (code) => resolve({ code, output }));
	});
}

// `npm run lint`, as three tests: they run beside the browser tests, which mostly wait.
describe('lint', () => {
	it('is formatted as Prettier formats it', async () => {
		const { code, output } = await run([bin('prettier', 'bin/prettier.cjs'), '--check', '.']);
		expect(code, output).toBe(0);
	});

	it('passes ESLint', async () => {
		const { code, output } = await run([bin('eslint', 'bin/eslint.js'), '.']);
		expect(code, output).toBe(0);
	});

	it('passes astro check (TypeScript in .astro and .ts files)', async () => {
		const { code, output } = await run([bin('astro', 'bin/astro.mjs'), 'check']);
		expect(code, output).toBe(0);
		expect(output).toMatch(/0 errors/);
	}, 180_000);
});
