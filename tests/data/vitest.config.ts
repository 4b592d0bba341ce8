import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';

// src/data/ reads content through `astro:content`: these tests import it with that module mocked
// per test file, as Starlight tests its route data. Astro's own Vite config (getViteConfig) is not
// loaded: it would run the site's config inside the test runner, which also starts the site builds.
export default defineProject({
	root: fileURLToPath(new URL('../..', import.meta.url)),
	resolve: { alias: { 'astro:content': fileURLToPath(new URL('astro-content.ts', import.meta.url)) } },
	test: { name: 'data', include: ['tests/data/**/*.test.ts'] },
});
