/** Joins the site's base path and a site-relative path: ("/atacms/", "glossary/atacms/") → "/atacms/glossary/atacms/". */
export function withBase(base: string, pathname: string): string {
	return `${base.replace(/\/+$/, '')}/${pathname.replace(/^\/+/, '')}`;
}

/** A link within this site, honouring `BASE_PATH`. */
export function sitePath(pathname: string): string {
	return withBase(import.meta.env.BASE_URL, pathname);
}
