// `npm run bench`: builds the site and a stock Starlight site, measures them side by side,
// prints a table with targets and writes everything to bench/results.json.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { ogStatsFile, type OgBuildStats } from '../src/lib/share/og-stats.ts';
import os from 'node:os';
import path from 'node:path';
import { loadGlossaryIndex } from '../src/lib/glossary/source.ts';
import { startServer } from '../scripts/static-server.ts';
import { launchBrowser } from '../tests/support/browser.ts';
import type { BuildTiming } from './astro-build.ts';
import { measureBuildScaling, type ScalingResult } from './build-scaling.ts';
import { gzipFileSize } from './gzip.ts';
import { lighthouseCategories, runLighthouse, type LighthouseRun } from './lighthouse.ts';
import { outRoot, projectRoot, resultsFile } from './paths.ts';
import { benchTargets } from './pages.ts';
import { startGzipServer } from './gzip-server.ts';
import { measurePaint, measureSecondPage, slowNetwork, type PaintSample } from './paint.ts';
import { formatTable, kib, ms, row, verdict, type Row } from './report.ts';
import { benchSearch, type SearchBench } from './search.ts';
import { buildSite, buildStock, siteDir, stockDir } from './sites.ts';
import { generateTerms, readVocabulary, toIndexEntry } from './synthetic-terms.ts';
import { extraScripts, measureWeights, type BenchPage, type PageWeight } from './weight.ts';

const KiB = 1024;
// `npm run bench -- --no-scaling` leaves out the slow build-scaling part; `--runs=N` sets the timed runs (at least 5).
const args = process.argv.slice(2);
const skipScaling = args.includes('--no-scaling');
const paintRuns = Math.max(
	5,
	Number(/^--runs=(\d+)$/.exec(args.find((arg) => arg.startsWith('--runs=')) ?? '')?.[1] ?? 5),
);

const started = performance.now();
const rows: Row[] = [];
const errors: Record<string, string> = {};
const results: Record<string, unknown> = {
	startedAt: new Date().toISOString(),
	machine: { cpus: os.cpus().length, node: process.version, loadAverageAtStart: os.loadavg() },
};

/** Runs one part of the benchmark; a failure is recorded and the other parts still run. */
async function phase<T>(name: string, run: () => Promise<T>): Promise<T | undefined> {
	const phaseStarted = performance.now();
	console.log(`[bench] ${name}…`);
	try {
		return await run();
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		errors[name] = message;
		rows.push(row(name, 'measurement failed', { site: message.split('\n')[0]!.slice(0, 60), result: 'error' }));
		console.error(`[bench] ${name} failed: ${message}`);
		return undefined;
	} finally {
		console.log(`[bench] ${name} done in ${ms(performance.now() - phaseStarted)}`);
	}
}

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

// 1. Both sites, built once; everything in the browser is measured on these builds.
const stockBuild = await phase('build stock', buildStock);
const siteBuild = await phase('build site', buildSite);
const buildCell = (build: BuildTiming | undefined) => (build ? `${ms(build.ms)}, ${build.pages} pages` : 'failed');
rows.push(row('build', 'astro build', { site: buildCell(siteBuild), stock: buildCell(stockBuild) }));
results.builds = { site: siteBuild, stock: stockBuild };
// Link-preview images' share of the site build: the og-images integration writes its counts.
const ogImages = siteBuild
	? (JSON.parse(await readFile(ogStatsFile({}, projectRoot), 'utf8').catch(() => 'null')) as OgBuildStats | null)
	: null;
rows.push(
	row('build', 'preview images (og:image)', {
		site:
			ogImages && siteBuild
				? `${ms(ogImages.ms)}, ${Math.round((100 * ogImages.ms) / siteBuild.ms)}% of the build (${ogImages.drawn} drawn, ${ogImages.cached} cached)`
				: 'not measured',
	}),
);

