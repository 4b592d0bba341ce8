import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, unitePolicies } from '../lib/share/headers.ts';
import { filesUnder } from '../lib/site/files.ts';
import { HtmlEditor } from '../lib/site/html.ts';

/** The Content-Security-Policy `<meta>` of one built page; throws, naming the page, when it has none. */
export function metaPolicy(html: string, page: string): string {
	const editor = new HtmlEditor(html);
	const meta = editor
		.elements()
		.find(
			(element) =>
				element.tagName === 'meta' &&
				editor.attribute(element, 'http-equiv')?.toLowerCase() === 'content-security-policy',
		);
	const content = meta && editor.attribute(meta, 'content');
	if (!content) throw new Error(`${page}: no Content-Security-Policy <meta> to copy into _headers`);
	return content;
}

/**
 * Writes `_headers` for Netlify and Cloudflare Pages after the pages' CSP is final (list it after
 * cspInlineHashes()): the pages' own policy plus frame-ancestors, security headers, cache rules.
 */
export function hostHeaders(options: { base: string }): AstroIntegration {
	return {
		name: 'host-headers',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const pages = filesUnder(root)
					.filter((file) => file.endsWith('.html') && !/^(pagefind|_astro)\//.test(file))
					.sort();
				const pagesPolicy = unitePolicies(
					pages.map((file) => metaPolicy(readFileSync(path.join(root, file), 'utf8'), file)),
				);
				writeFileSync(path.join(root, '_headers'), headersFile({ base: options.base, pagesPolicy }));
				logger.info(`_headers written: one policy for ${pages.length} pages, security and cache headers`);
			},
		},
	};
}
