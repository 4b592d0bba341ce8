// @ts-check
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Mutation testing of the pure modules the tests lean on most: `npm run mutation`.
 * One test process at a time (the machine is shared), in a sandbox outside the working tree.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
	testRunner: 'vitest',
	plugins: ['@stryker-mutator/vitest-runner'],
	// Only the unit tests of these modules, and for each mutant only those that reach it.
	vitest: { configFile: 'tests/support/mutation.vitest.config.ts', related: true },
	mutate: ['src/lib/glossary/search.ts', 'src/lib/markdown/glossary-links.ts', 'src/lib/content/check.ts'],
	coverageAnalysis: 'perTest',
	// Module-level values (score tables, patterns) would rerun every test per mutant; skipped.
	ignoreStatic: true,
	concurrency: 1,
	timeoutMS: 20_000,
	// The sandbox holds only what the unit tests read.
	ignorePatterns: ['/*', '!/src', '!/tests', '!/scripts', '!/package.json', '!/tsconfig.json'],
	tempDirName: path.join(tmpdir(), 'atacms-stryker'),
	cleanTempDir: 'always',
	incremental: false,
	reporters: ['clear-text', 'progress', 'json'],
	jsonReporter: { fileName: path.join(tmpdir(), 'atacms-stryker-report.json') },
	thresholds: { high: 90, low: 80, break: 80 },
};
