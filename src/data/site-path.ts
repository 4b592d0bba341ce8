import { entryPath, withBase, type PagedCollection } from '../lib/site/urls.ts';

/** A link within this site, honouring `BASE_PATH`: sitePath("glossary/") → "/atacms/glossary/". */
export function sitePath(pathname: string): string {
	return withBase(import.meta.env.BASE_URL, pathname);
}

/** The link to an entry in this build, base included: entryHref("places", "sumy") → "/atacms/places/sumy/". */
export const entryHref = (collection: PagedCollection, id: string): string => sitePath(entryPath(collection, id));
