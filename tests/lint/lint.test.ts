import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { runNode } from '../../scripts/run-node.ts';
import { projectRoot } from '../../scripts/site-build.ts';

const require = createRequire(import.meta.url);
/** A package's command-line entry, run with this Node (Node 24 under `npm test`). */
const bin = (pkg: string, file: string) => path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);

/** Runs a tool in the project and returns its exit code with everything it printed. */
const run = (args: string[]) =>
	runNode(args, { cwd: projectRoot, env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } });

// `npm run lint`, as three tests: they run beside the browser tests, which mostly wait.
describe('lint', () => {
	it('is formatted as Prettier formats it', async () => {
		const { status, output } = await run([bin('prettier', 'bin/prettier.cjs'), '--check', '.']);
		expect(status, output).toBe(0);
	});

	it('passes ESLint', async () => {
		const { status, output } = await run([bin('eslint', 'bin/eslint.js'), '.']);
		expect(status, output).toBe(0);
	});

	it('has no unused file, dependency or export, and no undeclared dependency (knip)', async () => {
		// knip's package.json is not among its exports: its entry is found from its main module.
		const { status, output } = await run([path.join(path.dirname(require.resolve('knip')), '../bin/knip.js')]);
		expect(status, output).toBe(0);
	});

	it('passes astro check (TypeScript in .astro and .ts files)', async () => {
		const { status, output } = await run([bin('astro', 'bin/astro.mjs'), 'check']);
		expect(status, output).toBe(0);
		expect(output).toMatch(/0 errors/);
	}, 180_000);
});

describe('build output is never linted', () => {
	// `npm start` writes build/ and `npm run bench` writes bench/out/: `npm test` must pass after both.
	const outputs = readFileSync(path.join(projectRoot, '.gitignore'), 'utf8')
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line && !line.startsWith('#'));

	it('ESLint ignores everything git ignores', async () => {
		const eslint = new ESLint({ cwd: projectRoot });
		for (const pattern of outputs) {
			const sample = path.join(pattern.replace(/^\//, '').replace(/\*/g, 'x').replace(/\/$/, ''), 'bundle.js');
			expect(await eslint.isPathIgnored(path.join(projectRoot, sample)), sample).toBe(true);
		}
	});

	it('the type check leaves out every ignored folder', () => {
		const { exclude } = JSON.parse(
			readFileSync(path.join(projectRoot, 'tsconfig.json'), 'utf8').replace(/^\s*\/\/.*$/gm, ''),
		) as { exclude: string[] };
		// Astro's generated types in .astro/ are read on purpose (tsconfig's include names them).
		const folders = outputs.filter((pattern) => pattern.endsWith('/') && pattern !== '.astro/');
		for (const folder of folders) expect(exclude, folder).toContain(folder.replace(/^\//, '').replace(/\/$/, ''));
	});
});
