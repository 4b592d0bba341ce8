import { defineConfig } from 'vitest/config';
import SlowFirst from './tests/support/sequencer.ts';

const jsonReport = process.env.VITEST_JSON_REPORT;
// One build of the site for every project that reads it (see tests/support/global-setup.ts).
const sharedBuild = ['tests/support/global-setup.ts'];

export default defineConfig({
	test: {
		// CI asks for a JSON report too, to print its closing "N passed, N failed" line.
		// Each project's wall time is printed at the end of the run.
		reporters: ['default', './tests/support/project-times.ts', ...(jsonReport ? ['json'] : [])],
		outputFile: jsonReport ? { json: jsonReport } : undefined,
		// Two workers shared by every project, so short files run beside the long ones (with the
		// default, on two cores, all but the browser project would wait and then run one by one).
		maxWorkers: 2,
		sequence: { sequencer: SlowFirst },
		// Once per run, whichever projects run: fails the run if a test wrote into the working tree.
		globalSetup: ['tests/support/working-tree.ts'],
		projects: [
			// A test that reads every source file takes seconds on a busy 2-core machine: the limit is
			// there to stop a hung test, not to time a slow one.
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 60_000 } },
			// src/data/ under Astro's Vite config, with `astro:content` mocked per file: no build.
			'tests/data/vitest.config.ts',
			// `npm run lint` (Prettier, ESLint, astro check) as tests, run beside the others.
			{ test: { name: 'lint', include: ['tests/lint/**/*.test.ts'], testTimeout: 180_000 } },
			{
				test: {
					name: 'build',
					// Builds of small fixture sites, of their own: no shared build.
					include: ['tests/build/**/*.test.ts'],
					testTimeout: 300_000,
					hookTimeout: 300_000,
				},
			},
			{
				// Checks that read the built files: no browser. (The reproducibility test builds again and compares.)
				test: {
					name: 'site',
					include: ['tests/site/**/*.test.ts'],
					globalSetup: sharedBuild,
					testTimeout: 30_000,
				},
			},
			{
				// Only what needs Chromium.
				test: {
					name: 'browser',
					include: ['tests/browser/**/*.test.ts'],
					globalSetup: sharedBuild,
					testTimeout: 60_000,
					hookTimeout: 120_000,
					// The tests of a file run side by side, this many at a time: each opens pages of its
					// own, and their waits overlap. A test that polls (`expect.poll`) takes `expect` from
					// its context, `async ({ expect }) => …`: the global one cannot tell which test runs.
					sequence: { concurrent: true },
					maxConcurrency: 3,
					// What a page does in reply (a search UI built, focus moved) can take seconds on a
					// busy 2-core machine: polls wait up to 10 s, not Vitest's 1 s.
					expect: { poll: { timeout: 10_000 } },
				},
			},
		],
	},
});
