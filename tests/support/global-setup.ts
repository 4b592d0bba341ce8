import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
		/**
		 * The site and its offline copy built a second time, with a cache of their own, for the
		 * reproducibility test: `dist/`, `dist-offline/` and, written when that build has ended,
		 * `result.json` (`{ ok, output }`). Empty when the run has no `site` project.
		 */
		reproDir: string;
		/** Whether this project's tests may launch Chromium (only the `browser` project does). */
		chromium: boolean;
	}
}

type Built = Omit<import('vitest').ProvidedContext, 'chromium'>;

interface SharedBuild {
	ready?: Promise<Built>;
	/** The reproducibility build, still running after `ready`. */
	background?: Promise<unknown>;
	users: number;
	servers: RunningServer[];
	scratch: string;
}

// Every project that lists this file runs its own copy of it, in this one process: the build
// lives on globalThis so that the `site` and `browser` projects share one.
const key = Symbol.for('atacms-explainer.shared-build');
const holder = globalThis as { [key]?: SharedBuild };

function log(message: string) {
	console.log(`[global setup] ${message}`);
}

/** Runs one build and logs how long it took; throws with Astro's output when it fails. */
async function timed(label: string, build: Promise<{ ok: boolean; output: string }>) {
	const started = Date.now();
	const result = await build;
	if (!result.ok) throw new Error(`${label} failed:\n${result.output}`);
	log(`${label} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
	return result;
}

/**
 * Builds every configuration the tests read, once per run, into one temporary folder, on two
 * lanes (a build keeps about one core busy, and the machine has two):
 * 1. the hosted site and the copy to open from disk, as `npm run build` does;
 * 2. the offline copy again and the same site for the sub-path /atacms/, each with a cache of
 *    its own, in another time zone (Asia/Tokyo) and language; then, when the `site` project runs, the hosted site again for the reproducibility
 *    test, which goes on while the tests start.
 * Serves the two hosted builds.
 */
async function buildOnce(shared: SharedBuild, withRepro: boolean): Promise<Built> {
	const at = (name: string) => path.join(shared.scratch, name);
	const distDir = at('dist');
	const offlineDir = at('dist-offline');
	const subpathDir = at('subpath');
	const reproDir = withRepro ? at('repro') : '';
	// The second lane builds in another time zone and language, so the reproducibility test
	// compares builds that a machine in Tokyo and one in UTC would make.
	const second = {
		offlineDir: withRepro ? path.join(reproDir, 'dist-offline') : at('subpath-offline'),
		cacheDir: at('cache-2'),
		quiet: true,
		env: { TZ: 'Asia/Tokyo', LANG: 'ja_JP.UTF-8', LC_ALL: 'ja_JP.UTF-8' },
	};

	const laneOne = timed(
		'site and offline copy built',
		buildSite({ outDir: distDir, offlineDir, basePath: '/', cacheDir: at('cache-1'), quiet: true, env: { TZ: 'UTC' } }),
	);
	const laneTwo = (async () => {
		await timed('offline copy built again', buildSite({ ...second, offlineOnly: true }));
		await timed(
			'sub-path site built',
			buildSite({ ...second, outDir: subpathDir, basePath: '/atacms/', reuseOffline: true }),
		);
	})();
	await Promise.all([laneOne, laneTwo]);
	if (withRepro) {
		shared.background = (async () => {
			const result = await buildSite({
				...second,
				outDir: path.join(reproDir, 'dist'),
				basePath: '/',
				reuseOffline: true,
			}).catch((error: unknown) => ({ ok: false, output: String(error) }));
			writeFileSync(path.join(reproDir, 'result.json'), JSON.stringify(result));
		})();
	}

	const hosted = await startServer({ dir: distDir });
	const subpath = await startServer({ dir: subpathDir, base: '/atacms/' });
	shared.servers.push(hosted, subpath);
	return { siteUrl: hosted.url, distDir, offlineDir, subpathUrl: subpath.url, subpathDir, reproDir };
}

export async function setup(project: TestProject) {
	let shared = holder[key];
	if (!shared) {
		shared = { users: 0, servers: [], scratch: mkdtempSync(path.join(tmpdir(), 'atacms-tests-')) };
		const withRepro = project.vitest.projects.some((each) => each.name === 'site');
		shared.ready = buildOnce(shared, withRepro);
		holder[key] = shared;
	}
	shared.users++;
	const built = await shared.ready!;
	for (const [name, value] of Object.entries(built)) project.provide(name as keyof Built, value);
	project.provide('chromium', project.name === 'browser');

	return async () => {
		if (--shared.users > 0) return;
		delete holder[key];
		await Promise.all([...shared.servers.map((server) => server.close()), shared.background]);
		rmSync(shared.scratch, { recursive: true, force: true });
	};
}
