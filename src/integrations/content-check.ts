import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { checkContent, formatProblems } from '../lib/content/check.ts';
import { contentDir } from '../lib/content/dir.ts';
import { readContentDir } from '../lib/content/files.ts';

/**
 * Checks all content before Astro builds anything, so bad content stops the build with one
 * message listing every problem, and no page of a half-built site is written.
 */
export function contentCheck(): AstroIntegration {
	return {
		name: 'content-check',
		hooks: {
			'astro:config:setup': async ({ config, logger }) => {
				const root = fileURLToPath(config.root);
				const { entries, problems: readProblems } = await readContentDir(root, path.resolve(root, contentDir()));
				const problems = checkContent(entries, readProblems);
				if (problems.length > 0) {
					throw new AstroError(formatProblems(problems), 'Fix the fields named above, then build again.');
				}
				logger.info(`${entries.length} content entries checked`);
			},
		},
	};
}
