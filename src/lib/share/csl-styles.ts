/**
 * The three citation styles, as the Citation Style Language project publishes them, loaded at
 * build time (no network):
 * - APA 7th edition: bundled with @citation-js/plugin-csl as "apa".
 * - Chicago 17th edition, notes and bibliography: @citation/csl-style-chicago-note-bibliography.
 * - MLA 9th edition: the official style file, kept in styles/ (no npm package ships it).
 */
import { createRequire } from 'node:module';
// Bundled with the code that formats citations, wherever the build puts it.
import mla from './styles/modern-language-association.csl?raw';

const require = createRequire(import.meta.url);

export const cslStyleIds = {
	apa: 'apa',
	mla: 'modern-language-association',
	chicago: 'chicago-note-bibliography',
} as const;

/** The MLA style kept in the repository (styles/README.md says where it comes from). */
export const mlaStyle = (): string => mla;

/** The Chicago style from its npm package; numeric entities spelt out, which citeproc-js's parser needs. */
export function chicagoStyle(): string {
	const info = require('@citation/csl-style-chicago-note-bibliography/info.json') as { content: string };
	return info.content.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));
}
