import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { readStorySettings } from '../src/lib/content/story-settings.ts';
import { filesUnder } from '../src/lib/site/files.ts';

const require = createRequire(import.meta.url);
const astroBin = path.join(path.dirname(require.resolve('astro/package.json')), 'bin/astro.mjs');
export const projectRoot = path.resolve(import.meta.dirname, '..');
const packageName = (JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { name: string }).name;

/** The offline copy's file name, as linked from the data page: the package name, then "-offline.zip". */
export const OFFLINE_ZIP = `${packageName}-offline.zip`;

/**
 * Runs `astro build` in a child process with extra environment (OUT_DIR, CONTENT_DIR, BASE_PATH…).
 * Quiet builds keep their output to return it instead of printing it.
 */
export function astroBuild(
	env: Record<string, string>,
	{ quiet = false } = {},
): { status: number | null; output: string } {
	const result = spawnSync(process.execPath, [astroBin, 'build', ...(quiet ? ['--silent'] : [])], {
		cwd: projectRoot,
		// Vitest sets NODE_ENV=test, which would make Vite build the client scripts in dev mode.
		env: { ...process.env, NODE_ENV: 'production', ...env },
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
		stdio: quiet ? 'pipe' : 'inherit',
	});
	return { status: result.status, output: `${result.stdout ?? ''}\n${result.stderr ?? ''}` };
}

/** Zips a folder with its files in name order and fixed dates. */
export function zipFolder(dir: string, into: string): number {
	const files: Zippable = {};
	// One fixed date for every file, the story's report date, so two builds give the same bytes.
	const mtime = readStorySettings(projectRoot).reportDate;
	for (const file of filesUnder(dir)) files[file] = [readFileSync(path.join(dir, file)), { mtime }];
	const zip = zipSync(files, { level: 9 });
	writeFileSync(into, zip);
	return zip.byteLength;
}

export interface SiteBuildOptions {
	/** Where the hosted site goes; default dist/. */
	outDir?: string;
	/** Where the copy to open from disk goes; default dist-offline/. */
	offlineDir?: string;
	basePath?: string;
	contentDir?: string;
	quiet?: boolean;
	/** Only the copy to open from disk, and its zip. */
	offlineOnly?: boolean;
	/** Reuse the offline copy's zip from an earlier build instead of building it again. */
	reuseOffline?: boolean;
}

/**
 * The whole build: the copy to open from disk (dist-offline/ and its zip), then the hosted
 * site, which carries the zip for download.
 */
export function buildSite(options: SiteBuildOptions = {}): { ok: boolean; output: string } {
	const outDir = path.resolve(projectRoot, options.outDir ?? 'dist');
	const offlineDir = path.resolve(projectRoot, options.offlineDir ?? 'dist-offline');
	const zipFile = `${offlineDir}.zip`;
	const common: Record<string, string> = {};
	const quiet = { quiet: options.quiet ?? false };
	if (options.contentDir) common.CONTENT_DIR = options.contentDir;
	let output = '';

	if (!options.reuseOffline) {
		rmSync(offlineDir, { recursive: true, force: true });
		const offline = astroBuild({ ...common, OFFLINE_BUILD: '1', OUT_DIR: offlineDir, BASE_PATH: '/' }, quiet);
		output += offline.output;
		if (offline.status !== 0) return { ok: false, output };
		const bytes = zipFolder(offlineDir, zipFile);
		if (!options.quiet) {
			console.log(
				`offline copy: ${path.relative(projectRoot, offlineDir)}/ and ${path.basename(zipFile)} (${Math.round(bytes / 1024)} KiB)`,
			);
		}
		if (options.offlineOnly) return { ok: true, output };
	}

	const hosted = astroBuild({
		...common,
		OUT_DIR: outDir,
		BASE_PATH: options.basePath ?? process.env.BASE_PATH ?? '/',
	});
	output += hosted.output;
	if (hosted.status !== 0) return { ok: false, output };
	mkdirSync(outDir, { recursive: true });
	cpSync(zipFile, path.join(outDir, OFFLINE_ZIP));
	return { ok: true, output };
}
