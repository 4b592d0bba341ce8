import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { headersFile, unitePolicies } from '../lib/hosting/headers.ts';
import { filesUnder } from '../lib/site/built-files.ts';
import { HtmlEditor } from '../lib/html/editor.ts';
import type { BuildStep } from './post-build.ts';

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
 * Writes `_headers` for Netlify and Cloudflare Pages once the pages' CSP is final (after the CSP
 * hashes): the pages' own policy plus frame-ancestors, security headers, cache rules.
 */
export const hostHeaders: BuildStep = {
	name: 'host-headers',
	// It reads the pages as they will be published: their CSP final.
	after: ['csp-inline-hashes', 'critical-css'],
	run({ dir, base, logger }) {
		const pages = filesUnder(dir)
			.filter((file) => file.endsWith('.html') && !/^(pagefind|_astro)\//.test(file))
			.sort();
		const pagesPolicy = unitePolicies(
			pages.map((file) => metaPolicy(readFileSync(path.join(dir, file), 'utf8'), file)),
		);
		writeFileSync(path.join(dir, '_headers'), headersFile({ base, pagesPolicy }));
		logger.info(`_headers written: one policy for ${pages.length} pages, security and cache headers`);
	},
};
