import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { addInlineHashes } from '../lib/csp.ts';

/** After the build, lets each page's own inline scripts and styles through its CSP by hash. */
export function cspInlineHashes(): AstroIntegration {
	return {
		name: 'csp-inline-hashes',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const files = (await readdir(root, { recursive: true })).map(String).filter((name) => name.endsWith('.html'));
				let changed = 0;
				for (const name of files.sort()) {
					const file = path.join(root, name);
					const html = await readFile(file, 'utf8');
					const updated = addInlineHashes(html);
					if (updated !== html) {
						await writeFile(file, updated);
						changed++;
					}
				}
				logger.info(`inline script and style hashes added to ${changed} of ${files.length} pages`);
			},
		},
	};
}
