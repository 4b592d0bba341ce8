/**
 * llms.txt (https://llmstxt.org/) and its full-text twin, from the same content as the pages:
 * the story in reading order with each page's description, then the reference pages; the twin
 * adds each story page's text and its sources, with where to read them.
 */
import { entryHref } from './site-path';
import { getCollection, getEntries, type CollectionEntry } from 'astro:content';
import { formatDate } from '../lib/site/dates';
import { storyChapters } from '../lib/content/reading-order';
import { absoluteUrl, withBase } from '../lib/site/urls';
import { story } from './site';

const base = import.meta.env.BASE_URL;

const storyDocs = async () => storyChapters(await getCollection('docs'));

/** Markdown for a reader that is a program: no imports, no components (citation markers included). */
const plainBody = (body: string) =>
	body
		.replace(/^import .*$\n?/gm, '')
		.replace(/^\s*<[A-Z][^>]*\/>\s*$\n?/gm, '')
		.replace(/[ \t]*<[A-Z][\w.]*\b[^>]*\/>/g, '')
		.trim();

/** A page's sources as a Markdown list: who, when, and where to read each (or why it cannot be read). */
async function sourceLines(doc: CollectionEntry<'docs'>): Promise<string[]> {
	const sources = await getEntries(doc.data.sources);
	if (sources.length === 0) return [];
	return [
		'Sources:',
		'',
		...sources.map((source) => {
			const { title, publisher, date, url, noUrl } = source.data;
			const where = url ? ` ${url}` : noUrl ? ` ${noUrl}` : '';
			return `- ${title}. ${publisher}${date ? `, ${formatDate(date)}` : ''}.${where}`;
		}),
		'',
	];
}

export async function llmsTxt(site: URL | undefined, { full = false } = {}): Promise<string> {
	const settings = await story();
	const docs = await storyDocs();
	const others = (await getCollection('docs')).filter((doc) => doc.data.section !== 'story' && doc.id !== 'index');
	const link = (title: string, path: string, description?: string) =>
		`- [${title}](${absoluteUrl(path, site)})${description ? `: ${description}` : ''}`;
	const lines = [
		`# ${settings.siteName ?? settings.title}`,
		'',
		`> ${settings.description}`,
		'',
		settings.asReportedOn,
		'',
		'## The story, in reading order',
		'',
		...docs.map((doc) => link(doc.data.title, entryHref('docs', doc.id), doc.data.description)),
		'',
		'## Reference',
		'',
		link('Glossary', withBase(base, 'glossary/'), 'every term in one plain sentence'),
		link('Glossary as JSON', withBase(base, 'glossary.json')),
		link('Timeline', withBase(base, 'timeline/')),
		link('Sources', withBase(base, 'sources/')),
		...others.map((doc) => link(doc.data.title, entryHref('docs', doc.id), doc.data.description)),
		'',
		'## Optional',
		'',
		link('Full text of the story', withBase(base, 'llms-full.txt')),
	];
	if (full) {
		lines.push('');
		for (const doc of docs)
			lines.push(
				`## ${doc.data.title}`,
				'',
				`Source: ${absoluteUrl(entryHref('docs', doc.id), site)}`,
				'',
				plainBody(doc.body ?? ''),
				'',
				...(await sourceLines(doc)),
			);
	}
	return `${lines.join('\n').trimEnd()}\n`;
}
