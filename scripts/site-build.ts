import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { readStorySettings } from '../src/lib/content/story-settings.ts';
import { contentDirFrom } from '../src/lib/site/env.ts';
import { filesUnder } from '../src/lib/site/built-files.ts';
import { runNode } from './run-node.ts';

const require = createRequire(import.meta.url);
export const astroBin = path.join(path.dirname(require.resolve('astro/package.json')), 'bin/astro.mjs');
export const projectRoot = path.resolve(import.meta.dirname, '..');
const packageName = (JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { name: string }).name;

/** The offline copy's file name in the hosted site (the data page links it): the package name, then "-offline.zip". */
export const OFFLINE_ZIP = `${packageName}-offline.zip`;

// Variables Vitest sets in its processes (import.meta.env mirrors them). A build started from a
// test must not inherit them: DEV=1 would make it render development-only markup.
const testRunnerVariables = new Set([
	'DEV',
	'PROD',
	'SSR',
	'MODE',
	'BASE_URL',
	'TEST',
	'VITEST',
	'VITEST_MODE',
	'VITEST_POOL_ID',
	'VITEST_WORKER_ID',
]);

/**
 * Runs `astro build` in a child process with extra environment (OUT_DIR, CONTENT_DIR, BASE_PATH,
 * ASTRO_CACHE_DIR…). Quiet builds keep their output to return it instead of printing it. Builds
 * into different folders can run at the same time.
 */
export async function astroBuild(
	env: Record<string, string>,
	{ quiet = false } = {},
): Promise<{ status: number | null; output: string }> {
	// When the output folder is outside the working directory, Astro writes its prerender chunks
	// to <cwd>/.astro/, so builds running side by side from the project root would overwrite each
	// other's chunks. A build elsewhere runs from its own folder inside the project (so the chunks
	// still find node_modules), removed afterwards.
	const outDir = path.resolve(projectRoot, env.OUT_DIR ?? 'dist');
	const inProject = outDir.startsWith(projectRoot + path.sep);
	const cwd = inProject
		? projectRoot
		: path.join(
				projectRoot,
				'node_modules/.cache/astro-builds',
				createHash('sha256').update(outDir).digest('hex').slice(0, 12),
			);
	mkdirSync(cwd, { recursive: true });
	const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !testRunnerVariables.has(name)));
	const args = [astroBin, 'build', '--root', projectRoot, ...(quiet ? ['--silent'] : [])];
	const result = await runNode(args, {
		cwd,
		// A test runner sets NODE_ENV=test, which would make Vite build the client scripts in dev
		// mode. Content is read relative to the working directory, so it is passed as an absolute path.
		env: {
			...inherited,
			NODE_ENV: 'production',
			...env,
			CONTENT_DIR: contentDirFrom({ CONTENT_DIR: env.CONTENT_DIR ?? process.env.CONTENT_DIR }, projectRoot),
		},
		quiet,
	});
	if (!inProject) rmSync(cwd, { recursive: true, force: true });
	return result;
}

/**
 * Zips files in name order, every entry dated `day` at 00:00. A zip entry holds a local date and
 * time with no zone, which fflate takes from a Date's local-time getters: the Date is rebuilt from
 * the day's UTC parts, so every machine writes the same bytes whatever its time zone.
 */
export function zipFiles(files: Record<string, Uint8Array>, day: Date): Uint8Array {
	const mtime = new Date(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate());
	const entries: Zippable = {};
	for (const name of Object.keys(files).sort()) entries[name] = [files[name]!, { mtime }];
	return zipSync(entries, { level: 9 });
}

/** A kind of file the offline build writes that a copy opened from disk cannot show or use. */
interface LeftOut {
	files: RegExp;
	why: string;
}

/**
 * What the copy to open from disk leaves out. Each rule must find files: when the offline build
 * stops writing them, the build fails here, so the rule goes rather than lingers. What pages link
 * stays, even where a reader has little use for it (the feed and, with SITE_URL, the sitemap that
 * every page's <head> names); so do the citation files and glossary exports, which open from disk.
 */
export const offlineLeftOut: readonly LeftOut[] = [
	{
		files: /^og\//,
		why: 'link-preview images: only og:image tags name them, which no browser shows, at /og/ addresses that lead nowhere on disk',
	},
	{
		files: /^_astro\/.+\.js$/,
		why: "module scripts: the offline-copy step bundled each page's scripts into _offline/, and no page loads these",
	},
	{ files: /^llms(?:-full)?\.txt$/, why: 'for language models that fetch the site; no page links them' },
];

