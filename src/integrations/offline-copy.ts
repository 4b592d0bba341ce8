import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';
import { rewriteHtmlFiles } from '../lib/site/built-files.ts';
import { HtmlEditor } from '../lib/html/editor.ts';
import { relativizeHtml } from '../lib/html/relative-urls.ts';
import type { BuildStep } from './post-build.ts';

/** Lets esbuild follow the root-absolute imports Vite writes ("/_astro/page.js") inside the build folder. */
const siteRoot = (root: string): Plugin => ({
	name: 'site-root',
	setup(pluginBuild) {
		pluginBuild.onResolve({ filter: /^\// }, (args) =>
			existsSync(args.path) ? undefined : { path: path.join(root, args.path) },
		);
	},
});

/**
 * Turns a normal build into a copy that works opened straight from disk (file://): browsers
 * refuse module scripts and root-absolute links there. The CSP hashes come after it, since it
 * rewrites inline scripts. Each module script becomes one classic
 * deferred script (bundled with esbuild, so it has no imports), and every link becomes relative
 * and points at index.html files.
 */
export const offlineCopy: BuildStep = {
	name: 'offline-copy',
	async run({ dir: root, logger }) {
		const bundles = new Map<string, string>();
		await mkdir(path.join(root, '_offline'), { recursive: true });

		const inlineDir = await mkdtemp(path.join(tmpdir(), 'offline-inline-'));
		// All module scripts of a page become one classic script, so modules they share (such
		// as a custom element definition) still run once, in the same order as before.
		const bundle = async (entries: { src?: string; code?: string }[]) => {
			const imports: string[] = [];
			for (const entry of entries) {
				if (entry.src) {
					imports.push(`import ${JSON.stringify(path.join(root, entry.src))};`);
				} else {
					const file = path.join(
						inlineDir,
						`${createHash('sha256').update(entry.code!).digest('hex').slice(0, 16)}.js`,
					);
					await writeFile(file, entry.code!);
					imports.push(`import ${JSON.stringify(file)};`);
				}
			}
			const key = imports.join('\n');
			const known = bundles.get(key);
			if (known) return known;
			const result = await build({
				absWorkingDir: root,
				stdin: { contents: key, resolveDir: root, loader: 'js' },
				bundle: true,
				format: 'iife',
				minify: true,
				write: false,
				target: 'es2022',
				plugins: [siteRoot(root)],
				logLevel: 'silent',
			}).catch((error: { errors?: { text: string }[] }) => {
				throw new Error(
					`offline copy: could not bundle scripts: ${error.errors?.map((e) => e.text).join('; ') ?? String(error)}`,
				);
			});
			const code = result.outputFiles[0]!.text;
			const name = `/_offline/${createHash('sha256').update(code).digest('hex').slice(0, 12)}.js`;
			await writeFile(path.join(root, name), code);
			bundles.set(key, name);
			return name;
		};

		let unlinked = 0;
		const { pages } = await rewriteHtmlFiles(root, async (html, pagePath) => {
			const editor = new HtmlEditor(html);
			const modules = editor
				.elements()
				.filter(
					(element) =>
						element.tagName === 'script' && editor.attribute(element, 'type')?.trim().toLowerCase() === 'module',
				);
			// The zip this copy came from is not part of it: its links would lead nowhere from disk.
			for (const link of editor.elements()) {
				const href = link.tagName === 'a' ? editor.attribute(link, 'href') : undefined;
				if (href?.startsWith('/') && /\.zip(?:[?#]|$)/.test(href)) {
					editor.replaceElement(link, `<span>${editor.rawText(link)}</span>`);
					unlinked++;
				}
			}
			if (modules.length > 0) {
				const script = await bundle(
					modules.map((element) => {
						const src = editor.attribute(element, 'src');
						return src ? { src } : { code: editor.rawText(element) };
					}),
				);
				modules.forEach((element, index) =>
					editor.replaceElement(element, index === 0 ? `<script defer src="${script}"></script>` : ''),
				);
			}
			return relativizeHtml(editor.toString(), pagePath);
		});
		await rm(inlineDir, { recursive: true, force: true });
		logger.info(
			`offline copy: ${pages} pages made relative, their module scripts bundled into ${bundles.size} classic scripts, ${unlinked} links to the zip unlinked`,
		);
	},
};
