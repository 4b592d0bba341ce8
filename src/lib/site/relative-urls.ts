import path from 'node:path/posix';

/**
 * Rewrites a root-absolute URL ("/glossary/atacms/#related") as a path relative to the page at
 * `pagePath` ("/story/background/"), pointing at the file itself ("../../glossary/atacms/index.html#related"),
 * because a site opened from disk has no server to find index.html or resolve "/".
 */
export function toRelative(url: string, pagePath: string): string {
	if (!url.startsWith('/') || url.startsWith('//')) return url;
	const match = /^([^?#]*)(.*)$/.exec(url)!;
	let target = match[1]!;
	if (target.endsWith('/')) target += 'index.html';
	const fromDir = pagePath.endsWith('/') ? pagePath : path.dirname(pagePath);
	let relative = path.relative(fromDir, target);
	if (!relative.startsWith('.')) relative = `./${relative}`;
	return relative + match[2]!;
}

/** Rewrites every root-absolute href, src, srcset (and the glossary search's link pattern) in a page's HTML with `toRelative`. */
export function relativizeHtml(html: string, pagePath: string): string {
	return html
		.replace(
			/(\s(?:href|src|action|poster|data-term-href)=")(\/(?!\/)[^"]*)"/g,
			(_all, attribute: string, url: string) => `${attribute}${toRelative(url, pagePath)}"`,
		)
		.replace(/(\ssrcset=")([^"]*)"/g, (_all, attribute: string, list: string) => {
			const rewritten = list
				.split(',')
				.map((candidate) => candidate.trim().replace(/^(\S+)/, (url) => toRelative(url, pagePath)))
				.join(', ');
			return `${attribute}${rewritten}"`;
		});
}
