import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from '../../scripts/site-build.ts';
import { startServer, type RunningServer } from '../../scripts/static-server.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		siteUrl: string;
		distDir: string;
		offlineDir: string;
		subpathUrl: string;
		subpathDir: string;
		/** Whether this project's tests may launch Chromium (only the `browser` project does). */
		chromium: boolean;
	}
}

type Built = Omit<import('vitest').ProvidedContext, 'chromium'>;

interface SharedBuild {
	ready?: Promise<Built>;
	users: number;
	servers: RunningServer[];
	scratch: string;
}

// Every project that lists this file runs its own copy of it, in this one process: the build
// lives on globalThis so that the `site`, `browser` and `build` projects share one.
const key = Symbol.for('atacms-explainer.shared-build');
const holder = globalThis as { [key]?: SharedBuild };

function log(message: string) {
	console.log(`[global setup] ${message}`);
}

/** Runs a build with Astro's cache in the temporary folder too, and logs how long it took. */
function timed<T>(label: string, cacheDir: string, run: () => T): T {
	const started = Date.now();
	const previous = process.env.ASTRO_CACHE_DIR;
	process.env.ASTRO_CACHE_DIR = cacheDir;
	try {
		return run();
	} finally {
		if (previous === undefined) delete process.env.ASTRO_CACHE_DIR;
		else process.env.ASTRO_CACHE_DIR = previous;
		log(`${label} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
	}
}

/**
 * Builds the hosted site, the copy to open from disk (as `npm run build` does) and the same site
 * for the sub-path /atacms/, all into one temporary folder, and serves the two hosted builds.
 */
async function buildOnce(shared: SharedBuild): Promise<Built> {
	const distDir = path.join(shared.scratch, 'dist');
	const offlineDir = path.join(shared.scratch, 'dist-offline');
	const subpathDir = path.join(shared.scratch, 'subpath');
	const cacheDir = path.join(shared.scratch, 'cache');
	const main = timed('site and offline copy built', cacheDir, () =>
		buildSite({ outDir: distDir, offlineDir, basePath: '/', quiet: true }),
	);
	if (!main.ok) throw new Error(`The site did not build:\n${main.output}`);
	const sub = timed('sub-path site built', cacheDir, () =>
		buildSite({ outDir: subpathDir, offlineDir, basePath: '/atacms/', quiet: true, reuseOffline: true }),
	);
	if (!sub.ok) throw new Error(`The sub-path site did not build:\n${sub.output}`);

	const hosted = await startServer({ dir: distDir });
	const subpath = await startServer({ dir: subpathDir, base: '/atacms/' });
	shared.servers.push(hosted, subpath);
	return { siteUrl: hosted.url, distDir, offlineDir, subpathUrl: subpath.url, subpathDir };
}

export async function setup(project: TestProject) {
	let shared = holder[key];
	if (!shared) {
		shared = { users: 0, servers: [], scratch: mkdtempSync(path.join(tmpdir(), 'atacms-tests-')) };
		shared.ready = buildOnce(shared);
		holder[key] = shared;
	}
	shared.users++;
	const built = await shared.ready!;
	for (const [name, value] of Object.entries(built)) project.provide(name as keyof Built, value);
	project.provide('chromium', project.name === 'browser');

	return async () => {
		if (--shared.users > 0) return;
		delete holder[key];
		await Promise.all(shared.servers.map((server) => server.close()));
		rmSync(shared.scratch, { recursive: true, force: true });
	};
}
