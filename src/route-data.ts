import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { correctionsFor, pageCorrectionsId } from './data/corrections';
import { citablePaths } from './data/share';
import { citeHeading, sourcesHeading } from './lib/site/page-foot';
import { markParentSection, tocHasSections } from './lib/site/route-state';

/**
 * Starlight route middleware (added by the plugin in src/plugin.ts):
 * - a detail page the sidebar does not list (a term, a person, a place) highlights the section it
 *   belongs to, so the reader sees where they are;
 * - a page with no sections of its own gets no table of contents, so phones show no sticky
 *   "On this page" bar that can only say "Overview";
 * - a page with sections lists its foot too, "Corrections", "Sources" and "Cite this page" (the
 *   headings that CorrectionList, SourceList and CiteThisPage render, which Starlight's contents
 *   cannot see).
 */
export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	markParentSection(route.sidebar, context.url.pathname, import.meta.env.BASE_URL);
	if (!route.toc) return;
	if (!tocHasSections(route.toc.items)) {
		route.toc = undefined;
		return;
	}
	if ((await correctionsFor(context.url.pathname)).length > 0)
		route.toc.items.push({ depth: 2, slug: `${pageCorrectionsId}-heading`, text: 'Corrections', children: [] });
	const sources = (route.entry.data as { sources?: unknown[] }).sources ?? [];
	if (sources.length > 0)
		route.toc.items.push({ depth: 2, slug: sourcesHeading.id, text: sourcesHeading.text, children: [] });
	const citable = (await citablePaths()).some((page) => page.path === context.url.pathname);
	if (citable) route.toc.items.push({ depth: 2, slug: citeHeading.id, text: citeHeading.text, children: [] });
});
