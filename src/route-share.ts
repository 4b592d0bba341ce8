import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import type { CollectionEntry } from 'astro:content';
import { ogImagePath, ogPageFor } from './data/og';
import { homeWebSite, storyArticle } from './data/share';
import { jsonLdScript } from './lib/share/json-ld';
import { ogSize } from './lib/share/og-image';
import { absoluteUrl } from './lib/site/urls';

/**
 * Starlight route middleware (added by the plugin in src/plugin.ts) for sharing:
 * every page but the 404 page points og:image and twitter:image at its preview image (absolute
 * when SITE_URL is set; Starlight writes og:url and the canonical link then), story pages and the
 * home page get their NewsArticle JSON-LD, and the home page the site's WebSite.
 */
export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	const og = await ogPageFor(context.url.pathname);
	const image = og && absoluteUrl(ogImagePath(og), context.site);
	if (og && image) {
		const alt = `${og.card.section}: ${og.card.title}. ${og.card.siteName}, ${og.card.dateLine.charAt(0).toLowerCase()}${og.card.dateLine.slice(1)}.`;
		const meta = (key: 'property' | 'name', name: string, content: string) => {
			route.head = route.head.filter((tag) => tag.attrs?.[key] !== name);
			route.head.push({ tag: 'meta', attrs: { [key]: name, content } });
		};
		meta('property', 'og:image', image);
		meta('property', 'og:image:type', 'image/png');
		meta('property', 'og:image:width', String(ogSize.width));
		meta('property', 'og:image:height', String(ogSize.height));
		meta('property', 'og:image:alt', alt);
		meta('name', 'twitter:image', image);
		meta('name', 'twitter:image:alt', alt);
	}
	const ldJson = (data: unknown) =>
		route.head.push({ tag: 'script', attrs: { type: 'application/ld+json' }, content: jsonLdScript(data) });
	const section = route.entry.data.section;
	if (section === 'overview' && route.entry.filePath) ldJson(await homeWebSite(context.site));
	if ((section === 'story' || section === 'overview') && route.entry.filePath) {
		ldJson(await storyArticle(route.entry as unknown as CollectionEntry<'docs'>, context.site, image));
	}
});
