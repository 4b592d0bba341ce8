import { spawn } from 'node:child_process';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { outRoot, projectRoot } from './paths.ts';

const require = createRequire(import.meta.url);
const astroBin = path.join(path.dirname(require.resolve('astro/package.json')), 'bin/astro.mjs');

export interface BuildOptions {
	/** What the build is, for messages, e.g. "site" or "100x". */
	label: string;
	/** Where the built site goes. */
	outDir: string;
	/** Extra `astro build` arguments, e.g. ["--root", "…"]. */
	args?: string[];
	/** Extra environment, e.g. CONTENT_DIR. */
	env?: Record<string, string>;
	/** A build that takes longer than this is stopped and counts as failed. */
	timeoutMs?: number;
}

export interface BuildTiming {
	ms: number;
	/** HTML files written, 404 page included. */
	pages: number;
}

function runOnce(options: BuildOptions): Promise<{ ok: boolean; ms: number; output: string }> {
	return new Promise((resolve) => {
		const started = performance.now();
		const child = spawn(process.execPath, [astroBin, 'build', '--silent', ...(options.args ?? [])], {
			cwd: projectRoot,
			env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...options.env },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
		const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 15 * 60_000);
		child.on('close', (code, signal) => {
			clearTimeout(timer);
			const ms = performance.now() - started;
			resolve({
				ok: code === 0,
				ms,
				output: signal ? `${output}\nstopped after ${Math.round(ms)} ms (${signal})` : output,
			});
		});
	});
}

async function countHtml(dir: string): Promise<number> {
	const names = await readdir(dir, { recursive: true });
	return names.filter((name) => String(name).endsWith('.html')).length;
}

/**
 * Runs `astro build` in a child process and times it. A failed build stops the benchmark with its
 * output (also saved in bench/out/<label>-build-failure.log): a failure is a finding, not noise.
 */
export async function timedBuild(options: BuildOptions): Promise<BuildTiming> {
	// A stale file from an earlier run would be counted as a page and served as an asset.
	await rm(options.outDir, { recursive: true, force: true });
	await mkdir(outRoot, { recursive: true });
	const run = await runOnce({ ...options, env: { ...options.env, OUT_DIR: options.outDir } });
	if (run.ok) return { ms: run.ms, pages: await countHtml(options.outDir) };
	await writeFile(path.join(outRoot, `${options.label}-build-failure.log`), run.output);
	throw new Error(`The ${options.label} build failed; its output:\n${run.output.trim().slice(-3000)}`);
}
