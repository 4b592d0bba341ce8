import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runNode } from '../scripts/run-node.ts';
import { astroBin } from '../scripts/site-build.ts';
import { outRoot, projectRoot } from './paths.ts';

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

async function runOnce(options: BuildOptions): Promise<{ ok: boolean; ms: number; output: string }> {
	const started = performance.now();
	const { status, output } = await runNode([astroBin, 'build', '--silent', ...(options.args ?? [])], {
		cwd: projectRoot,
		env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...options.env },
		timeoutMs: options.timeoutMs ?? 15 * 60_000,
	});
	return { ok: status === 0, ms: performance.now() - started, output };
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
