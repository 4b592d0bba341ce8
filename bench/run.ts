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
import { buildStock, siteDir, stockDir, timeSiteBuild } from './sites.ts';
import { buildSite } from '../scripts/site-build.ts';
import { builtPages, pageKind } from '../tests/support/dist.ts';
import { firstRoundTrip, openingBytes, type OpeningBytes } from './first-bytes.ts';
import { compression, measureBackgroundDownload, precacheCost, zipCost } from './offline.ts';
import { generateTerms, readVocabulary, toIndexEntry } from './synthetic-terms.ts';
import { extraScripts, measureWeights, type BenchPage, type PageWeight } from './weight.ts';

const KiB = 1024;
const MiB = 1024 * KiB;
const offlineDir = path.join(outRoot, 'offline');
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
const siteBuild = await phase('build site', timeSiteBuild);
// The copy to open from disk and its zip, as `npm run build` makes them (bench/out/offline.zip).
const offlineZip = `${offlineDir}.zip`;
await phase('build offline copy', async () => {
	const result = await buildSite({ offlineOnly: true, offlineDir, quiet: true });
	if (!result.ok) throw new Error(`the offline copy did not build:\n${result.output.trim().slice(-3000)}`);
});
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

// What a reader sees first, every page: its heading and first paragraph should arrive in the first
// round trip (14 KiB of the compressed stream), whatever the rest of the page weighs. Worst page of each kind.
const openings = await phase('first round trip', async () => {
	const measure = (dir: string, pages: readonly string[]) =>
		pages.map((page) => openingBytes(dir, page)).filter((result): result is OpeningBytes => result !== undefined);
	return {
		site: measure(
			siteDir,
			builtPages(siteDir).filter((page) => page !== '/404.html'),
		),
		stock: measure(
			stockDir,
			targets.map((target) => target.stock),
		),
	};
});
if (openings) {
	const kinds = [...new Set(openings.site.map((opening) => pageKind(opening.page)))];
	for (const kind of kinds) {
		const pages = openings.site.filter((opening) => pageKind(opening.page) === kind);
		const worst = pages.reduce((a, b) => (b.opening > a.opening ? b : a));
		const stock = openings.stock.find((opening) => pageKind(opening.page) === kind);
		const label = targets.find((target) => pageKind(target.site) === kind)?.label;
		rows.push(
			row(
				'first round trip',
				`${label ? `${label} ` : ''}${kind}${pages.length > 1 ? ` (${pages.length} pages, largest ${worst.page})` : ''}: heading + first paragraph, gzip -${compression.gzipLevel}`,
				{
					site: `${kib(worst.opening)} of ${kib(worst.total)}`,
					stock: stock ? `${kib(stock.opening)} of ${kib(stock.total)}` : '',
					target: `≤ ${firstRoundTrip / KiB} KiB`,
					result: verdict(worst.opening <= firstRoundTrip),
				},
			),
		);
	}
}
results.openings = openings;

// Offline reading: what a first visit downloads in the background (the service worker's precache)
// and the copy to download, beside the page weights.
const precache = await phase('offline: precache', async () => precacheCost(siteDir));
const background = await phase('offline: background download in Chromium', async () => {
	const browser = await launchBrowser();
	try {
		return await measureBackgroundDownload(browser, siteDir);
	} finally {
		await browser.close();
	}
});
const mib = (bytes: number | undefined) => (bytes === undefined ? '—' : `${(bytes / MiB).toFixed(2)} MiB`);
rows.push(
	row('offline', `background download after a first visit: gzip -${compression.gzipLevel} (files, sw.js included)`, {
		site: precache ? `${mib(precache.gzip)} (${precache.files} files)` : '—',
		target: '≤ 1.5 MiB (stretch 1 MiB)',
		result: verdict(precache && precache.gzip <= 1.5 * MiB),
	}),
	row('offline', `background download after a first visit: brotli -q ${compression.brotliQuality}`, {
		site: mib(precache?.brotli),
		target: '≤ 1.5 MiB (stretch 1 MiB)',
		result: verdict(precache && precache.brotli <= 1.5 * MiB),
	}),
	row('offline', 'background download in Chromium (gzip host): bytes on the wire, requests, before load', {
		site: background
			? `${mib(background.bytes)}, ${background.requests} requests, ${background.beforeLoad} before the load event`
			: '—',
		target: 'none before load',
		result: verdict(background && background.beforeLoad === 0 && background.precached === background.listed),
	}),
	row('offline', `background download at ${slowNetwork.kbitPerSecond} kbit/s (gzip)`, {
		site: precache ? `about ${Math.round((precache.gzip * 8) / (slowNetwork.kbitPerSecond * 1000))} s` : '—',
	}),
);
const zipped = await phase('offline: zip', async () => zipCost(offlineZip));
rows.push(
	row('offline', `the copy to download (${path.relative(projectRoot, offlineZip)})`, {
		site: zipped ? `${(zipped.bytes / 1e6).toFixed(2)} MB, ${zipped.files} files` : '—',
		target: '≤ 1.5 MB',
		result: verdict(zipped && zipped.bytes <= 1.5e6),
	}),
);
results.offline = { precache, background, zip: zipped };

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

