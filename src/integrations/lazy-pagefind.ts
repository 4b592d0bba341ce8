import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const standIn = fileURLToPath(new URL('../scripts/pagefind-on-open.ts', import.meta.url));
/** The module whose import is redirected: Starlight's own search component (its client script). */
const starlightSearch = /[\\/]@astrojs[\\/]starlight[\\/].*[\\/]Search\.astro\?/;

/**
 * Makes Starlight's own search fetch Pagefind's UI only when the reader opens it. Starlight's
 * `Search.astro` imports `@pagefind/default-ui` when the page is idle; for that one importer,
 * the import resolves to a stand-in with the same constructor that defers the real import
 * until the dialog opens. Everything else (markup, shortcut, styles) stays Starlight's. If
 * Starlight stops importing the package this way, the build fails rather than silently
 * loading Pagefind on every page again.
 */
export function lazyPagefind(): AstroIntegration {
	return {
		name: 'lazy-pagefind',
		hooks: {
			'astro:config:setup': ({ command, updateConfig }) => {
				if (command !== 'build') return;
				let redirected = false;
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'lazy-pagefind',
								enforce: 'pre',
								resolveId(id, importer) {
									if (id !== '@pagefind/default-ui' || !importer || !starlightSearch.test(importer)) return null;
									redirected = true;
									return standIn;
								},
								buildEnd(error) {
									if (error || this.environment?.name !== 'client' || redirected) return;
									this.error(
										"lazy-pagefind: Starlight's Search.astro no longer imports @pagefind/default-ui from its client script, so Pagefind cannot be deferred until search opens. Read the new Search.astro and update src/integrations/lazy-pagefind.ts.",
									);
								},
							},
						],
					},
				});
			},
		},
	};
}
