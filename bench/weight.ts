import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { startServer } from '../scripts/static-server.ts';
import { gzipFileSize } from './gzip.ts';

export interface BenchPage {
	/** What kind of page it is, e.g. "story". */
	label: string;
	/** Its path on the site, e.g. "/story/the-decision/". */
	path: string;
	/** Something to type once the page has loaded, to catch what a feature fetches only when used. */
	type?: { selector: string; text: string };
}

/** One file the page fetched, with its gzipped size from disk. */
export interface FetchedFile {
	path: string;
	type: string;
	gzip: number;
}

/** Bytes a first visit fetches, gzipped. */
export interface PageWeight extends Omit<BenchPage, 'type'> {
	/** Every fetched file once; inline scripts are inside the HTML and counted there. */
	total: number;
	/** Script files plus the inline scripts' share of the gzipped HTML. */
	js: number;
	css: number;
	/** The inline scripts' share of the gzipped HTML: the HTML gzipped with them, minus without them. */
	inlineJs: number;
	files: FetchedFile[];
	/** Fetched only after typing into the page (see `BenchPage.type`); not part of `total`. */
	afterTyping: FetchedFile[];
	/** Short hashes of the inline scripts, to tell which scripts two pages share. */
	inlineScripts: string[];
	documentFile?: string;
	/** Requests that matched no file in the build (or went to another host): they are not counted. */
	unmatched: string[];
}

/** What a page load fetches that counts as its weight; favicons and pings are left out. */
const countedTypes = new Set(['document', 'script', 'stylesheet', 'font', 'image', 'fetch']);

const gzipLength = (text: string) => gzipSync(text, { level: 9 }).length;
const hash = (text: string) => createHash('sha1').update(text).digest('hex').slice(0, 12);

/** Executable inline scripts as written in the HTML: no `src`, and not a JSON data block. */
export function inlineScripts(html: string): string[] {
	return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
		.filter(([, attributes = '']) => {
			if (/\bsrc\s*=/i.test(attributes)) return false;
			const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
			return type === undefined || type === 'module' || type === 'text/javascript';
		})
		.map(([element]) => element);
}

/** The gzipped bytes some inline scripts add to their page: the HTML gzipped with them minus without them. */
function gzipShare(html: string, scripts: readonly string[]): number {
	let without = html;
	for (const script of scripts) without = without.replace(script, '');
	return gzipLength(html) - gzipLength(without);
}

async function fileFor(dir: string, pathname: string): Promise<string | undefined> {
	const relative = decodeURIComponent(pathname).replace(/^\/+/, '');
	const candidates =
		relative === '' || relative.endsWith('/')
			? [`${relative}index.html`]
			: [relative, `${relative}.html`, `${relative}/index.html`];
	for (const candidate of candidates) {
		const file = path.join(dir, candidate);
		if (!file.startsWith(dir)) continue;
		if ((await stat(file).catch(() => undefined))?.isFile()) return file;
	}
	return undefined;
}

async function measurePage(browser: Browser, siteUrl: string, dir: string, target: BenchPage): Promise<PageWeight> {
	// A fresh context is an empty cache: a first visit. Service workers are blocked because
	// their precache downloads run in the background after the page is shown.
	const context = await browser.newContext({ serviceWorkers: 'block' });
	try {
		const page: Page = await context.newPage();
		let fetched = new Map<string, string>();
		page.on('response', (response) => {
			const type = response.request().resourceType();
			if (countedTypes.has(type)) fetched.set(response.url(), type);
		});
		await page.goto(new URL(target.path.replace(/^\//, ''), siteUrl).href, { waitUntil: 'load' });
		// Scripts may fetch more (an index, a module) right after load; wait until the network is quiet.
		await page.waitForLoadState('networkidle');
		const firstLoad = fetched;
		fetched = new Map();
		if (target.type) {
			await page.fill(target.type.selector, target.type.text, { timeout: 5_000 });
			await page.waitForLoadState('networkidle');
		}

		const origin = new URL(siteUrl).origin;
		const unmatched: string[] = [];
		const toFiles = async (requests: Map<string, string>) => {
			const files: FetchedFile[] = [];
			for (const [url, type] of requests) {
				const parsed = new URL(url);
				const file = parsed.origin === origin ? await fileFor(dir, parsed.pathname) : undefined;
				if (!file) unmatched.push(url);
				else
					files.push({
						path: parsed.pathname,
						type,
						gzip: await gzipFileSize(file),
					});
			}
			return files;
		};
		const files = await toFiles(firstLoad);
		const afterTyping = await toFiles(fetched);

		const documentUrl = [...firstLoad].find(([, type]) => type === 'document')?.[0];
		const documentFile = documentUrl ? await fileFor(dir, new URL(documentUrl).pathname) : undefined;
		const scripts = documentFile ? inlineScripts(await readFile(documentFile, 'utf8')) : [];
		const inlineJs = documentFile ? gzipShare(await readFile(documentFile, 'utf8'), scripts) : 0;
		const sum = (filter: (file: FetchedFile) => boolean) =>
			files.filter(filter).reduce((total, file) => total + file.gzip, 0);
		return {
			label: target.label,
			path: target.path,
			total: sum(() => true),
			js: sum((file) => file.type === 'script') + inlineJs,
			css: sum((file) => file.type === 'stylesheet'),
			inlineJs,
			files,
			afterTyping,
			inlineScripts: scripts.map(hash),
			documentFile,
			unmatched,
		};
	} finally {
		await context.close();
	}
}

/** Loads each page of a built site in Chromium and weighs what it fetched, gzipped, from the files on disk. */
export async function measureWeights(
	browser: Browser,
	dir: string,
	pages: readonly BenchPage[],
): Promise<PageWeight[]> {
	const root = path.resolve(dir);
	const server = await startServer({ dir: root });
	try {
		const weights: PageWeight[] = [];
		for (const page of pages) weights.push(await measurePage(browser, server.url, root, page));
		return weights;
	} finally {
		await server.close();
	}
}

export interface ExtraScripts {
	/** Script files the page fetches (on load or when used) that the baseline does not. */
	files: FetchedFile[];
	/** Inline scripts the baseline does not carry, each gzipped on its own: an upper bound of their cost. */
	inline: number;
	/** The same scripts' share of the gzipped HTML: what they cost on the wire next to the rest of the page. */
	inlineShare: number;
	/** Files plus `inline`. */
	total: number;
}

/** JavaScript a page carries beyond another page, e.g. the glossary search over a story page. */
export async function extraScripts(page: PageWeight, baseline: PageWeight): Promise<ExtraScripts> {
	const known = new Set(baseline.files.map((file) => file.path));
	const files = [...page.files, ...page.afterTyping].filter((file) => file.type === 'script' && !known.has(file.path));
	const shared = new Set(baseline.inlineScripts);
	const html = page.documentFile ? await readFile(page.documentFile, 'utf8') : '';
	const extra = inlineScripts(html).filter((script) => !shared.has(hash(script)));
	const inline = extra.reduce((total, script) => total + gzipLength(script), 0);
	const inlineShare = gzipShare(html, extra);
	return { files, inline, inlineShare, total: files.reduce((total, file) => total + file.gzip, 0) + inline };
}
