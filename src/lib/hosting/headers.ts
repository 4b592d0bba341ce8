/**
 * The `_headers` file Netlify and Cloudflare Pages read, and the nginx lines in the README: one
 * list of response headers for every host. The Content-Security-Policy comes from the pages
 * themselves (their `<meta>`, written from src/lib/html/csp.ts and extended with inline hashes),
 * so the header and the meta can never disagree.
 */

/** Headers every response gets. */
const securityHeaders: readonly (readonly [name: string, value: string])[] = [
	['X-Content-Type-Options', 'nosniff'],
	['Referrer-Policy', 'strict-origin-when-cross-origin'],
	// Nothing on the site needs a sensor, camera, microphone, location or payment: deny them all.
	[
		'Permissions-Policy',
		'accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=()',
	],
];

/** Only a header can forbid framing: `<meta>` policies ignore frame-ancestors. */
const frameAncestors = "frame-ancestors 'none'";

/** Astro's hashed build output: a changed file gets a new name, so it may be cached for a year. */
const hashedAssets = { path: '_astro/*', cacheControl: 'public, max-age=31536000, immutable' } as const;

/**
 * Files that must be revalidated, or readers keep an old version of the site. Pages need no rule:
 * both hosts revalidate HTML by default, and a second Cache-Control on a path would be joined to
 * the first.
 */
const revalidated = ['sw.js', 'glossary.json', 'glossary-index.json'] as const;

const directivesOf = (policy: string) =>
	policy
		.split(';')
		.map((directive) => directive.trim().split(/\s+/))
		.filter((parts) => parts[0] !== '');

/**
 * One policy covering several pages: each directive lists every source any page allows. A page
 * still gets no more than its own `<meta>` allows, since a browser enforces both policies.
 */
export function unitePolicies(policies: readonly string[]): string {
	const united = new Map<string, Set<string>>();
	for (const policy of policies)
		for (const [name, ...sources] of directivesOf(policy)) {
			const set = united.get(name!) ?? new Set<string>();
			for (const source of sources) set.add(source);
			united.set(name!, set);
		}
	return [...united].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The full header policy: the pages' policy plus frame-ancestors. */
export const headerPolicy = (pagesPolicy: string) => unitePolicies([pagesPolicy, frameAncestors]);

/**
 * The `_headers` file. One site-wide CSP rule rather than one per page: Cloudflare Pages reads at
 * most 100 rules, and a site-wide rule must not be joined by a second CSP header for the same
 * path (two policies are both enforced).
 */
export function headersFile(options: { base: string; pagesPolicy: string }): string {
	const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
	const rule = (path: string, headers: readonly (readonly [string, string])[]) =>
		`${base}${path}\n${headers.map(([name, value]) => `  ${name}: ${value}`).join('\n')}\n`;
	return [
		'# Written by the build (src/lib/hosting/headers.ts). Netlify and Cloudflare Pages read this file.',
		rule('*', [...securityHeaders, ['Content-Security-Policy', headerPolicy(options.pagesPolicy)]]),
		rule(hashedAssets.path, [['Cache-Control', hashedAssets.cacheControl]]),
		...revalidated.map((path) => rule(path, [['Cache-Control', 'no-cache']])),
	].join('\n');
}

export interface HeaderRule {
	pattern: string;
	headers: [string, string][];
}

/** Reads a `_headers` file: a path pattern, then indented "Name: value" lines. */
export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const line of text.split('\n')) {
		if (line.trim() === '' || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			rules.push({ pattern: line.trim(), headers: [] });
			continue;
		}
		const rule = rules.at(-1);
		const colon = line.indexOf(':');
		if (!rule || colon === -1) throw new Error(`_headers: "${line.trim()}" is not a "Name: value" line under a path`);
		rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
	}
	return rules;
}

/** Whether a `_headers` pattern matches a path: "*" matches any run of characters, slashes included. */
export function patternMatches(pattern: string, pathname: string): boolean {
	const escaped = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
	return new RegExp(`^${escaped.join('.*')}$`).test(pathname);
}

/** The headers a host following `_headers` sends for one path, later rules adding to earlier ones. */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
	const headers: Record<string, string> = {};
	for (const rule of rules)
		if (patternMatches(rule.pattern, pathname))
			for (const [name, value] of rule.headers) headers[name] = headers[name] ? `${headers[name]}, ${value}` : value;
	return headers;
}

/** The same headers as nginx `add_header` lines, for the README (the pages' `<meta>` carries the rest of the CSP). */
export function nginxHeaderLines(): string[] {
	return [
		...securityHeaders.map(([name, value]) => `add_header ${name} "${value}" always;`),
		`add_header Content-Security-Policy "${frameAncestors}" always;`,
	];
}
