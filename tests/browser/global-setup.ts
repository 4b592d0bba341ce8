import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startServer, type RunningServer } from '../../src/lib/static-server.ts';
import { astroBuild, projectRoot } from '../support/build.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		siteUrl: string;
		distDir: string;
	}
}

let server: RunningServer | undefined;

/** Builds the site once for every browser test, and serves it on 127.0.0.1. */
export async function setup(project: TestProject) {
	const distDir = path.join(projectRoot, 'dist');
	if (process.env.SKIP_BUILD !== '1') {
		const started = Date.now();
		const build = astroBuild({ OUT_DIR: distDir });
		if (build.status !== 0) throw new Error(`The site did not build:\n${build.output}`);
		console.log(`[browser] site built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
	}
	server = await startServer({ dir: distDir });
	project.provide('siteUrl', server.url);
	project.provide('distDir', distDir);
}

export async function teardown() {
	await server?.close();
}
