import { defineConfig } from 'vitest/config';

const jsonReport = process.env.VITEST_JSON_REPORT;
// One build of the site for every project that reads it (see tests/support/global-setup.ts).
const sharedBuild = ['tests/support/global-setup.ts'];

export default defineConfig({
	test: {
		// CI asks for a JSON report too, to print its closing "N passed, N failed" line.
		reporters: jsonReport ? ['default', 'json'] : ['default'],
		outputFile: jsonReport ? { json: jsonReport } : undefined,
		projects: [
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			{
				test: {
					name: 'build',
					include: ['tests/build/**/*.test.ts'],
					testTimeout: 300_000,
					hookTimeout: 300_000,
				},
			},
			{
				// Checks that read the built files only: no browser.
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
					maxWorkers: 2,
				},
			},
		],
	},
});
