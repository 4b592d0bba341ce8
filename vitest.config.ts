import { defineConfig } from 'vitest/config';

const jsonReport = process.env.VITEST_JSON_REPORT;

export default defineConfig({
	test: {
		// CI asks for a JSON report too, to print its closing "N passed, N failed" line.
		reporters: jsonReport ? ['default', 'json'] : ['default'],
		outputFile: jsonReport ? { json: jsonReport } : undefined,
		projects: [
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			{ test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 300_000, hookTimeout: 300_000 } },
			{
				test: {
					name: 'browser',
					include: ['tests/browser/**/*.test.ts'],
					globalSetup: ['tests/browser/global-setup.ts'],
					testTimeout: 60_000,
					hookTimeout: 120_000,
					maxWorkers: 2,
				},
			},
		],
	},
});
