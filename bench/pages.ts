import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import yaml from 'js-yaml';
import type { GlossaryIndex } from '../src/lib/glossary/search-index.ts';
import { projectRoot } from './paths.ts';
import type { PaintTarget } from './paint.ts';

const contentDir = path.join(projectRoot, 'src/content');

async function yamlFiles(folder: string): Promise<Record<string, unknown>[]> {
	const dir = path.join(contentDir, folder);
	const names = (await readdir(dir)).filter((name) => name.endsWith('.yaml')).sort();
	return Promise.all(
		names.map(async (name) => yaml.load(await readFile(path.join(dir, name), 'utf8')) as Record<string, unknown>),
	);
}

/**
 * The six page types the benchmark measures, with the site's term and place picked from the
 * content rather than named in code: the glossary entry of the story's first search example
 * (story.yaml `searchExamples`) and the place the most timeline events name. The stock fixture
 * (bench/stock) has a page of each type.
 */
export async function benchTargets(glossary: Pick<GlossaryIndex, 'terms'>): Promise<PaintTarget[]> {
	const story = yaml.load(await readFile(path.join(contentDir, 'story/story.yaml'), 'utf8')) as {
		searchExamples?: string[];
	};
	const example = (story.searchExamples?.[0] ?? '').toLowerCase();
	const term =
		glossary.terms.find((entry) => [entry.t, ...entry.a].some((name) => name.toLowerCase() === example)) ??
		glossary.terms[0];
	const counts = new Map<string, number>();
	for (const event of await yamlFiles('events')) {
		for (const place of (event.places as string[] | undefined) ?? []) counts.set(place, (counts.get(place) ?? 0) + 1);
	}
	const place = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
	if (!term || !place) throw new Error('bench: the content has no glossary term or no place named by an event');
	return [
		{ label: 'home', site: '/', stock: '/' },
		{ label: 'place', site: `/places/${place}/`, stock: '/places/ostby/' },
		{ label: 'glossary', site: '/glossary/', stock: '/glossary/' },
		{ label: 'story', site: '/story/the-decision/', stock: '/story/the-decision/' },
		{ label: 'timeline', site: '/timeline/', stock: '/timeline/' },
		{ label: 'term', site: `/glossary/${term.s}/`, stock: '/glossary/approach-road/' },
	];
}
