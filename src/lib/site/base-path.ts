/** Turns a `BASE_PATH` such as "atacms", "/atacms" or "/atacms/" into "/atacms/"; empty is "/". */
export function normalizeBase(raw: string | undefined): string {
	const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
	if (trimmed === '') return '/';
	if (!/^[A-Za-z0-9._~\-/]+$/.test(trimmed)) {
		throw new Error(
			`BASE_PATH "${raw}" has characters a URL path cannot hold; use letters, digits, "-", "_", "." and "/"`,
		);
	}
	return `/${trimmed}/`;
}
