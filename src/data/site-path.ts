import { withBase } from '../lib/site/urls.ts';

/** A link within this site, honouring `BASE_PATH`: sitePath("glossary/") → "/atacms/glossary/". */
export function sitePath(pathname: string): string {
	return withBase(import.meta.env.BASE_URL, pathname);
}
