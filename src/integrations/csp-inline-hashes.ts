import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { addInlineHashes } from '../lib/site/csp.ts';
import { rewriteHtmlFiles } from '../lib/site/files.ts';

/** After the build, lets each page's own inline scripts and styles through its CSP by hash. */
export function cspInlineHashes(): AstroIntegration {
	return {
		name: 'csp-inline-hashes',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const { pages, changed } = await rewriteHtmlFiles(fileURLToPath(dir), addInlineHashes);
				logger.info(`inline script and style hashes added to ${changed} of ${pages} pages`);
			},
		},
	};
}
