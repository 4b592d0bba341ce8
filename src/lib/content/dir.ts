import { contentDirFrom } from '../site/env.ts';

/**
 * Where the content collections live, as an absolute path. Tests and the benchmark point
 * `CONTENT_DIR` at a fixture or a generated copy; everyone else gets `src/content`. A relative
 * `CONTENT_DIR` is read from the working directory: the project root for `npm run …` and
 * `astro build`. Builds started elsewhere (the test builds run from a folder of their own) pass
 * it as an absolute path (scripts/site-build.ts).
 */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
	return contentDirFrom(env, process.cwd());
}
