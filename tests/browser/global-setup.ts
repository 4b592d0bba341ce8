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
	}
}

const servers: RunningServer[] = [];
let scratch: string | undefined;

/**
 * Builds once for every browser test: the hosted site and the copy to open from disk (as
 * `npm run build` does), plus the same site for the sub-path /atacms/. Serves both on 127.0.0.1.
 */
export async function setup(project: TestProject) {
	scratch = mkdtempSync(path.join(tmpdir(), 'atacms-browser-'));
	const distDir = path.join(scratch, 'dist');
	const offlineDir = path.join(scratch, 'dist-offline');
	const subpathDir = path.join(scratch, 'subpath');
	{
		const started = Date.now();
		const main = buildSite({ outDir: distDir, offlineDir, basePath: '/', quiet: true });
		if (!main.ok) throw new Error(`The site did not build:\n${main.output}`);
		console.log(`[browser] site and offline copy built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
	}
	const started = Date.now();
	const sub = buildSite({ outDir: subpathDir, offlineDir, basePath: '/atacms/', quiet: true, reuseOffline: true });
	if (!sub.ok) throw new Error(`The sub-path site did not build:\n${sub.output}`);
	console.log(`[browser] sub-path site built in ${((Date.now() - started) / 1000).toFixed(1)} s`);

	const main = await startServer({ dir: distDir });
	const subpath = await startServer({ dir: subpathDir, base: '/atacms/' });
	servers.push(main, subpath);
	project.provide('siteUrl', main.url);
	project.provide('distDir', distDir);
	project.provide('offlineDir', offlineDir);
	project.provide('subpathUrl', subpath.url);
	project.provide('subpathDir', subpathDir);
}

export async function teardown() {
	await Promise.all(servers.map((server) => server.close()));
	if (scratch) rmSync(scratch, { recursive: true, force: true });
}
