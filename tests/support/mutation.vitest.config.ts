import path from 'node:path';
import { defineConfig } from 'vitest/config';

/** The unit tests of the modules `npm run mutation` mutates (see stryker.config.mjs), and no others. */
export default defineConfig({
	root: path.resolve(import.meta.dirname, '../..'),
	test: {
		include: [
			'tests/unit/glossary-search.test.ts',
			'tests/unit/glossary-search-ranking.test.ts',
			'tests/unit/glossary-linker.test.ts',
			'tests/unit/glossary-linker-edges.test.ts',
			'tests/unit/content-check.test.ts',
			'tests/unit/content-errors.test.ts',
			'tests/unit/content-check-messages.test.ts',
			'tests/unit/later.test.ts',
			'tests/unit/story-window.test.ts',
		],
		testTimeout: 20_000,
	},
});