/** Removes from an offline copy what `offlineLeftOut` names; throws when a kind is missing. Returns what went. */
export function pruneOfflineCopy(dir: string): string[] {
	const files = filesUnder(dir);
	const removed: string[] = [];
	for (const rule of offlineLeftOut) {
		const matching = files.filter((file) => rule.files.test(file));
		if (matching.length === 0)
			throw new Error(
				`offline copy: expected to leave out ${rule.files} (${rule.why}), but the build wrote none; if it no longer does, remove the rule from scripts/site-build.ts`,
			);
		for (const file of matching) rmSync(path.join(dir, file));
		removed.push(...matching);
	}
	// Folders left empty go too, deepest first.
	const folders = new Set(
		removed.flatMap((file) =>
			file
				.split('/')
				.slice(0, -1)
				.map((_, i, parts) => parts.slice(0, i + 1).join('/')),
		),
	);
	for (const folder of [...folders].sort((a, b) => b.length - a.length)) {
		if (readdirSync(path.join(dir, folder)).length === 0) rmSync(path.join(dir, folder), { recursive: true });
	}
	return removed;
}

/** Zips a folder, every file dated the story's report date, so two builds give the same bytes. */
function zipFolder(dir: string, into: string): number {
	const files = Object.fromEntries(filesUnder(dir).map((file) => [file, readFileSync(path.join(dir, file))]));
	const zip = zipFiles(files, readStorySettings(projectRoot).reportDate);
	writeFileSync(into, zip);
	return zip.byteLength;
}

/** Runs `work` (synchronous, so nothing else runs meanwhile) with process.env.TZ set to `zone`. */
function withTimeZone<T>(zone: string | undefined, work: () => T): T {
	if (zone === undefined) return work();
	const before = process.env.TZ;
	process.env.TZ = zone;
	try {
		return work();
	} finally {
		if (before === undefined) delete process.env.TZ;
		else process.env.TZ = before;
	}
}

interface SiteBuildOptions {
	/** Where the hosted site goes; default dist/. */
	outDir?: string;
	/** Where the copy to open from disk goes; default build/offline/ (its zip goes next to it, build/offline.zip). */
	offlineDir?: string;
	basePath?: string;
	contentDir?: string;
	/** Keep Astro's output to return it instead of printing it (tests print it only when a build fails). */
	quiet?: boolean;
	/** Only the copy to open from disk, and its zip. */
	offlineOnly?: boolean;
	/** Reuse the offline copy's zip from an earlier build instead of building it again. */
	reuseOffline?: boolean;
	/** Astro's cache folder for these builds (ASTRO_CACHE_DIR); default node_modules/.astro. */
	cacheDir?: string;
	/**
	 * Environment for these builds only, e.g. { TZ: 'Asia/Tokyo' }: the Astro processes get it, and
	 * the zip is made with its TZ (the reproducibility test builds under two time zones).
	 */
	env?: Record<string, string>;
}

const shown = (file: string) => path.relative(projectRoot, file) || '.';

/**
 * The whole build: the copy to open from disk (build/offline/ and build/offline.zip), then the
 * hosted site in dist/, which carries a copy of that zip for download. Ends with one line per
 * folder or file written.
 */
export async function buildSite(options: SiteBuildOptions = {}): Promise<{ ok: boolean; output: string }> {
	const outDir = path.resolve(projectRoot, options.outDir ?? 'dist');
	const offlineDir = path.resolve(projectRoot, options.offlineDir ?? 'build/offline');
	const zipFile = `${offlineDir}.zip`;
	const common: Record<string, string> = { ...options.env };
	const quiet = { quiet: options.quiet ?? false };
	if (options.contentDir) common.CONTENT_DIR = options.contentDir;
	if (options.cacheDir) common.ASTRO_CACHE_DIR = options.cacheDir;
	const written: string[] = [];
	let output = '';

	if (!options.reuseOffline) {
		rmSync(offlineDir, { recursive: true, force: true });
		const offline = await astroBuild({ ...common, OFFLINE_BUILD: '1', OUT_DIR: offlineDir, BASE_PATH: '/' }, quiet);
		output += offline.output;
		if (offline.status !== 0) return { ok: false, output };
		const removed = pruneOfflineCopy(offlineDir);
		const bytes = withTimeZone(options.env?.TZ, () => zipFolder(offlineDir, zipFile));
		written.push(
			`${shown(offlineDir)}/  the copy to open from disk (open ${shown(path.join(offlineDir, 'index.html'))})`,
			`${shown(zipFile)}  the same, zipped (${Math.round(bytes / 1024)} KiB; ${removed.length} files the copy cannot use left out)`,
		);
	}

	if (!options.offlineOnly) {
		const hosted = await astroBuild(
			{ ...common, OUT_DIR: outDir, BASE_PATH: options.basePath ?? process.env.BASE_PATH ?? '/' },
			quiet,
		);
		output += hosted.output;
		if (hosted.status !== 0) return { ok: false, output };
		mkdirSync(outDir, { recursive: true });
		cpSync(zipFile, path.join(outDir, OFFLINE_ZIP));
		written.push(`${shown(outDir)}/  the site to publish, with ${OFFLINE_ZIP} for download`);
	}
	if (!options.quiet) console.log(`\nWritten:\n${written.map((line) => `  ${line}`).join('\n')}`);
	return { ok: true, output };
}