// 5. Lighthouse, default mobile config: each page type on both sites, three runs interleaved
// (site then stock, then stock then site…), so a busy machine weighs on both alike. Performance
// varies from run to run: the median of the three counts.
const lighthouseRuns = 3;
const lighthouse = await phase('lighthouse', async () => {
	const site = await startServer({ dir: siteDir });
	const stock = await startServer({ dir: stockDir });
	try {
		const url = (server: { url: string }, pathname: string) => new URL(pathname.replace(/^\//, ''), server.url).href;
		const runs = Array.from({ length: lighthouseRuns }, (_, run) =>
			targets.flatMap((target) => {
				const both = [
					{ label: `site ${target.site}`, url: url(site, target.site) },
					{ label: `stock ${target.stock}`, url: url(stock, target.stock) },
				];
				return run % 2 === 0 ? both : both.reverse();
			}),
		).flat();
		return await runLighthouse(runs);
	} finally {
		await Promise.all([site.close(), stock.close()]);
	}
});
const lighthouseOf = (label: string) => lighthouse?.filter((run) => run.label === label) ?? [];
const performanceCell = (runs: LighthouseRun[]) => {
	const scores = runs.map((run) => run.scores?.performance).filter((score): score is number => score !== undefined);
	if (scores.length === 0) return { text: runs[0]?.error ? `error: ${runs[0].error.slice(0, 50)}` : '—' };
	const middle = median(scores);
	return { median: middle, text: `${middle} (${scores.join(', ')})` };
};
/** The lowest of each other category over the runs: they should not vary, and 100 is the goal. */
const otherScores = (runs: LighthouseRun[]) =>
	lighthouseCategories
		.filter((id) => id !== 'performance')
		.map((id) => {
			const scores = runs.map((run) => run.scores?.[id]).filter((score): score is number => score !== undefined);
			return scores.length === runs.length && scores.length > 0 ? Math.min(...scores) : undefined;
		});
for (const target of targets) {
	const site = lighthouseOf(`site ${target.site}`);
	const stock = lighthouseOf(`stock ${target.stock}`);
	const sitePerformance = performanceCell(site);
	const stockPerformance = performanceCell(stock);
	rows.push(
		row('lighthouse (mobile)', `${target.label} ${target.site}: performance, median of ${lighthouseRuns} (runs)`, {
			site: sitePerformance.text,
			stock: stockPerformance.text,
			target: '≥ stock',
			result: verdict(
				sitePerformance.median === undefined || stockPerformance.median === undefined
					? undefined
					: sitePerformance.median >= stockPerformance.median,
			),
		}),
	);
	const others = otherScores(site);
	const stockOthers = otherScores(stock);
	rows.push(
		row('lighthouse (mobile)', `${target.label} ${target.site}: a11y / bp / seo, lowest of the runs`, {
			site: others.map((score) => score ?? '?').join(' / '),
			stock: stockOthers.map((score) => score ?? '?').join(' / '),
			target: '100 in all three',
			result: verdict(others.includes(undefined) ? undefined : others.every((score) => score === 100)),
		}),
	);
	for (const run of site.filter((each) => each.error)) errors[`lighthouse ${run.label}`] = run.error!;
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
const lostPoints = new Map<string, Set<string>>();
for (const run of lighthouse ?? []) {
	for (const [category, audits] of Object.entries(run.failing ?? {})) {
		const key = `lighthouse ${run.label} ${category}`;
		lostPoints.set(key, new Set([...(lostPoints.get(key) ?? []), ...audits]));
	}
}
for (const [key, audits] of lostPoints) console.log(`${key} lost points (in any run) on: ${[...audits].join(', ')}`);
for (const [name, message] of Object.entries(errors))
	console.log(`${name}: ${message.split('\n').slice(0, 5).join('\n  ')}`);
console.log(`Ran in ${ms(durationMs)}; details in ${path.relative(projectRoot, resultsFile)}.`);
