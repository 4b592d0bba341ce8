import { cp, mkdir, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { GlossaryIndexEntry } from '../src/lib/glossary/search-index.ts';
import { timedBuild, type BuildTiming } from './astro-build.ts';
import { outRoot, projectRoot } from './paths.ts';
import { generateTerms, readVocabulary, toMarkdown } from './synthetic-terms.ts';

export interface ScalingRun extends BuildTiming {
	factor: number;
	terms: number;
	msPerPage: number;
}

export interface ScalingResult {
	runs: ScalingRun[];
	/** ms per page at the largest factor that built, over ms per page at 1x. */
	ratio?: number;
	/** Factors that failed or were skipped, and why. */
	problems: string[];
}

/**
 * Copies the real content to bench/out/content-<factor>x and adds synthetic glossary terms until
 * the glossary holds `factor` times the real number of terms (1x is the real content as is).
 */
async function prepareContent(factor: number, real: readonly GlossaryIndexEntry[], seed: number): Promise<string> {
	const source = path.join(projectRoot, 'src/content');
	const target = path.join(outRoot, `content-${factor}x`);
	await rm(target, { recursive: true, force: true });
	await mkdir(target, { recursive: true });
	for (const name of await readdir(source)) {
		// The pages stay where they are, behind a symlink: the links validator and Starlight's
		// Markdown plugins recognise pages by their path under src/content/docs, and Vite follows
		// the link to the real files (their relative component imports resolve as usual).
		if (name === 'docs') await symlink(path.join(source, name), path.join(target, name), 'dir');
		else await cp(path.join(source, name), path.join(target, name), { recursive: true });
	}
	const extra = real.length * factor - real.length;
	if (extra > 0) {
		const sources = (await readdir(path.join(source, 'sources')))
			.filter((name) => /\.ya?ml$/.test(name))
			.map((name) => name.replace(/\.ya?ml$/, ''))
			.sort();
		const terms = generateTerms(extra, seed, await readVocabulary(source, real));
		const dir = path.join(target, 'glossary');
		await mkdir(dir, { recursive: true });
		await Promise.all(
			terms.map((term, i) =>
				writeFile(path.join(dir, `${term.slug}.md`), toMarkdown(term, [sources[i % sources.length]!])),
			),
		);
	}
	return target;
}

/**
 * Builds the site at each factor and reports time per page. Stops growing once a build takes
 * longer than `stopAfterMs`, since the next factor would take ten times longer still.
 */
export async function measureBuildScaling(
	real: readonly GlossaryIndexEntry[],
	factors: readonly number[],
	options: { stopAfterMs: number; timeoutMs: number },
): Promise<ScalingResult> {
	const runs: ScalingRun[] = [];
	const problems: string[] = [];
	for (const factor of factors) {
		const last = runs.at(-1);
		if (last && last.ms > options.stopAfterMs) {
			problems.push(`${factor}x skipped: ${last.factor}x already took ${(last.ms / 1000).toFixed(0)} s`);
			continue;
		}
		const contentDir = await prepareContent(factor, real, factor);
		try {
			const build = await timedBuild({
				label: `${factor}x`,
				outDir: path.join(outRoot, `site-${factor}x`),
				env: { CONTENT_DIR: path.relative(projectRoot, contentDir) },
				timeoutMs: options.timeoutMs,
			});
			runs.push({ factor, terms: real.length * factor, msPerPage: build.ms / build.pages, ...build });
			console.log(`[bench] ${factor}x: ${build.pages} pages in ${(build.ms / 1000).toFixed(1)} s`);
		} catch (error) {
			problems.push(`${factor}x failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
		}
	}
	const base = runs.find((run) => run.factor === 1);
	const top = runs.at(-1);
	const ratio = base && top && top !== base ? top.msPerPage / base.msPerPage : undefined;
	return { runs, ratio, problems };
}
