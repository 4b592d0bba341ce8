/**
 * llms.txt (https://llmstxt.org/) and its full-text twin, from the same content as the pages:
 * the story in reading order with each page's description, then the reference pages.
 */
import { getCollection } from 'astro:content';
import { withBase } from '../lib/site/urls';
import { docUrl, story } from './site';

const base = import.meta.env.BASE_URL;

const absolute = (path: string, site: URL | undefined) => (site ? new URL(path, site).href : path);

async function storyDocs() {
	return (await getCollection('docs'))
		.filter((doc) => doc.data.section === 'story')
		.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** Markdown for a reader that is a program: no imports, no components. */
const plainBody = (body: string) =>
	body
		.replace(/^import .*$\n?/gm, '')
		.replace(/^\s*<[A-Z][^>]*\/>\s*$\n?/gm, '')
		.trim();

export async function llmsTxt(site: URL | undefined, { full = false } = {}): Promise<string> {
	const settings = await story();
	const docs = await storyDocs();
	const others = (await getCollection('docs')).filter((doc) => doc.data.section !== 'story' && doc.id !== 'index');
	const link = (title: string, path: string, description?: string) =>
		`- [${title}](${absolute(path, site)})${description ? `: ${description}` : ''}`;
	const lines = [
		`# ${settings.siteName ?? settings.title}`,
		'',
		`> ${settings.description}`,
		'',
		settings.asReportedOn,
		'',
		'## The story, in reading order',
		'',
		...docs.map((doc) => link(doc.data.title, docUrl(doc.id), doc.data.description)),
		'',
		'## Reference',
		'',
		link('Glossary', withBase(base, 'glossary/'), 'every term in one plain sentence'),
		link('Glossary as JSON', withBase(base, 'glossary.json')),
		link('Timeline', withBase(base, 'timeline/')),
		link('Sources', withBase(base, 'sources/')),
		...others.map((doc) => link(doc.data.title, docUrl(doc.id), doc.data.description)),
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
				`Source: ${absolute(docUrl(doc.id), site)}`,
				'',
				plainBody(doc.body ?? ''),
				'',
			);
	}
	return `${lines.join('\n').trimEnd()}\n`;
}
