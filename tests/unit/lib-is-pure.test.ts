import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const lib = path.resolve(import.meta.dirname, '../../src/lib');

describe('src/lib', () => {
	// Pure logic the browser, the terminal lookup and the tests all call: what reads the collections
	// lives in src/data/, what wires Astro in src/integrations/ and src/plugin.ts.
	it('imports nothing from Astro at run time but zod (astro:content, astro:*, astro/…)', () => {
		const files = readdirSync(lib, { recursive: true })
			.map(String)
			.filter((file) => /\.(ts|mts)$/.test(file) && !file.endsWith('.d.ts'));
		expect(files.length).toBeGreaterThan(40);
		const offending = files.flatMap((file) =>
			[...readFileSync(path.join(lib, file), 'utf8').matchAll(/^import (?!type )[^;]*from '(astro[:/][^']*)'/gm)]
				.map((match) => match[1]!)
				.filter((module) => module !== 'astro/zod')
				.map((module) => `${file}: ${module}`),
		);
		expect(offending).toEqual([]);
	});
});
