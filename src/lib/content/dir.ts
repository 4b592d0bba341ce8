import { contentDirFrom } from '../site/env.ts';

/**
 * Where the content collections live, as an absolute path. Tests and the benchmark point
 * `CONTENT_DIR` at a fixture or a generated copy; everyone else gets `src/content`. Relative to
 * the working directory, which is the project root for every command (`npm run …`, `astro build`).
 */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
	return contentDirFrom(env, process.cwd());
}