// 2. Glossary search, before the browsers start, so they do not compete for the two cores.
const realTerms = await phase('load glossary', async () => (await loadGlossaryIndex(projectRoot)).terms);
const search = await phase('search', async () => {
	if (!realTerms) throw new Error('no glossary index');
	const real = benchSearch(realTerms, 500);
	const vocabulary = await readVocabulary(path.join(projectRoot, 'src/content'), realTerms);
	const synthetic = generateTerms(10_000 - realTerms.length, 10_000, vocabulary).map(toIndexEntry);
	// At 10k terms one call can take milliseconds: a time budget keeps the run short.
	const large = benchSearch([...realTerms, ...synthetic], 40, 60_000);
	return { real, large };
});
const searchRows = (bench: SearchBench | undefined, targetMs: number) => {
	const label = bench ? `${bench.terms.toLocaleString('en')} terms` : '';
	rows.push(
		row('glossary search', `p95 of slowest query, ${label}`, {
			site: bench ? `${ms(bench.slowest.p95)} ("${bench.slowest.query}")` : '—',
			target: `< ${targetMs} ms`,
			result: verdict(bench && bench.slowest.p95 < targetMs),
		}),
		row('glossary search', `all queries p50 / p95 / max, ${label}`, {
			site: bench ? `${ms(bench.overall.p50)} / ${ms(bench.overall.p95)} / ${ms(bench.overall.max)}` : '—',
		}),
	);
};
searchRows(search?.real, 1);
searchRows(search?.large, 5);
results.search = search;

// The six page types, the term and place picked from the content (bench/pages.ts).
const targets = await benchTargets({ terms: realTerms ?? [] });
const firstTerm =
	targets
		.find((target) => target.label === 'term')
		?.site.split('/')
		.at(-2) ?? '';
const sitePages: BenchPage[] = targets.map((target) => ({
	label: target.label,
	path: target.site,
	// Typing a query catches any search code or index fetched only once the box is used.
	...(target.label === 'glossary' ? { type: { selector: '#glossary-query', text: firstTerm } } : {}),
}));
const stockPages: BenchPage[] = targets.map((target) => ({ label: target.label, path: target.stock }));

const indexGzip = await phase('index size', () => gzipFileSize(path.join(siteDir, 'glossary-index.json')));
rows.push(
	row('glossary search', 'glossary-index.json, gzip', {
		site: kib(indexGzip),
		target: '< 10 KiB',
		result: verdict(indexGzip === undefined ? undefined : indexGzip < 10 * KiB),
	}),
);

// 3. First-load weight in Chromium.
const weights = await phase('page weight', async () => {
	const browser = await launchBrowser();
	try {
		return {
			site: await measureWeights(browser, siteDir, sitePages),
			stock: await measureWeights(browser, stockDir, stockPages),
		};
	} finally {
		await browser.close();
	}
});
const kibNumber = (bytes: number) => (bytes / KiB).toFixed(1);
const weightCell = (weight: PageWeight | undefined) =>
	weight ? `${kibNumber(weight.total)} (JS ${kibNumber(weight.js)}, CSS ${kibNumber(weight.css)})` : '—';
// Both sites serve their pages under the same paths, so a row compares like with like.
if (weights) {
	for (const page of sitePages) {
		const site = weights.site.find((weight) => weight.label === page.label);
		const stock = weights.stock.find((weight) => weight.label === page.label);
		rows.push(
			row('first load, gzip', `${page.label} ${page.path}: KiB total (JS, CSS)`, {
				site: weightCell(site),
				stock: stock ? weightCell(stock) : '(no such page)',
			}),
		);
	}
	const siteStory = weights.site.find((weight) => weight.label === 'story');
	// What must arrive before the first paint: one round trip's worth (about 14 KiB) is the goal.
	for (const page of sitePages) {
		const site = weights.site.find((weight) => weight.label === page.label);
		const stock = weights.stock.find((weight) => weight.label === page.label);
		rows.push(
			row('first paint bytes', `${page.label} ${page.path}: HTML + render-blocking CSS, gzip`, {
				site: kib(site?.htmlAndBlockingCss),
				stock: kib(stock?.htmlAndBlockingCss),
				target: '≤ 14 KiB',
				result: verdict(site && site.htmlAndBlockingCss <= 14 * KiB),
			}),
		);
	}
	const ratio =
		median(weights.site.map((weight) => weight.total)) / median(weights.stock.map((weight) => weight.total));
	rows.push(
		row('first load, gzip', 'median page, site / stock', {
			site: ratio.toFixed(2),
			target: '≤ 0.6',
			result: verdict(Number.isFinite(ratio) ? ratio <= 0.6 : undefined),
		}),
	);
	const glossary = weights.site.find((weight) => weight.label === 'glossary');
	const extra = glossary && siteStory ? await extraScripts(glossary, siteStory) : undefined;
	const extraBytes = extra?.total;
	rows.push(
		row('glossary search', 'JS /glossary/ loads beyond a story page', {
			site: kib(extraBytes),
			target: '≤ 4 KiB',
			result: verdict(extraBytes === undefined ? undefined : extraBytes <= 4 * KiB),
		}),
	);
	results.glossaryExtraScripts = extra;
	const unmatched = [...weights.site, ...weights.stock].flatMap((weight) => weight.unmatched);
	if (unmatched.length > 0) errors['page weight: requests not found on disk'] = unmatched.join('\n');
}
results.weights = weights;

