import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { ogImageFor } from './data/og';
import { ogSize } from './lib/share/og-image';

/**
 * Starlight route middleware (added by the plugin in src/plugin.ts) for link previews: every page
 * but the 404 page points og:image and twitter:image at its preview image (absolute when SITE_URL
 * is set; Starlight writes og:url and the canonical link then). The structured data is not here but
 * at the foot of the content (src/components/PageJsonLd.astro), so that it does not come between a
 * reader and the page's first paragraph.
 */
export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	const og = await ogImageFor(context.url.pathname, context.site);
	if (!og) return;
	const { card } = og.page;
	const alt = `${card.section}: ${card.title}. ${card.siteName}, ${card.dateLine.charAt(0).toLowerCase()}${card.dateLine.slice(1)}.`;
	const meta = (key: 'property' | 'name', name: string, content: string) => {
		route.head = route.head.filter((tag) => tag.attrs?.[key] !== name);
		route.head.push({ tag: 'meta', attrs: { [key]: name, content } });
	};
	meta('property', 'og:image', og.url);
	meta('property', 'og:image:type', 'image/png');
	meta('property', 'og:image:width', String(ogSize.width));
	meta('property', 'og:image:height', String(ogSize.height));
	meta('property', 'og:image:alt', alt);
	meta('name', 'twitter:image', og.url);
	meta('name', 'twitter:image:alt', alt);
});
