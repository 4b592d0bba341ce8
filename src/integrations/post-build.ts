import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';

/** What a step gets once Astro has written the site: its folder, base path and address, and a logger of its own. */
interface BuiltSite {
	/** The built site's folder on disk. */
	dir: string;
	/** The base path it is served under, ending in "/", e.g. "/atacms/". */
	base: string;
	/** The address it is published at (`SITE_URL`), when known. */
	site: string | undefined;
	logger: Pick<AstroIntegrationLogger, 'info' | 'warn'>;
}

/** One step run on the built site. Each step that expects to change something and finds nothing throws, naming the page. */
export interface BuildStep {
	name: string;
	/** Steps that, when the list has them, must run before this one, e.g. the CSP hashes after critical CSS. */
	after?: readonly string[];
	/** Runs when a build starts, before any page is rendered. */
	start?(): void;
	run(site: BuiltSite): void | Promise<void>;
}

/**
 * Runs steps on the built site one after another, in the order of the list, once Astro has
 * written every page: the order is the list's, not that of separate integrations.
 */
export function postBuild(steps: readonly BuildStep[]): AstroIntegration {
	steps.forEach((step, index) => {
		const late = steps.slice(index + 1).filter((later) => step.after?.includes(later.name));
		if (late.length > 0)
			throw new Error(
				`post-build: ${step.name} must run after ${late.map((later) => later.name).join(', ')}; put it later in the list`,
			);
	});
	let base = '/';
	let site: string | undefined;
	return {
		name: 'post-build',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
				site = config.site;
			},
			'astro:build:start': () => {
				for (const step of steps) step.start?.();
			},
			'astro:build:done': async ({ dir, logger }) => {
				for (const step of steps)
					await step.run({ dir: fileURLToPath(dir), base, site, logger: logger.fork(step.name) });
			},
		},
	};
}
