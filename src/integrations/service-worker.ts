import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { getManifest } from 'workbox-build';
import { filesUnder } from '../lib/site/built-files.ts';
import { HtmlEditor } from '../lib/html/editor.ts';
import type { BuildStep } from './post-build.ts';

const workerSource = fileURLToPath(new URL('../scripts/service-worker.ts', import.meta.url));
/** Where the worker's source expects the precache list. */
const manifestSlot = 'self.__WB_MANIFEST';

/**
 * What the background download holds: what a reader uses offline. Everything else a page links
 * (preview images, citation files, exports, `llms` files, the zip, Pagefind's index) is fetched
 * when used, and only then.
 */
const precached = [
	// Every page (but the 404 page, which no link leads to).
	'**/*.html',
	// Styles, scripts and whatever they use (fonts, images): Astro's hashed files, but for the scripts `scriptsLeftOut` names.
	'_astro/**/*',
	// Map images (pages show them with <img>) and the icon.
	'maps/*.svg',
	'favicon.svg',
	// The glossary search's index, which /glossary/ fetches.
	'glossary-index.json',
];
const leftOut = ['404.html', 'pagefind/**', 'sw.js'];

/** Imports in Vite's minified output: `from"./x.js"`, `import"./x.js"` and `import(`./x.js`)`. */
const imports = /(?:\bfrom\s*|\bimport\s*\(?\s*)(["'`])([^"'`$]+\.js)\1/g;
/** Pagefind's UI, which fetches Pagefind's own script from the index folder: no use without the index. */
const loadsPagefind = /pagefind\.js[`'"]/;

/** Files a page loads as it opens (stylesheets, scripts, images, icons), as paths below the base. */
function subresourcesOf(html: string, pagePath: string, base: string): string[] {
	const editor = new HtmlEditor(html);
	const found: string[] = [];
	for (const element of editor.elements()) {
		const rel = editor.attribute(element, 'rel')?.toLowerCase().split(/\s+/) ?? [];
		const target =
			element.tagName === 'link' &&
			rel.some((name) => ['stylesheet', 'icon', 'modulepreload', 'preload'].includes(name))
				? editor.attribute(element, 'href')
				: ['script', 'img', 'source'].includes(element.tagName)
					? editor.attribute(element, 'src')
					: undefined;
		if (!target || /^(?:[a-z]+:|\/\/)/i.test(target)) continue;
		const pathname = new URL(target, `http://site${base}${pagePath.replace(/^\//, '')}`).pathname;
		if (pathname.startsWith(base)) found.push(decodeURIComponent(pathname.slice(base.length)));
	}
	return found;
}

/**
 * The `_astro/` scripts no reader needs offline: those no page loads, directly or through
 * imports (static or on demand), and Pagefind's UI, which full-text search imports when it opens
 * and which cannot search without Pagefind's index (not precached). `pageLoads` is what each page
 * loads itself (`subresourcesOf`), by page.
 */
function scriptsLeftOut(
	root: string,
	files: readonly string[],
	base: string,
	pageLoads: ReadonlyMap<string, string[]>,
): string[] {
	const loaded = new Set<string>();
	const queue = [...pageLoads.values()].flat().filter((file) => file.endsWith('.js'));
	for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
		if (loaded.has(file)) continue;
		const code = readFileSync(path.join(root, file), 'utf8');
		if (loadsPagefind.test(code)) continue;
		loaded.add(file);
		for (const [, , specifier] of code.matchAll(imports)) {
			queue.push(
				specifier!.startsWith('/')
					? specifier!.slice(base.length)
					: path.posix.join(path.posix.dirname(file), specifier!),
			);
		}
	}
	return files.filter((file) => file.startsWith('_astro/') && file.endsWith('.js') && !loaded.has(file));
}

/** The precache list of a built site: each file below the base path with its revision (null for hashed names). */
async function precacheManifest(root: string, base: string) {
	const files = filesUnder(root);
	// What each page loads, read once: for the scripts left out and for the check below.
	const pageLoads = new Map(
		files
			.filter((file) => file.endsWith('.html'))
			.map((page) => [page, subresourcesOf(readFileSync(path.join(root, page), 'utf8'), `/${page}`, base)]),
	);
	const scripts = scriptsLeftOut(root, files, base, pageLoads);
	const { manifestEntries, warnings } = await getManifest({
		globDirectory: root,
		globPatterns: precached,
		globIgnores: [...leftOut, ...scripts],
		// Astro's hashed assets never change under one name: no revision needed.
		dontCacheBustURLsMatching: /^_astro\//,
		maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
	});
	const entries = manifestEntries!.map(({ url, revision }) => ({ url, revision }));
	const listed = new Set(entries.map((entry) => entry.url));
	// Whatever a page loads must be there offline: a file the patterns above miss fails the build.
	for (const [page, loads] of pageLoads) {
		if (!listed.has(page)) continue;
		for (const file of loads) {
			if (!listed.has(file))
				throw new Error(
					`service worker: ${page} loads ${file}, which the precache leaves out (add it to \`precached\`)`,
				);
		}
	}
	return { entries, scriptsLeftOut: scripts, warnings };
}

/**
 * The precached files named in a built sw.js, as paths below the base. (It also reads the list of
 * the Workbox-generated worker this one replaced, whose keys had no quotes, for before-and-after figures.)
 */
export function precachedFiles(sw: string): string[] {
	return [...sw.matchAll(/\{"?url"?:"([^"]+)","?revision"?:(?:"[^"]*"|null)\}/g)].map((match) => match[1]!);
}

/**
 * Writes `sw.js` after the build: the worker in src/scripts/service-worker.ts, bundled with the
 * Workbox modules it uses, and the precache list Workbox makes of the built files (each with a
 * content hash, so a new build downloads only what changed). Pages decide when the list is
 * downloaded (src/scripts/service-worker-client.ts).
 */
export const serviceWorker: BuildStep = {
	name: 'service-worker',
	// It reads the pages as they will be published: their CSP final.
	after: ['csp-inline-hashes', 'critical-css'],
	async run({ dir: root, base, logger }) {
		const { entries, scriptsLeftOut, warnings } = await precacheManifest(root, base);
		for (const warning of warnings) logger.warn(warning);
		const bundled = await build({
			entryPoints: [workerSource],
			bundle: true,
			format: 'iife',
			minify: true,
			target: 'es2022',
			write: false,
			legalComments: 'none',
			define: { 'process.env.NODE_ENV': '"production"' },
			logLevel: 'silent',
		});
		const code = bundled.outputFiles[0]!.text;
		const slots = code.split(manifestSlot).length - 1;
		if (slots !== 1)
			throw new Error(`service worker: expected ${manifestSlot} once in the bundled worker, found it ${slots} times`);
		writeFileSync(
			path.join(root, 'sw.js'),
			code.replace(manifestSlot, () => JSON.stringify(entries)),
		);

		const bytes = entries.map((entry) => readFileSync(path.join(root, entry.url)));
		const raw = bytes.reduce((total, file) => total + file.length, 0);
		const gzip = bytes.reduce((total, file) => total + Math.min(file.length, gzipSync(file).length), 0);
		logger.info(
			`sw.js lists ${entries.length} files to precache: ${Math.round(raw / 1024)} KiB, ${Math.round(gzip / 1024)} KiB gzipped` +
				(scriptsLeftOut.length > 0 ? `; scripts left to the network: ${scriptsLeftOut.join(', ')}` : ''),
		);
	},
};
