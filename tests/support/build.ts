import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
export const projectRoot = path.resolve(import.meta.dirname, '../..');
const astroBin = path.join(path.dirname(require.resolve('astro/package.json')), 'bin/astro.mjs');

export interface BuildResult {
	status: number | null;
	output: string;
}

/** Runs `astro build` in a child process with extra environment (OUT_DIR, CONTENT_DIR, BASE_PATH…). */
export function astroBuild(env: Record<string, string> = {}): BuildResult {
	const result = spawnSync(process.execPath, [astroBin, 'build', '--silent'], {
		cwd: projectRoot,
		// Vitest sets NODE_ENV=test, which would make Vite build the client scripts in dev mode.
		env: { ...process.env, NODE_ENV: 'production', FORCE_COLOR: '0', NO_COLOR: '1', ...env },
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
	});
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
