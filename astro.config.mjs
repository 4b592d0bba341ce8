// @ts-check
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { unified } from '@astrojs/markdown-remark';
import { contentCheck } from './src/integrations/content-check.ts';
import { contentDir } from './src/lib/content-dir.ts';
import { readContentDir } from './src/lib/content-files.ts';
import { remarkGlossary } from './src/lib/glossary-linker.ts';
import { normalizeBase } from './src/lib/base-path.ts';
import { remarkBaseLinks } from './src/lib/base-links.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const base = normalizeBase(process.env.BASE_PATH);

// The auto-linker needs every glossary name before any page is rendered. Broken entries are
// skipped here; the content check reports them.
const { entries } = await readContentDir(root, path.resolve(root, contentDir()));
const terms = entries
	.filter((entry) => entry.collection === 'glossary' && typeof entry.data.term === 'string')
	.map((entry) => ({
		slug: entry.id,
		names: [String(entry.data.term), ...(Array.isArray(entry.data.aliases) ? entry.data.aliases.map(String) : [])],
		definition: typeof entry.data.definition === 'string' ? entry.data.definition : undefined,
	}));

export default defineConfig({
	base,
	trailingSlash: 'always',
	site: process.env.SITE_URL,
	outDir: process.env.OUT_DIR ?? './dist',
	markdown: {
		processor: unified({
			remarkPlugins: [remarkBaseLinks(base), remarkGlossary({ terms, href: (slug) => `${base}glossary/${slug}/` })],
		}),
	},
	integrations: [
		contentCheck(),
		starlight({
			title: 'The ATACMS decision',
			description:
				'What President Biden authorized on 17 November 2024, why then, who reacted and what was still unknown: a sourced explainer with a glossary that works offline.',
			lastUpdated: false,
			pagination: true,
			customCss: ['./src/styles/site.css'],
			components: {
				MarkdownContent: './src/components/overrides/MarkdownContent.astro',
			},
			sidebar: [
				{ label: 'Overview', link: '/' },
				{
					label: 'The story',
					items: [
						{ label: 'Background', link: '/story/background/' },
						{ label: 'The decision', link: '/story/the-decision/' },
						{ label: 'Reactions', link: '/story/reactions/' },
						{ label: 'Open questions', link: '/story/open-questions/' },
					],
				},
				{
					label: 'Reference',
					items: [
						{ label: 'Glossary', link: '/glossary/' },
						{ label: 'Timeline', link: '/timeline/' },
						{ label: 'People', link: '/people/' },
						{ label: 'Places', link: '/places/' },
						{ label: 'Sources and method', link: '/sources/' },
						{ label: 'Data and downloads', link: '/data/' },
					],
				},
			],
		}),
	],
});
