declare module '@pagefind/default-ui' {
	/** Pagefind's ready-made search UI; it ships no types. */
	export class PagefindUI {
		constructor(options: Record<string, unknown>);
	}
}
