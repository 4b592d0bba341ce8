import { createHash } from 'node:crypto';
import type { AstroUserConfig } from 'astro';
import { HtmlEditor } from './editor.ts';

/**
 * The site's Content Security Policy, in the shape of Astro's `security.csp` option. The one
 * source for it: src/plugin.ts passes it to Astro (which writes each page's `<meta>`), and a
 * host's header file can be generated from it.
 *
 * Scripts and style elements are hashed: no 'unsafe-inline' for either. Style *attributes*
 * (Starlight sets a few CSS custom properties inline) are allowed through style-src-attr only;
 * they cannot run code. Pagefind's search runs WebAssembly, hence 'wasm-unsafe-eval'.
 */
export const contentSecurityPolicy: Exclude<NonNullable<AstroUserConfig['security']>['csp'], boolean | undefined> = {
	directives: [
		"default-src 'self'",
		"img-src 'self' data:",
		"font-src 'self'",
		"connect-src 'self'",
		"worker-src 'self'",
		"manifest-src 'self'",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
	],
	scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
	styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
};

const hash = (content: string) => `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;

/** Script types a browser executes; JSON and JSON-LD data blocks are not scripts to CSP. */
const executableTypes = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/**
 * Adds the hash of every inline `<script>` and `<style>` element of a built page to its
 * Content-Security-Policy `<meta>`. Astro hashes the scripts it bundles, but not components'
 * `is:inline` scripts (Starlight's theme and sidebar scripts are such), nor anything a later
 * build step inlines. A built static page holds no reader input, so every inline element in it
 * is ours to allow. Idempotent. Throws, naming the page, when the page has no policy to extend.
 */
export function addInlineHashes(html: string, page: string): string {
	const editor = new HtmlEditor(html);
	const elements = editor.elements();
	const meta = elements.find(
		(element) =>
			element.tagName === 'meta' &&
			editor.attribute(element, 'http-equiv')?.toLowerCase() === 'content-security-policy',
	);
	if (!meta) {
		throw new Error(
			`${page}: no <meta http-equiv="content-security-policy"> to add inline hashes to; is security.csp still on in src/plugin.ts?`,
		);
	}
	const scripts = elements
		.filter(
			(element) =>
				element.tagName === 'script' &&
				editor.attribute(element, 'src') === undefined &&
				executableTypes.has((editor.attribute(element, 'type') ?? '').trim().toLowerCase()),
		)
		.map((element) => editor.rawText(element))
		.filter((code) => code !== '')
		.map(hash);
	const styles = elements
		.filter((element) => element.tagName === 'style')
		.map((element) => hash(editor.rawText(element)));

	const directives = (editor.attribute(meta, 'content') ?? '')
		.split(';')
		.map((directive) => directive.trim())
		.filter((directive) => directive !== '');
	// The page's policy lists the hashes of its own inline scripts and styles, and no others: Astro
	// writes every page's hashes into every page (about 600 bytes of gzip that compress to nothing).
	// The _headers policy is the union of the pages' (src/integrations/host-headers.ts).
	let changed = false;
	const extend = (name: string, hashes: string[]) => {
		const index = directives.findIndex((directive) => directive.split(/\s+/)[0] === name);
		if (index === -1 && hashes.length === 0) return;
		const [, ...sources] = index === -1 ? [name, "'self'"] : directives[index]!.split(/\s+/);
		const kept = [...new Set([...sources.filter((source) => !source.startsWith("'sha256-")), ...hashes])];
		if (index !== -1 && kept.join(' ') === sources.join(' ')) return;
		changed = true;
		const merged = [name, ...kept].join(' ');
		if (index === -1) directives.push(merged);
		else directives[index] = merged;
	};
	extend('script-src', scripts);
	extend('style-src', styles);
	if (!changed) return html;
	const content = directives.join('; ');
	editor.setAttribute(meta, 'content', content);
	return editor.toString();
}
