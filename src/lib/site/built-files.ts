import { readdirSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Every file under `dir`, as sorted '/'-separated paths relative to it: the same order on every machine. */
export function filesUnder(dir: string): string[] {
	const files: string[] = [];
	const walk = (current: string) => {
		for (const name of readdirSync(current).sort()) {
			const full = path.join(current, name);
			if (statSync(full).isDirectory()) walk(full);
			else files.push(path.relative(dir, full).split(path.sep).join('/'));
		}
	};
	walk(dir);
	return files;
}

/** The path a built HTML file is served at, below the base path: "story/background/index.html" → "/story/background/". */
export const pagePathOf = (file: string) => `/${file}`.replace(/(^|\/)index\.html$/, '$1');

/**
 * Runs `transform` over every HTML page of a built site, in a stable order, and writes back the
 * pages it changed. Returns how many pages there were and how many changed.
 */
export async function rewriteHtmlFiles(
	root: string,
	transform: (html: string, pagePath: string) => string | Promise<string>,
): Promise<{ pages: number; changed: number }> {
	const pages = filesUnder(root).filter((file) => file.endsWith('.html'));
	let changed = 0;
	for (const page of pages) {
		const file = path.join(root, page);
		const html = await readFile(file, 'utf8');
		const updated = await transform(html, pagePathOf(page));
		if (updated !== html) {
			await writeFile(file, updated);
			changed++;
		}
	}
	return { pages: pages.length, changed };
}
