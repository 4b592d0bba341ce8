// What offline reading costs: the files the service worker downloads in the background after a
// first visit, compressed as a host serves them (gzip and brotli), measured in Chromium too; and
// the size of the copy to download (the zip).
// `npx node bench/offline.ts [dist] [zip]` prints the figures of a build (default dist/ and build/offline.zip).
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { precachedFiles } from '../src/integrations/service-worker.ts';
import { hostGzipLevel, startGzipServer } from './gzip-server.ts';

/** Compression as hosts apply it: gzip at zlib's default level (on the fly), brotli at its highest (precompressed). */
export const compression = { gzipLevel: hostGzipLevel, brotliQuality: 11 };

export interface FileCost {
	file: string;
	raw: number;
	gzip: number;
	brotli: number;
}

export interface PrecacheCost {
	files: number;
	/** sw.js included: the browser fetches it to register the worker. */
	raw: number;
	gzip: number;
	brotli: number;
	/** Per top-level folder (or file), largest gzip first. */
	byFolder: { folder: string; files: number; gzip: number; brotli: number }[];
}

/** One file's bytes on the wire: what compresses is compressed, images and the like are sent as they are. */
export function fileCost(dir: string, file: string): FileCost {
	const content = readFileSync(path.join(dir, file));
	const compressible = !/\.(png|jpe?g|gif|webp|avif|woff2?|zip|wasm)$/i.test(file);
	const gzip = compressible ? gzipSync(content, { level: compression.gzipLevel }).length : content.length;
	const brotli = compressible
		? brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: compression.brotliQuality } }).length
		: content.length;
	return { file, raw: content.length, gzip: Math.min(gzip, content.length), brotli: Math.min(brotli, content.length) };
}

/** The background download of a built site, from its sw.js and the files it lists. */
export function precacheCost(dir: string): PrecacheCost {
	const files = precachedFiles(readFileSync(path.join(dir, 'sw.js'), 'utf8'));
	if (files.length === 0) throw new Error(`${dir}/sw.js lists no file to precache`);
	const costs = [...files, 'sw.js'].map((file) => fileCost(dir, file));
	const sum = (list: FileCost[], key: 'raw' | 'gzip' | 'brotli') => list.reduce((total, cost) => total + cost[key], 0);
	const folders = new Map<string, FileCost[]>();
	for (const cost of costs) {
		const folder = cost.file.includes('/') ? `${cost.file.split('/')[0]}/` : cost.file;
		folders.set(folder, [...(folders.get(folder) ?? []), cost]);
	}
	return {
		files: files.length,
		raw: sum(costs, 'raw'),
		gzip: sum(costs, 'gzip'),
		brotli: sum(costs, 'brotli'),
		byFolder: [...folders]
			.map(([folder, list]) => ({ folder, files: list.length, gzip: sum(list, 'gzip'), brotli: sum(list, 'brotli') }))
			.sort((a, b) => b.gzip - a.gzip),
	};
}

export interface ZipCost {
	bytes: number;
	files: number;
	/** Entries per top-level folder (or file). */
	byFolder: Record<string, number>;
}

export function zipCost(zipFile: string): ZipCost {
	const names = Object.keys(unzipSync(readFileSync(zipFile))).filter((name) => !name.endsWith('/'));
	const byFolder: Record<string, number> = {};
	for (const name of names) {
		const folder = name.includes('/') ? `${name.split('/')[0]}/` : name;
		byFolder[folder] = (byFolder[folder] ?? 0) + 1;
	}
	return { bytes: statSync(zipFile).size, files: names.length, byFolder };
}

export interface BackgroundDownload {
	/** Requests the service worker made (sw.js included), and their bytes on the wire (headers and gzipped bodies). */
	requests: number;
	bytes: number;
	/** Of those, requests made before the page's load event: should be none. */
	beforeLoad: number;
	/** Files in the precache once the download ended, of the number sw.js lists. */
	precached: number;
	listed: number;
	ms: number;
}

async function precachedCount(page: Page): Promise<number> {
	return page.evaluate(async () => {
		// This worker's precache ends in " precache"; the Workbox-generated one it replaced had "precache" inside.
		const name = (await caches.keys()).find((each) => each.includes('precache'));
		return name ? (await (await caches.open(name)).keys()).length : 0;
	});
}

/**
 * A first visit to `pathname` in Chromium, the built site served with gzip (bench/gzip-server.ts):
 * what the service worker then downloads, counted from the responses' sizes on the wire.
 */
export async function measureBackgroundDownload(
	browser: Browser,
	dir: string,
	pathname = '/',
	timeoutMs = 120_000,
): Promise<BackgroundDownload> {
	const listed = precachedFiles(readFileSync(path.join(dir, 'sw.js'), 'utf8')).length;
	const server = await startGzipServer(dir);
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		let loaded = false;
		page.once('load', () => (loaded = true));
		const sizes: Promise<number>[] = [];
		let beforeLoad = 0;
		context.on('requestfinished', (request) => {
			if (!request.serviceWorker() && !request.url().endsWith('/sw.js')) return;
			if (!loaded) beforeLoad++;
			sizes.push(request.sizes().then((size) => size.responseHeadersSize + size.responseBodySize));
		});
		const started = performance.now();
		await page.goto(new URL(pathname.replace(/^\//, ''), server.url).href, { waitUntil: 'load' });
		let precached = 0;
		while ((precached = await precachedCount(page)) < listed) {
			if (performance.now() - started > timeoutMs)
				throw new Error(`the precache held ${precached} of ${listed} files after ${timeoutMs / 1000} s`);
			await page.waitForTimeout(250);
		}
		const ms = performance.now() - started;
		// Let the last responses' sizes come in.
		await page.waitForLoadState('networkidle');
		const bytes = (await Promise.all(sizes)).reduce((total, size) => total + size, 0);
		return { requests: sizes.length, bytes, beforeLoad, precached, listed, ms };
	} finally {
		await context.close();
		await server.close();
	}
}

if (import.meta.main) {
	const dir = path.resolve(process.argv[2] ?? 'dist');
	const zip = path.resolve(process.argv[3] ?? 'build/offline.zip');
	const MiB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
	const cost = precacheCost(dir);
	console.log(
		`precache of ${path.relative(process.cwd(), dir) || '.'}: ${cost.files} files + sw.js, ${MiB(cost.raw)} raw, ` +
			`${MiB(cost.gzip)} gzip -${compression.gzipLevel}, ${MiB(cost.brotli)} brotli -q ${compression.brotliQuality}`,
	);
	for (const folder of cost.byFolder)
		console.log(
			`  ${folder.folder.padEnd(22)} ${String(folder.files).padStart(4)} files  ${(folder.gzip / 1024).toFixed(1).padStart(7)} KiB gzip  ${(folder.brotli / 1024).toFixed(1).padStart(7)} KiB brotli`,
		);
	const zipped = zipCost(zip);
	console.log(
		`zip ${path.relative(process.cwd(), zip)}: ${zipped.bytes.toLocaleString('en')} bytes (${(zipped.bytes / 1e6).toFixed(2)} MB), ${zipped.files} files`,
	);
}
