import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import type { ViteDevServer } from 'vite';
import { formatProblems, type ContentProblem } from '../lib/content/check.ts';
import { checkContentDir } from '../lib/content/check-dir.ts';
import { contentDir } from '../lib/content/dir.ts';
import { linkableTerms, setLiveTerms } from '../lib/glossary/live-terms.ts';
import { RELINK_LOADER } from '../data/relink-loader.ts';

const HINT = 'Fix the fields named above, then build again.';

const runCheck = (root: string) => checkContentDir(root, path.resolve(root, contentDir()));

/** Shows the problems in the browser, in Astro's error overlay (Vite's error message over the socket). */
function showInOverlay(server: ViteDevServer, problems: readonly ContentProblem[]) {
	server.ws.send({
		type: 'error',
		err: {
			message: formatProblems(problems).replace('nothing was built', 'the site may show old content'),
			stack: '',
			plugin: 'content-check',
			hint: 'Fix the fields named above and save: this message goes away by itself.',
		} as never,
	});
}

/**
 * Checks all content before Astro builds anything, so bad content stops the build with one
 * message listing every problem, and no page of a half-built site is written. Under
 * `astro dev` it checks again whenever a content file changes and shows the problems in the
 * browser's error overlay; a changed glossary re-renders pages with the new terms linked.
 */
export function contentCheck(): AstroIntegration {
	let root = '';
	return {
		name: 'content-check',
		hooks: {
			'astro:config:setup': async ({ config, command, logger }) => {
				root = fileURLToPath(config.root);
				const { entries, problems } = await runCheck(root);
				if (problems.length === 0) {
					logger.info(`${entries.length} content entries checked`);
				} else if (command === 'dev') {
					// The server starts anyway and shows the problems in the browser until they are fixed.
					logger.error(formatProblems(problems));
				} else {
					// Nothing has been written yet: the build stops with Astro's own error report.
					throw new AstroError(formatProblems(problems), HINT);
				}
			},
			'astro:server:setup': ({ server, logger, refreshContent }) => {
				const contentRoot = path.resolve(root, contentDir());
				let problems: ContentProblem[] = [];
				let timer: ReturnType<typeof setTimeout> | undefined;

				const recheck = async () => {
					const result = await runCheck(root);
					problems = result.problems;
					if (problems.length > 0) {
						logger.error(formatProblems(problems));
						// After Astro's own reload for the same change has reached the browser.
						setTimeout(() => showInOverlay(server, problems), 300);
						return;
					}
					logger.info(`${result.entries.length} content entries checked`);
					if (setLiveTerms(linkableTerms(result.entries))) {
						// Pages rendered with the old names are rendered again: Markdown through the
						// content loaders, MDX by dropping its compiled modules.
						await refreshContent?.({ loaders: [RELINK_LOADER] });
						for (const { moduleGraph } of Object.values(server.environments)) {
							for (const [file, modules] of moduleGraph.fileToModulesMap) {
								if (!file.startsWith(contentRoot) || !file.endsWith('.mdx')) continue;
								for (const module of modules) moduleGraph.invalidateModule(module);
							}
						}
						server.ws.send({ type: 'full-reload' });
						logger.info('glossary changed: pages re-linked');
					}
				};
				const onChange = (file: string) => {
					if (!path.resolve(file).startsWith(contentRoot + path.sep)) return;
					clearTimeout(timer);
					timer = setTimeout(() => void recheck().catch((error: unknown) => logger.error(String(error))), 100);
				};
				server.watcher.add(contentRoot);
				server.watcher.on('add', onChange);
				server.watcher.on('change', onChange);
				server.watcher.on('unlink', onChange);
				// A page opened (or reloaded) while the content is broken shows the problems too.
				server.ws.on('connection', () => {
					if (problems.length > 0) setTimeout(() => showInOverlay(server, problems), 300);
				});
				void runCheck(root).then((result) => {
					problems = result.problems;
				});
			},
		},
	};
}
