import { addInlineHashes } from '../lib/html/csp.ts';
import { rewriteHtmlFiles } from '../lib/site/built-files.ts';
import type { BuildStep } from './post-build.ts';

/** Lets each page's own inline scripts and styles through its CSP by hash: after every step that changes them. */
export const cspInlineHashes: BuildStep = {
	name: 'csp-inline-hashes',
	// The steps that add or rewrite inline scripts and styles.
	after: ['critical-css', 'offline-copy'],
	async run({ dir, logger }) {
		const { pages, changed } = await rewriteHtmlFiles(dir, addInlineHashes);
		logger.info(`inline script and style hashes added to ${changed} of ${pages} pages`);
	},
};
