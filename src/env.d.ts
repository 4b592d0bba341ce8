declare module '@pagefind/default-ui' {
	/** Pagefind's ready-made search UI; it ships no types. */
	export class PagefindUI {
		constructor(options: Record<string, unknown>);
	}
}

// Starlight's own virtual modules, used by the Search override; Starlight does not export their types.
declare module 'virtual:starlight/project-context' {
	const project: { trailingSlash: 'always' | 'never' | 'ignore' };
	export default project;
}
declare module 'virtual:starlight/pagefind-config' {
	export const pagefindUserConfig: Record<string, unknown>;
}
