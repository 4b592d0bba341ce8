// @ts-check
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import starlightLinksValidator from 'starlight-links-validator';
import { unified } from '@astrojs/markdown-remark';
import { rehypeHighlight } from './src/lib/share/highlight.ts';
import { remarkCiteGroups } from './src/lib/share/cite-groups.ts';
import { rehypeExternalLinks } from './src/lib/share/external-links.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { criticalCss } from './src/integrations/critical-css.ts';
import { cspInlineHashes } from './src/integrations/csp-inline-hashes.ts';
import { hostHeaders } from './src/integrations/host-headers.ts';
import { ogImages } from './src/integrations/og-images.ts';
import { lazyPagefind } from './src/integrations/lazy-pagefind.ts';
import { offlineCopy } from './src/integrations/offline-copy.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { readContentDir } from './src/lib/content/files.ts';
import { storyChapters } from './src/lib/content/reading-order.ts';
import { remarkGlossary } from './src/lib/glossary/linker.ts';
import { linkableTerms, liveTerms, setLiveTerms } from './src/lib/glossary/live-terms.ts';
import { buildSettings } from './src/lib/site/env.ts';
import { entryPath, withBase } from './src/lib/site/urls.ts';
import { contentSecurityPolicy } from './src/lib/site/csp.ts';
import { remarkBaseLinks } from './src/lib/site/base-links.ts';
import { customPageTargets, isKnownCustomPage } from './src/lib/site/custom-pages.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
// Every environment variable is read and checked in src/lib/site/env.ts (the README lists them).
const build = buildSettings(process.env, root);
const base = build.base;
// The copy to open from disk (npm run build:offline): relative links, classic scripts, no service worker.
const offline = build.offline;
// starlight-links-validator names pages by their path below src/content/docs, so it cannot check
// content kept elsewhere (test fixtures, the benchmark): say so rather than skip it silently.
const customContent = build.contentDir !== path.resolve(root, 'src/content');
if (customContent) {
	console.warn(
		`CONTENT_DIR is ${build.contentDir}: the links validator only reads src/content/docs, so it is off for this build.`,
	);
}

// The auto-linker needs every glossary name before any page is rendered. Broken entries are
// skipped here; the content check reports them. Under `astro dev` the content check replaces
// the names when a glossary file changes (src/lib/glossary/live-terms.ts).
const { entries } = await readContentDir(root, build.contentDir);
setLiveTerms(linkableTerms(entries));

const customPages = customPageTargets(entries, base);

// The site title and description come from the story settings (src/content/story/story.yaml);
// when that file is broken the content check stops the build with the reason.
const settings = entries.find((entry) => entry.collection === 'story')?.data ?? {};
const siteTitle = typeof settings.title === 'string' ? settings.title : 'Untitled story';
const siteDescription = typeof settings.description === 'string' ? settings.description : undefined;

// The sidebar lists the story's own pages: the `story` section in reading order, then the
// reference pages this content has.
const docs = entries.filter((entry) => entry.collection === 'docs');
/** @param {import('./src/lib/content/files.ts').RawEntry} entry */
const docLink = (entry) => {
	const sidebar = /** @type {{ label?: unknown } | undefined} */ (entry.data.sidebar);
	return { label: String(sidebar?.label ?? entry.data.title), link: `/${entry.id}/` };
};
const storyPages = storyChapters(docs).map(docLink);
/** @param {string[]} ids */
const docsPages = (ids) => ids.flatMap((id) => docs.filter((entry) => entry.id === id).map(docLink));

export default defineConfig({
	base,
	trailingSlash: 'always',
	// Prefetching fetches pages ahead: pointless from disk, where fetch() is refused.
	prefetch: offline ? false : undefined,
	site: build.site,
	outDir: build.outDir,
	// Each build of other content (tests, benchmark) keeps its own content cache.
	cacheDir: build.cacheDir,
	vite: {
		// Components that must differ in the copy opened from disk read this (src/env.d.ts).
		define: { 'import.meta.env.OFFLINE_COPY': JSON.stringify(offline) },
		build: {
			// Scripts go to files, not inline into every page: a file is cached for the next page, and an
			// inline script is paid again on each (and needs a CSP hash in each page's policy).
			assetsInlineLimit: (/** @type {string} */ file) => (file.endsWith('.js') ? false : undefined),
		},
	},
	security: {
		// One policy for the pages and any header file: src/lib/site/csp.ts.
		csp: contentSecurityPolicy,
	},
	markdown: {
		// Code blocks are highlighted by our own shiki step (rehypeHighlight): valid HTML that the
		// Nu checker and html-validate accept, which Expressive Code's markup is not.
		syntaxHighlight: false,
		processor: unified({
			rehypePlugins: [rehypeHighlight, rehypeExternalLinks({ offline, site: build.site })],
			remarkPlugins: [
				remarkCiteGroups(),
				remarkBaseLinks(base),
				remarkGlossary({
					get terms() {
						return liveTerms.terms;
					},
					href: (slug) => withBase(base, entryPath('glossary', slug)),
				}),
			],
		}),
	},
	integrations: [
		contentCheck(),
		starlight({
			title: siteTitle,
			expressiveCode: false,
			description: siteDescription,
			lastUpdated: false,
			// Feed readers find the corrections and later-events feed from any page.
			head: [
				{
					tag: 'link',
					attrs: {
						rel: 'alternate',
						type: 'application/atom+xml',
						title: 'Corrections, updates and later events',
						href: `${base}feed.xml`,
					},
				},
			],
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
			// The copy opened from disk has no full-text search (fetch() is refused there): no index to build.
			pagefind: !offline,
			// Sidebar section of detail pages, no table of contents on pages without sections.
			routeMiddleware: ['./src/route-data.ts', './src/route-share.ts'],
			customCss: [
				'./src/styles/site.css',
				'./src/styles/reader.css',
				'./src/styles/typography.css',
				'./src/styles/share.css',
				'./src/styles/corrections.css',
			],
			components: {
				MarkdownContent: './src/components/overrides/MarkdownContent.astro',
				PageTitle: './src/components/overrides/PageTitle.astro',
				Search: offline ? './src/components/overrides/OfflineSearch.astro' : './src/components/overrides/Search.astro',
				MobileMenuToggle: './src/components/overrides/MobileMenuToggle.astro',
				MobileTableOfContents: './src/components/overrides/MobileTableOfContents.astro',
				TwoColumnContent: './src/components/overrides/TwoColumnContent.astro',
				Sidebar: './src/components/overrides/Sidebar.astro',
			},
			sidebar: [
				{ label: 'Overview', link: '/' },
				{ label: 'The story', items: storyPages },
				{
					label: 'Reference',
					items: [
						{ label: 'Glossary', link: '/glossary/' },
						{ label: 'Timeline', link: '/timeline/' },
						{ label: 'People', link: '/people/' },
						{ label: 'Places', link: '/places/' },
						{ label: 'Sources', link: '/sources/' },
						...docsPages(['method', 'data']),
						{ label: 'Corrections', link: '/corrections/' },
					],
				},
			],
		}),
		// Inlines each page's critical CSS: before the CSP hashes, which must cover the new <style>.
		// Not in the copy opened from disk, whose stylesheets arrive at once.
		...(offline ? [] : [criticalCss({ base })]),
		cspInlineHashes(),
		// _headers for Netlify and Cloudflare Pages: after cspInlineHashes, whose policy it copies.
		...(offline
			? [offlineCopy()]
			: [lazyPagefind(), serviceWorker(), hostHeaders({ base }), ogImages({ base, site: build.site })]),
	],
});
