import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import type { CollectionEntry } from 'astro:content';
import { storyArticle } from './data/share';
import { jsonLdScript } from './lib/site/json-ld';

/**
 * Starlight route middleware (the `routeMiddleware` option in astro.config.mjs) for sharing:
 * story pages get their NewsArticle JSON-LD in the <head>.
 */
export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	if (route.entry.data.section === 'story' && route.entry.filePath) {
		const article = await storyArticle(route.entry as unknown as CollectionEntry<'docs'>, context.site);
		route.head.push({ tag: 'script', attrs: { type: 'application/ld+json' }, content: jsonLdScript(article) });
	}
});
