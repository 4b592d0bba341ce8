import path from 'node:path';
import { cacheDirFrom } from '../site/env.ts';

/**
 * Counts of preview images drawn and taken from the cache in this build, shared through
 * globalThis between the endpoint (which runs while pages prerender) and the og-images integration.
 */
export interface OgStats {
	drawn: number;
	cached: number;
	ms: number;
}

const key = Symbol.for('og-images.stats');
const holder = globalThis as { [key]?: OgStats };

export function ogStats(): OgStats {
	return (holder[key] ??= { drawn: 0, cached: 0, ms: 0 });
}

/** Where drawn images are cached: `og-images/` in Astro's cache folder (`ASTRO_CACHE_DIR`, read by src/lib/site/env.ts). */
export function ogCacheDir(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
	return path.join(cacheDirFrom(env, cwd), 'og-images');
}

/** The last build's counts, written by the og-images integration for `npm run bench`. */
export interface OgBuildStats extends OgStats {
	pages: number;
}

/** Where the last build's OgBuildStats are. */
export const ogStatsFile = (env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()) =>
	path.join(ogCacheDir(env, cwd), 'last-build.json');
