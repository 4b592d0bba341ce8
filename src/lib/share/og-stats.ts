import path from 'node:path';

/**
 * Counts of preview images drawn and taken from the cache in this build, shared through
 * globalThis between the endpoint (which runs while pages prerender) and the og-images integration.
 */
export interface OgStats {
	drawn: number;
	cached: number;
	ms: number;
}

const key = Symbol.for('atacms-explainer.og-stats');
const holder = globalThis as { [key]?: OgStats };

export function ogStats(): OgStats {
	return (holder[key] ??= { drawn: 0, cached: 0, ms: 0 });
}

/** Where drawn images are cached: `$ASTRO_CACHE_DIR/og-images`, else `node_modules/.cache/og-images`. */
export function ogCacheDir(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
	return path.resolve(cwd, env.ASTRO_CACHE_DIR ?? 'node_modules/.cache', 'og-images');
}

/** The last build's counts, written by the og-images integration for `npm run bench`. */
export interface OgBuildStats extends OgStats {
	pages: number;
}

/** Where the last build's OgBuildStats are. */
export const ogStatsFile = (env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()) =>
	path.join(ogCacheDir(env, cwd), 'last-build.json');
