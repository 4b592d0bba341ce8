import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Every HTML file of a built site, as site paths ("/", "/glossary/atacms/", "/404.html"). */
export function builtPages(distDir: string): string[] {
	const pages: string[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir).sort()) {
			const full = path.join(dir, name);
			if (statSync(full).isDirectory()) {
				if (name !== 'pagefind' && name !== '_astro') walk(full);
			} else if (name.endsWith('.html')) {
				const relative = path.relative(distDir, full).split(path.sep).join('/');
				pages.push(`/${relative.replace(/(^|\/)index\.html$/, '$1')}`);
			}
		}
	};
	walk(distDir);
	return pages;
}

/** The file a site path is served from. */
export function fileFor(distDir: string, sitePath: string): string {
	const clean = decodeURIComponent(sitePath.split(/[?#]/)[0]!);
	return path.join(distDir, clean.endsWith('/') ? `${clean}index.html` : clean);
}

/** The ids in an HTML file, for checking #fragments. */
export function idsIn(html: string): Set<string> {
	return new Set(
		[...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!.replace(/&quot;/g, '"').replace(/&amp;/g, '&')),
	);
}

export function readHtml(distDir: string, sitePath: string): string {
	return readFileSync(fileFor(distDir, sitePath), 'utf8');
}

/** Every href/src in an HTML file that points into the site (not another host, not data:). */
export function internalTargets(html: string): string[] {
	const targets = [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
	return targets.filter((target) => !/^(?:[a-z]+:|\/\/)/i.test(target));
}

export const exists = (file: string) => {
	try {
		return statSync(file).isFile();
	} catch {
		return false;
	}
};
