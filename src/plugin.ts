/**
 * The explainer, wired in one place: Astro's options for the build, and one Starlight plugin that
 * installs everything the project adds to Starlight (pages' overrides, styles, route data, the
 * sidebar from the content) and the integrations it runs (the content check, lazy Pagefind, the
 * steps after the build, in order). astro.config.mjs only hands these to Astro and Starlight.
 */
import path from 'node:path';
import { unified } from '@astrojs/markdown-remark';
import type { StarlightPlugin } from '@astrojs/starlight/types';
import type { AstroUserConfig } from 'astro';
import starlightLinksValidator from 'starlight-links-validator';
import { contentCheck } from './integrations/content-check.ts';
import { criticalCss } from './integrations/critical-css.ts';
import { cspInlineHashes } from './integrations/csp-inline-hashes.ts';
import { hostHeaders } from './integrations/host-headers.ts';
import { lazyPagefind } from './integrations/lazy-pagefind.ts';
import { offlineCopy } from './integrations/offline-copy.ts';
import { ogImages } from './integrations/og-images.ts';
import { postBuild, type BuildStep } from './integrations/post-build.ts';
import { serviceWorker } from './integrations/service-worker.ts';
import { readContentDir, type RawEntry } from './lib/content/files.ts';
import { storyChapters } from './lib/content/reading-order.ts';
import { remarkGlossary } from './lib/markdown/glossary-links.ts';
import { linkableTerms, liveTerms, setLiveTerms } from './lib/glossary/live-terms.ts';
import { remarkCiteGroups } from './lib/markdown/cite-groups.ts';
import { rehypeExternalLinks } from './lib/markdown/external-links.ts';
import { rehypeHighlight } from './lib/markdown/highlight.ts';
import { remarkBaseLinks } from './lib/markdown/base-links.ts';
import { contentSecurityPolicy } from './lib/html/csp.ts';
import { customPageTargets, isKnownCustomPage } from './lib/site/custom-pages.ts';
import { buildSettings, type BuildSettings } from './lib/site/env.ts';
import { entryPath, withBase } from './lib/site/urls.ts';

/** What the site runs after Astro has written it, in this order. */
export const afterBuild: Record<'hosted' | 'offline', BuildStep[]> = {
	// Critical CSS adds inline styles and a script; the CSP hashes must cover them; the service
	// worker's precache list and _headers (which copies the pages' policy) need the pages final.
	hosted: [criticalCss, cspInlineHashes, serviceWorker, hostHeaders, ogImages],
	// The copy opened from disk rewrites every page's scripts and links, then hashes what is left.
	offline: [offlineCopy, cspInlineHashes],
};

/** Astro's options, Starlight's title and the Starlight plugins: what astro.config.mjs passes on. */
export interface Explainer {
	astro: Pick<
		AstroUserConfig,
		'base' | 'trailingSlash' | 'prefetch' | 'site' | 'outDir' | 'cacheDir' | 'vite' | 'security' | 'markdown'
	>;
	/** The site's title, from the story settings: Starlight requires it before any plugin runs. */
	title: string;
	plugins: StarlightPlugin[];
}

/** The site's sidebar: the overview, the story's chapters in reading order, then the reference pages this content has. */
function sidebar(docs: RawEntry[]) {
	const link = (entry: RawEntry) => {
		const label = (entry.data.sidebar as { label?: unknown } | undefined)?.label ?? entry.data.title;
		return { label: String(label), link: `/${entry.id}/` };
	};
	const docsPages = (ids: string[]) => ids.flatMap((id) => docs.filter((entry) => entry.id === id).map(link));
	return [
		{ label: 'Overview', link: '/' },
		{ label: 'The story', items: storyChapters(docs).map(link) },
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
	];
}

/** The Starlight plugin that installs the project's parts. */
function explainerPlugin(build: BuildSettings, entries: RawEntry[]): StarlightPlugin {
	const settings = entries.find((entry) => entry.collection === 'story')?.data ?? {};
	const { base, offline } = build;
	return {
		name: 'explainer',
		hooks: {
			'config:setup'({ updateConfig, addIntegration, addRouteMiddleware }) {
				updateConfig({
					description: typeof settings.description === 'string' ? settings.description : undefined,
					// Code blocks are highlighted by our own shiki step (rehypeHighlight, below).
					expressiveCode: false,
					lastUpdated: false,
					pagination: true,
					// The copy opened from disk has no full-text search (fetch() is refused there): no index to build.
					pagefind: !offline,
					// Feed readers find the corrections, updates and later events from any page.
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
						Search: offline
							? './src/components/overrides/OfflineSearch.astro'
							: './src/components/overrides/Search.astro',
						MobileMenuToggle: './src/components/overrides/MobileMenuToggle.astro',
						MobileTableOfContents: './src/components/overrides/MobileTableOfContents.astro',
						TwoColumnContent: './src/components/overrides/TwoColumnContent.astro',
						Sidebar: './src/components/overrides/Sidebar.astro',
					},
					sidebar: sidebar(entries.filter((entry) => entry.collection === 'docs')),
				});
				// Sidebar section of detail pages, the contents of pages' feet; preview and share data.
				addRouteMiddleware({ entrypoint: './src/route-data.ts' });
				addRouteMiddleware({ entrypoint: './src/route-share.ts' });
				addIntegration(contentCheck());
				if (!offline) addIntegration(lazyPagefind());
				addIntegration(postBuild(afterBuild[offline ? 'offline' : 'hosted']));
			},
		},
	};
}

/**
 * Reads what the configuration needs before Astro starts: the build settings (every environment
 * variable, checked in src/lib/site/env.ts) and the content (the story's title, the sidebar, the
 * glossary names the auto-linker looks for).
 */
export async function explainer(env: NodeJS.ProcessEnv, root: string): Promise<Explainer> {
	const build = buildSettings(env, root);
	const { base, offline } = build;
	// Broken entries are skipped here; the content check reports them. Under `astro dev` the content
	// check replaces the glossary names when a glossary file changes (src/lib/glossary/live-terms.ts).
	const { entries } = await readContentDir(root, build.contentDir);
	setLiveTerms(linkableTerms(entries));
	const settings = entries.find((entry) => entry.collection === 'story')?.data ?? {};

	// starlight-links-validator names pages by their path below src/content/docs, so it cannot check
	// content kept elsewhere (test fixtures, the benchmark): say so rather than skip it silently.
	const ownContent = build.contentDir === path.resolve(root, 'src/content');
	if (!ownContent)
		console.warn(
			`CONTENT_DIR is ${build.contentDir}: the links validator only reads src/content/docs, so it is off for this build.`,
		);
	const customPages = customPageTargets(entries, base);
	// A broken link or #fragment in any Markdown or MDX page fails the build; links to generated
	// pages are checked against the content.
	const linksValidator = starlightLinksValidator({
		errorOnInvalidHashes: true,
		exclude: ({ link }) =>
			isKnownCustomPage(link, customPages) || /\/(glossary|glossary-index)\.json$/.test(link) || link.endsWith('.zip'),
	});

	return {
		title: typeof settings.title === 'string' ? settings.title : 'Untitled story',
		plugins: [explainerPlugin(build, entries), ...(ownContent ? [linksValidator] : [])],
		astro: {
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
					// Scripts go to files, not inline into every page: a file is cached for the next page, and
					// an inline script is paid again on each (and needs a CSP hash in each page's policy).
					assetsInlineLimit: (file: string) => (file.endsWith('.js') ? false : undefined),
				},
			},
			// One policy for the pages and any header file: src/lib/html/csp.ts.
			security: { csp: contentSecurityPolicy },
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
		},
	};
}
