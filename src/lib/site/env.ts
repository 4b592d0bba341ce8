import path from 'node:path';
import { normalizeBase } from './urls.ts';

type Env = Record<string, string | undefined>;

/**
 * Every environment variable the project reads, its default and its effect. The README's table
 * lists the same (a unit test compares them), and everything reads them through this module.
 */
export const environmentVariables = {
	BASE_PATH: {
		default: '/',
		effect: 'Builds the site for a sub-path, e.g. `/explainer/`; `npm start` serves it there too.',
	},
	SITE_URL: {
		default: '(none)',
		effect:
			"The address the site is published at, scheme and host only (`https://example.org`): canonical and `og:url` links, `og:image`, the sitemap, and absolute URLs in every citation, `/cite/` file, `glossary.json` and the feed. Without it, the citations a reader sees and copies are completed with the page's own address when it loads.",
	},
	OUT_DIR: { default: '`dist`', effect: 'Where `astro build` writes the hosted site.' },
	CONTENT_DIR: {
		default: '`src/content`',
		effect:
			'Builds other content (test fixtures, the benchmark); the links validator is then off, with a warning saying so.',
	},
	OFFLINE_BUILD: {
		default: '(unset)',
		effect: '`1` builds the copy to open from disk (set by `npm run build:offline`; not needed by hand).',
	},
	ASTRO_CACHE_DIR: {
		default: '`node_modules/.astro`',
		effect: "Astro's cache, and the preview images drawn for link previews; builds of other content keep their own.",
	},
	PORT: { default: '`4321`', effect: 'The port `npm start` serves on.' },
	CHROME_PATH: {
		default: '`/usr/bin/chromium`',
		effect: 'The Chromium the browser tests and `npm run screenshots` drive.',
	},
} as const;

/** The build's settings, from the environment, checked. */
export interface BuildSettings {
	/** "/" or "/atacms/". */
	base: string;
	/** "https://example.org", or undefined. */
	site: string | undefined;
	/** Absolute. */
	outDir: string;
	/** Absolute. */
	contentDir: string;
	/** Whether this builds the copy to open from disk. */
	offline: boolean;
	/** Absolute. */
	cacheDir: string;
}

/**
 * Checks `SITE_URL`: scheme and host, nothing after. Returns it without a trailing slash, or
 * throws a one-line message saying what to write instead.
 */
export function siteUrl(raw: string | undefined): string | undefined {
	const value = raw?.trim();
	if (!value) return undefined;
	let url: URL | undefined;
	try {
		url = new URL(value);
	} catch {
		url = undefined;
	}
	if (!url || !/^https?:$/.test(url.protocol) || !url.hostname) {
		throw new Error(
			`SITE_URL "${value}" is not an address with a scheme; write it like SITE_URL=https://${value.replace(/^[a-z]+:\/*/i, '') || 'example.org'}`,
		);
	}
	if (url.pathname !== '/' || url.search || url.hash) {
		throw new Error(
			`SITE_URL "${value}" has a path; give the host only (SITE_URL=${url.origin}) and the path as BASE_PATH=${url.pathname.replace(/\/?$/, '/')}`,
		);
	}
	return url.origin;
}

/** The content folder (absolute), from `CONTENT_DIR` or the default `src/content`. */
export function contentDirFrom(env: Env, root: string): string {
	return path.resolve(root, env.CONTENT_DIR?.trim() || 'src/content');
}

/** Astro's cache folder (absolute), from `ASTRO_CACHE_DIR` or the default `node_modules/.astro`; drawn preview images are kept there too. */
export function cacheDirFrom(env: Env, root: string): string {
	return path.resolve(root, env.ASTRO_CACHE_DIR?.trim() || 'node_modules/.astro');
}

/** Reads and checks every build setting; throws a one-line message on the first bad value. */
export function buildSettings(env: Env, root: string): BuildSettings {
	return {
		base: normalizeBase(env.BASE_PATH),
		site: siteUrl(env.SITE_URL),
		outDir: path.resolve(root, env.OUT_DIR?.trim() || 'dist'),
		contentDir: contentDirFrom(env, root),
		offline: env.OFFLINE_BUILD === '1',
		cacheDir: cacheDirFrom(env, root),
	};
}

/** The port `npm start` serves on. */
export function servePort(env: Env): number {
	const port = Number(env.PORT ?? 4321);
	if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT "${env.PORT}" is not a port number`);
	return port;
}

/** The Chromium to drive, if set. */
export const chromePath = (env: Env): string | undefined => env.CHROME_PATH?.trim() || undefined;
