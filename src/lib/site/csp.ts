import { createHash } from 'node:crypto';

const hash = (content: string) => `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;

/** Script types a browser executes; JSON and JSON-LD data blocks are not scripts to CSP. */
const isExecutable = (attributes: string) => {
	const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
	return type === undefined || type === 'module' || type === 'text/javascript' || type === 'application/javascript';
};

/**
 * Adds the hash of every inline `<script>` and `<style>` element of a built page to its
 * Content-Security-Policy meta tag. Astro hashes the scripts it bundles, but not components'
 * `is:inline` scripts (Starlight's theme and sidebar scripts are such). A built static page
 * holds no reader input, so every inline element in it is ours to allow. Idempotent.
 */
export function addInlineHashes(html: string): string {
	const meta = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i.exec(html);
	if (!meta) return html;
	const scripts = [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi)]
		.filter((m) => !/\ssrc\s*=/i.test(m[1] ?? '') && isExecutable(m[1] ?? '') && m[2] !== '')
		.map((m) => hash(m[2]!));
	const styles = [...html.matchAll(/<style(\s[^>]*)?>([\s\S]*?)<\/style>/gi)].map((m) => hash(m[2]!));
	let policy = meta[2]!;
	const extend = (directive: string, hashes: string[]) => {
		if (hashes.length === 0) return;
		const pattern = new RegExp(`(^|;)(\\s*${directive}\\s)([^;]*)`);
		const found = pattern.exec(policy);
		if (!found) {
			policy = `${policy.replace(/;?\s*$/, ';')} ${directive} 'self' ${[...new Set(hashes)].join(' ')};`;
			return;
		}
		const existing = new Set(found[3]!.trim().split(/\s+/));
		const added = [...new Set(hashes)].filter((h) => !existing.has(h));
		if (added.length > 0) policy = policy.replace(pattern, `$1$2${found[3]!.trimEnd()} ${added.join(' ')}`);
	};
	extend('script-src', scripts);
	extend('style-src', styles);
	return html.slice(0, meta.index) + meta[1] + policy + meta[3] + html.slice(meta.index + meta[0].length);
}
