// @ts-check
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import starlightLinksValidator from 'starlight-links-validator';
import { unified } from '@astrojs/markdown-remark';
import { contentCheck } from './src/integrations/content-check.ts';
import { cspInlineHashes } from './src/integrations/csp-inline-hashes.ts';
import { offlineCopy } from './src/integrations/offline-copy.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { contentDir } from './src/lib/content/dir.ts';
import { readContentDir } from './src/lib/content/files.ts';
import { remarkGlossary } from './src/lib/glossary/linker.ts';
import { normalizeBase } from './src/lib/site/base-path.ts';
import { remarkBaseLinks } from './src/lib/site/base-links.ts';
import { customPageTargets, isKnownCustomPage } from './src/lib/site/custom-pages.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const base = normalizeBase(process.env.BASE_PATH);
// The copy to open from disk (npm run build:offline): relative links, classic scripts, no service worker.
const offline = process.env.OFFLINE_BUILD === '1';
const customContent = path.resolve(root, contentDir()) !== path.resolve(root, 'src/content');

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

const customPages = customPageTargets(entries, base);

export default defineConfig({
	base,
	trailingSlash: 'always',
	// Prefetching fetches pages ahead: pointless from disk, where fetch() is refused.
	prefetch: offline ? false : undefined,
	site: process.env.SITE_URL,
	outDir: process.env.OUT_DIR ?? './dist',
	// Each build of other content (tests, benchmark) keeps its own content cache.
	cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
	security: {
		// Scripts and style elements are hashed: no 'unsafe-inline' for either. Style *attributes*
		// (Starlight sets a few CSS custom properties inline) are allowed through style-src-attr
		// only; they cannot run code. Pagefind's search runs WebAssembly, hence 'wasm-unsafe-eval'.
		csp: {
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
		},
	},
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
			// A broken link or #fragment in any Markdown or MDX page fails the build. The validator
			// knows Markdown pages only: links to generated pages are checked against the content.
			// It reads src/content/docs, so builds of other content (tests, benchmark) go without it.
			plugins: customContent
				? []
				: [
						starlightLinksValidator({
							errorOnInvalidHashes: true,
							exclude: ({ link }) =>
								isKnownCustomPage(link, customPages) ||
								/\/(glossary|glossary-index)\.json$/.test(link) ||
								link.endsWith('.zip'),
						}),
					],
			pagination: true,
			customCss: ['./src/styles/site.css'],
			components: {
				MarkdownContent: './src/components/overrides/MarkdownContent.astro',
				Search: './src/components/overrides/Search.astro',
				MobileMenuToggle: './src/components/overrides/MobileMenuToggle.astro',
				MobileTableOfContents: './src/components/overrides/MobileTableOfContents.astro',
				TwoColumnContent: './src/components/overrides/TwoColumnContent.astro',
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
		cspInlineHashes(),
		offline ? offlineCopy() : serviceWorker(),
	],
});
