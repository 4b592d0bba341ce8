import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import yaml from 'js-yaml';
import { collectionFiles, isEntryFile, type ContentCollection } from './layout.ts';

export type { ContentCollection } from './layout.ts';

/** One content file as written on disk, before any schema has looked at it. */
export interface RawEntry {
	collection: ContentCollection;
	/** The entry id Astro will give it: its `slug` field, else the slugified path. */
	id: string;
	/** Path relative to the project root, for messages, e.g. "src/content/glossary/atacms.md". */
	file: string;
	data: Record<string, unknown>;
	body: string;
}

/** A file that could not even be read as an entry. */
export interface ReadProblem {
	file: string;
	field?: string;
	message: string;
	/**
	 * The entry the file was meant to be, by its file name. Other files' references to it are
	 * not reported as missing: the file is there, and its own problem says what to fix.
	 */
	entry?: { collection: ContentCollection; id: string };
}

const frontmatterPattern = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Splits a Markdown file into its YAML frontmatter and body; `undefined` when it has none. */
export function splitFrontmatter(source: string): { yaml: string; body: string } | undefined {
	const match = frontmatterPattern.exec(source);
	return match ? { yaml: match[1] ?? '', body: source.slice(match[0].length) } : undefined;
}

/** Parses one file's text into an entry, or says why it cannot be one. */
export function parseEntry(
	collection: ContentCollection,
	relativeToCollection: string,
	file: string,
	source: string,
): RawEntry | ReadProblem {
	// The id Astro derives from the file name, used unless the entry sets a `slug`.
	const slugger = new GithubSlugger();
	const derived = relativeToCollection
		.replace(/\.[^./]+$/, '')
		.split(/[\\/]/)
		.map((segment) => slugger.slug(segment))
		.join('/')
		.replace(/\/index$/, '');
	const problem = (message: string): ReadProblem => ({ file, message, entry: { collection, id: derived } });
	if (source.trim() === '') {
		return problem('the file is empty; fill it in or delete it');
	}
	let yamlText = source;
	let body = '';
	if (collectionFiles[collection].format === 'markdown') {
		const split = splitFrontmatter(source);
		if (!split) {
			return problem('the file has no frontmatter; start it with a `---` line, the fields, and another `---` line');
		}
		yamlText = split.yaml;
		body = split.body;
	}
	let data: unknown;
	try {
		// CORE_SCHEMA keeps dates as written, so "2024-13-45" is reported instead of silently rolled over.
		data = yaml.load(yamlText, { filename: file, schema: yaml.CORE_SCHEMA }) ?? {};
	} catch (error) {
		const reason = error instanceof yaml.YAMLException ? error.reason : String(error);
		const line = error instanceof yaml.YAMLException ? ` (line ${error.mark.line + 1})` : '';
		return problem(
			`the YAML${collectionFiles[collection].format === 'markdown' ? ' frontmatter' : ''} does not parse${line}: ${reason}; check the quoting and indentation`,
		);
	}
	if (typeof data !== 'object' || data === null || Array.isArray(data)) {
		return problem(
			`the ${collectionFiles[collection].format === 'markdown' ? 'frontmatter' : 'file'} must be a set of \`field: value\` lines`,
		);
	}
	const record = data as Record<string, unknown>;
	const id = typeof record.slug === 'string' && record.slug !== '' ? record.slug : derived;
	return { collection, id, file, data: record, body };
}

async function listFiles(dir: string): Promise<string[]> {
	let names: string[];
	try {
		names = (await readdir(dir, { recursive: true })).map(String);
	} catch {
		return [];
	}
	return names.sort();
}

/** Reads every content file under `contentRoot` (e.g. "<project>/src/content"). */
export async function readContentDir(
	projectRoot: string,
	contentRoot: string,
): Promise<{ entries: RawEntry[]; problems: ReadProblem[] }> {
	const entries: RawEntry[] = [];
	const problems: ReadProblem[] = [];
	for (const collection of Object.keys(collectionFiles) as ContentCollection[]) {
		const dir = path.join(contentRoot, collection);
		for (const name of await listFiles(dir)) {
			if (!isEntryFile(collection, name)) continue;
			const absolute = path.join(dir, name);
			const relative = path.relative(projectRoot, absolute);
			const file = (relative.startsWith('..') ? absolute : relative).split(path.sep).join('/');
			const parsed = parseEntry(collection, name, file, await readFile(absolute, 'utf8'));
			if ('collection' in parsed) entries.push(parsed);
			else problems.push(parsed);
		}
	}
	return { entries, problems };
}
