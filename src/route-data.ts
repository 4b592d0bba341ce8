import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { markParentSection, tocHasSections } from './lib/site/route-state';

/**
 * Starlight route middleware (the `routeMiddleware` option in astro.config.mjs):
 * - a detail page the sidebar does not list (a term, a person, a place) highlights the section it
 *   belongs to, so the reader sees where they are;
 * - a page with no sections of its own gets no table of contents, so phones show no sticky
 *   "On this page" bar that can only say "Overview".
 */
export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	markParentSection(route.sidebar, context.url.pathname, import.meta.env.BASE_URL);
	if (route.toc && !tocHasSections(route.toc.items)) route.toc = undefined;
});
