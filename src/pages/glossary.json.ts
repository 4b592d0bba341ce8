import { entryHref } from '../data/site-path';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { absoluteUrl } from '../lib/site/urls';
import { story } from '../data/site';
import { compareTerms } from '../lib/glossary/groups';

/** Every glossary term for reuse: slug, term, aliases, definition, category and page URL. */
export const GET: APIRoute = async ({ site }) => {
	const entries = await getCollection('glossary');
	const settings = await story();
	const terms = entries
		.sort((a, b) => compareTerms(a.data.term, b.data.term))
		.map((entry) => {
			const path = entryHref('glossary', entry.id);
			return {
				slug: entry.id,
				term: entry.data.term,
				aliases: entry.data.aliases,
				definition: entry.data.definition,
				category: settings.glossaryCategories[entry.data.category],
				related: entry.data.related.map((ref) => ref.id),
				url: absoluteUrl(path, site),
			};
		});
	return new Response(JSON.stringify({ title: `Glossary: ${settings.title}`, count: terms.length, terms }, null, '\t'));
};
