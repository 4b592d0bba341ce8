/** Joins the site's base path and a site-relative path: ("/atacms/", "glossary/atacms/") → "/atacms/glossary/atacms/". */
export function withBase(base: string, pathname: string): string {
	return `${base.replace(/\/+$/, '')}/${pathname.replace(/^\/+/, '')}`;
}