// 4. Time on a slow phone network: first contentful paint and the load event, both sites interleaved.
const loadAverage: { before: number; after?: number } = { before: os.loadavg()[0]! };
const paint = await phase('slow network', async () => {
	const site = await startGzipServer(siteDir);
	const stock = await startGzipServer(stockDir);
	const browser = await launchBrowser();
	try {
		const url = (server: { url: string }, pathname: string) => new URL(pathname.replace(/^\//, ''), server.url).href;
		const pages = targets.map((target) => ({
			label: target.label,
			site: url(site, target.site),
			stock: url(stock, target.stock),
		}));
		const perPage = await measurePaint(browser, pages, paintRuns);
		const home = pages.find((target) => target.label === 'home')!;
		const story = pages.find((target) => target.label === 'story')!;
		const second = await measureSecondPage(browser, home, story, paintRuns);
		return { perPage, second };
	} finally {
		await browser.close();
		await Promise.all([site.close(), stock.close()]);
	}
});
loadAverage.after = os.loadavg()[0]!;
const seconds = (value: number) => (Number.isFinite(value) ? `${(value / 1000).toFixed(2)} s` : '—');
const medianOf = (samples: PaintSample[], key: keyof PaintSample) => median(samples.map((sample) => sample[key]));
const condition = `${slowNetwork.latencyMs} ms RTT, ${slowNetwork.kbitPerSecond} kbit/s, median of ${paintRuns}`;
for (const result of paint?.perPage ?? []) {
	const fcpSite = medianOf(result.site, 'fcp');
	const fcpStock = medianOf(result.stock, 'fcp');
	const ratio = fcpSite / fcpStock;
	rows.push(
		row('slow network', `${result.label}: first contentful paint (${condition})`, {
			site: `${seconds(fcpSite)} (${ratio.toFixed(2)}×)`,
			stock: seconds(fcpStock),
			target: '≤ 0.7× stock',
			result: verdict(Number.isFinite(ratio) ? ratio <= 0.7 : undefined),
		}),
		row('slow network', `${result.label}: load event`, {
			site: seconds(medianOf(result.site, 'load')),
			stock: seconds(medianOf(result.stock, 'load')),
		}),
	);
}
if (paint) {
	const bytesCell = (samples: PaintSample[]) => kib(median(samples.map((sample) => sample.bytes)));
	const home = paint.perPage.find((result) => result.label === 'home');
	rows.push(
		row('page weight, on the wire', 'first page (home, cold cache)', {
			site: home ? bytesCell(home.site) : '—',
			stock: home ? bytesCell(home.stock) : '—',
		}),
		row('page weight, on the wire', 'second page (story after home)', {
			site: bytesCell(paint.second.site.map((visit) => visit[1]!)),
			stock: bytesCell(paint.second.stock.map((visit) => visit[1]!)),
		}),
		row('slow network', 'second page (story after home): first contentful paint', {
			site: seconds(median(paint.second.site.map((visit) => visit[1]!.fcp))),
			stock: seconds(median(paint.second.stock.map((visit) => visit[1]!.fcp))),
		}),
		row('slow network', 'machine load (1-minute average) before / after', {
			site: `${loadAverage.before.toFixed(1)} / ${loadAverage.after?.toFixed(1)} on ${os.cpus().length} cores`,
		}),
	);
	if (weights) {
		const medianWeight = (list: PageWeight[]) => median(list.map((weight) => weight.total));
		rows.push(
			row('page weight, on the wire', 'median page over the six types (gzip, cold)', {
				site: kib(medianWeight(weights.site)),
				stock: kib(medianWeight(weights.stock)),
			}),
		);
	}
}
results.paint = paint;
results.loadAverage = loadAverage;

// 5. Lighthouse, default mobile config, each page once.
const lighthouse = await phase('lighthouse', async () => {
	const site = await startServer({ dir: siteDir });
	const stock = await startServer({ dir: stockDir });
	try {
		return await runLighthouse([
			...targets.map((target) => ({
				label: `site ${target.site}`,
				url: new URL(target.site.replace(/^\//, ''), site.url).href,
			})),
			{ label: 'stock /', url: stock.url },
		]);
	} finally {
		await Promise.all([site.close(), stock.close()]);
	}
});
const scoreCell = (run: LighthouseRun | undefined) => {
	if (!run) return '—';
	if (run.error || !run.scores) return `error: ${(run.error ?? 'no scores').slice(0, 50)}`;
	return lighthouseCategories.map((id) => run.scores?.[id] ?? '?').join(' / ');
};
const allHundred = (run: LighthouseRun | undefined) =>
	run?.scores && !run.error ? lighthouseCategories.every((id) => run.scores?.[id] === 100) : undefined;
for (const run of lighthouse?.filter((item) => item.label.startsWith('site')) ?? []) {
	const stock = run.label === 'site /' ? lighthouse?.find((item) => item.label === 'stock /') : undefined;
	rows.push(
		row('lighthouse (mobile)', `${run.label.replace('site ', '')}: perf / a11y / bp / seo`, {
			site: scoreCell(run),
			stock: stock ? scoreCell(stock) : '',
			target: '100 in all four',
			result: verdict(allHundred(run)),
		}),
	);
	if (run.error) errors[`lighthouse ${run.label}`] = run.error;
}
results.lighthouse = lighthouse;

// 6. Build time as the glossary grows.
const scaling: ScalingResult | undefined = await phase('build scaling', async () => {
	if (skipScaling) throw new Error('left out (--no-scaling)');
	if (!realTerms) throw new Error('no glossary index');
	return measureBuildScaling(realTerms, [1, 10, 100], { stopAfterMs: 5 * 60_000, timeoutMs: 10 * 60_000 });
});
for (const run of scaling?.runs ?? []) {
	rows.push(
		row('build scaling', `${run.factor}x (${run.terms} terms)`, {
			site: `${ms(run.ms)}, ${run.pages} pages, ${run.msPerPage.toFixed(1)} ms/page`,
		}),
	);
}
for (const problem of scaling?.problems ?? []) rows.push(row('build scaling', problem, { result: 'error' }));
if (scaling) {
	const top = scaling.runs.at(-1);
	rows.push(
		row('build scaling', `ms/page, ${top?.factor ?? '?'}x / 1x`, {
			site: scaling.ratio === undefined ? '—' : scaling.ratio.toFixed(2),
			target: '≤ 1.5',
			result: verdict(scaling.ratio === undefined ? undefined : scaling.ratio <= 1.5),
		}),
	);
	// The ratio above includes Astro's fixed start-up cost; the cost of each added page shows the trend alone.
	const [low, high] = scaling.runs.slice(-2);
	if (low && high && low !== high) {
		rows.push(
			row('build scaling', `ms per added page, ${low.factor}x → ${high.factor}x`, {
				site: `${((high.ms - low.ms) / (high.pages - low.pages)).toFixed(1)} ms`,
			}),
		);
	}
}
results.scaling = scaling;

const durationMs = performance.now() - started;
results.durationMs = durationMs;
results.rows = rows;
results.errors = errors;
await mkdir(outRoot, { recursive: true });
await writeFile(resultsFile, `${JSON.stringify(results, null, '\t')}\n`);

console.log(`\n${formatTable(rows)}\n`);
for (const run of lighthouse ?? []) {
	for (const [category, audits] of Object.entries(run.failing ?? {}))
		console.log(`lighthouse ${run.label} ${category} lost points on: ${audits.join(', ')}`);
}
for (const [name, message] of Object.entries(errors))
	console.log(`${name}: ${message.split('\n').slice(0, 5).join('\n  ')}`);
console.log(`Ran in ${ms(durationMs)}; details in ${path.relative(projectRoot, resultsFile)}.`);
