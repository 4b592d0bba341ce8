import type { Loader } from 'astro/loaders';
import { liveTerms } from '../lib/glossary/live-terms.ts';

/** The name the dev server asks Astro to reload when the glossary changes. */
export const RELINK_LOADER = 'glossary-relink';

/**
 * Wraps a Markdown loader (Astro's glob) so an entry counts as changed when the glossary names
 * change, not only when its own file does: Astro then renders it again with the auto-linker's
 * new terms instead of serving the copy it rendered before.
 */
export function relinkOnGlossaryChange(loader: Loader): Loader {
	return {
		...loader,
		name: RELINK_LOADER,
		load: (context) =>
			loader.load({
				...context,
				generateDigest: (data) =>
					context.generateDigest(typeof data === 'string' ? `${data}\n${liveTerms.version}` : data),
			}),
	};
}
