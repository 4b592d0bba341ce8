import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';

/**
 * Writes `sw.js` after the build with Workbox: it precaches every page, style, script, the
 * glossary index and Pagefind's files, each versioned by a content hash, so after one visit the
 * whole site (search included) works with the network off. A new build installs beside the old
 * one and waits; the page offers to reload, and Workbox then drops the outdated precache.
 */
export function serviceWorker(): AstroIntegration {
	return {
		name: 'service-worker',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const { count, size, warnings } = await generateSW({
					globDirectory: fileURLToPath(dir),
					// Pagefind's index files have their own extensions (.pf_*, and .pagefind for its WebAssembly).
					globPatterns: [
						'**/*.{html,css,js,json,svg,png,ico,webmanifest,txt,xml,pagefind,pf_meta,pf_index,pf_fragment,pf_filter}',
					],
					globIgnores: ['sw.js', '**/*.zip'],
					swDest: fileURLToPath(new URL('sw.js', dir)),
					mode: 'production',
					sourcemap: false,
					inlineWorkboxRuntime: true,
					cleanupOutdatedCaches: true,
					// Pages ask the waiting worker to take over when the reader agrees to reload.
					skipWaiting: false,
					clientsClaim: true,
					directoryIndex: 'index.html',
					// Astro's hashed assets never change under one name: no cache-busting query needed.
					dontCacheBustURLsMatching: /_astro\//,
					maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
					// Pagefind asks for its entry file with a cache-busting ?ts=…; the precached copy answers.
					ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^ts$/],
				});
				for (const warning of warnings) logger.warn(warning);
				logger.info(`sw.js precaches ${count} files (${Math.round(size / 1024)} KiB)`);
			},
		},
	};
}
