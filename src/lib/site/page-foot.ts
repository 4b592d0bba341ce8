/**
 * Headings at a page's foot that components render (SourceList, CiteThisPage), by id and text:
 * Starlight's table of contents sees only Markdown headings, so src/route-data.ts lists these
 * under "On this page" from here.
 */
export const sourcesHeading = { id: 'page-sources-heading', text: 'Sources' } as const;
export const citeHeading = { id: 'cite-heading', text: 'Cite this page' } as const;
