import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import yaml from 'js-yaml';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../../src/lib/site/built-files.ts';
import { projectRoot } from '../support/build.ts';
import { childrenOf, type Node } from '../support/html.ts';
import { useDist } from '../support/site.ts';

/**
 * The site quotes the report it began from; it does not reprint it. The report's text travels
 * with the project (src/content/sources/*.txt) so that quotes can be checked against it, and no
 * file a reader or a crawler can fetch may carry a run of it: no 12 words in a row outside
 * quotation marks and the stored quotes (src/content/quotes/), in any page, export, search fragment,
 * the copy to open from disk or its zip.
 */
const RUN = 12;
const { distDir, offlineDir } = useDist();
const contentDir = path.join(projectRoot, 'src/content');
const texts = readdirSync(path.join(contentDir, 'sources'))
	.filter((file) => file.endsWith('.txt'))
	.map((file) => readFileSync(path.join(contentDir, 'sources', file), 'utf8'));
const quotes = readdirSync(path.join(contentDir, 'quotes')).map(
	(file) => (yaml.load(readFileSync(path.join(contentDir, 'quotes', file), 'utf8')) as { text: string }).text,
);

const words = (text: string) =>
	text
		.toLowerCase()
		.replace(/[’‘]/g, "'")
		.split(/[^\p{L}\p{N}']+/u)
		.filter(Boolean);

/** Every run of RUN words in a text, as one string. */
function runs(text: string): string[] {
	const list = words(text);
	return list.slice(0, Math.max(0, list.length - RUN + 1)).map((_, i) => list.slice(i, i + RUN).join(' '));
}

/** A text without what it quotes: the stored quotes, and anything in quotation marks. */
const unquoted = (text: string) =>
	quotes
		.reduce((rest, quote) => rest.replaceAll(quote, ' '), text)
		.replace(/“[^”]*”/g, ' ')
		.replace(/"[^"\n]*"/g, ' ');

/** An HTML file's text, attributes and scripts included. */
function htmlText(html: string): string {
	const parts: string[] = [];
	const walk = (node: Node) => {
		if ('tagName' in node) for (const attribute of node.attrs) parts.push(attribute.value);
		if ('value' in node && typeof node.value === 'string') parts.push(node.value);
		childrenOf(node).forEach(walk);
	};
	walk(parse(html));
	return parts.join('\n');
}

/** Every string in a JSON document. */
const jsonStrings = (value: unknown): string[] =>
	typeof value === 'string'
		? [value]
		: Array.isArray(value)
			? value.flatMap(jsonStrings)
			: value && typeof value === 'object'
				? Object.values(value).flatMap(jsonStrings)
				: [];

/** What a file gives a reader or crawler as text; undefined for images and fonts. */
function readable(file: string, bytes: Uint8Array): string | undefined {
	const text = () => Buffer.from(bytes).toString('utf8');
	if (file.endsWith('.html')) return htmlText(text());
	if (file.endsWith('.json')) return jsonStrings(JSON.parse(text())).join('\n');
	if (file.endsWith('.pf_fragment')) {
		const json = gunzipSync(bytes)
			.toString('utf8')
			.replace(/^pagefind_dcd/, '');
		return jsonStrings(JSON.parse(json)).join('\n');
	}
	if (/\.(txt|xml|ris|js|css|svg|webmanifest)$/.test(file) || file.endsWith('_headers')) return text();
	return undefined;
}

/** The runs of the report found in the files of one folder (and of the zips in it), as "file: words". */
function reprintsIn(dir: string, reportRuns: Set<string>): string[] {
	const found: string[] = [];
	const check = (name: string, bytes: Uint8Array) => {
		if (name.endsWith('.zip')) {
			for (const [inner, content] of Object.entries(unzipSync(bytes))) check(`${name}!${inner}`, content);
			return;
		}
		const text = readable(name, bytes);
		if (text === undefined) return;
		const hit = runs(unquoted(text)).find((run) => reportRuns.has(run));
		if (hit) found.push(`${name}: “${hit}”`);
	};
	for (const file of filesUnder(dir)) check(file, readFileSync(path.join(dir, file)));
	return found;
}

describe('the report is quoted, not reprinted', () => {
	const reportRuns = new Set(texts.flatMap(runs));

	it('has the report’s text to compare against', () => {
		expect(texts.length).toBeGreaterThan(0);
		expect(reportRuns.size).toBeGreaterThan(100);
	});

	it('finds a reprint where there is one, and leaves quotations alone', () => {
		const excerpt = words(texts[0]!).slice(40, 60).join(' ');
		const found = (html: string) => runs(unquoted(htmlText(html))).some((run) => reportRuns.has(run));
		expect(found(`<p>As the report put it, ${excerpt}.</p>`)).toBe(true);
		expect(found(`<p>As the report put it, “${excerpt}”.</p>`)).toBe(false);
		// A blockquote is no excuse: only the stored quotes may run long.
		expect(found(`<blockquote><p>${excerpt}</p></blockquote>`)).toBe(true);
		expect(found(`<blockquote><p>${quotes.find((quote) => words(quote).length >= RUN) ?? ''}</p></blockquote>`)).toBe(
			false,
		);
	});

	it('in no file of the hosted site, its search index or the offline zip it serves', () => {
		expect(reprintsIn(distDir, reportRuns)).toEqual([]);
	});

	it('in no file of the copy to open from disk', () => {
		expect(reprintsIn(offlineDir, reportRuns)).toEqual([]);
	});
});
